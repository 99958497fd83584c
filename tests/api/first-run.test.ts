import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The first page's checklist for a new organisation (issue 18): admins only, every item read from
 * what the organisation holds, ticking as the admin does the work, and put away for good when asked.
 */

let t: TestApp;
let org: TestOrganisation;
let serial = 0;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Rollen');
});
afterAll(() => t?.close());

/** A new organisation as set-up leaves it: one admin, nothing else. */
async function newOrganisation(): Promise<Client> {
  const organisation = await t.database.db.transaction((tx) => t.services.organisations.create(tx, { name: `Nieuwe Zorg ${++serial}` }));
  const email = `beheerder-${serial}@test.wegwijs.invalid`;
  await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, { organisationId: organisation.id, email, name: 'Eerste Beheerder', roles: ['admin'], password: TEST_PASSWORD }),
  );
  return t.client().login(email, TEST_PASSWORD);
}

const checklistOf = async (admin: Client) => {
  const reply = await admin.get('/api/organisation/first-run');
  expect(reply.status).toBe(200);
  return reply.body.checklist as { items: { item: string; done: boolean }[]; show: boolean };
};
const doneItems = async (admin: Client) => (await checklistOf(admin)).items.filter((i) => i.done).map((i) => i.item);
const auditActions = async (admin: Client) => (await admin.get('/api/audit?entity=organisation')).body.entries as { action: string; after: unknown }[];
/** The invitee sets a password through the link, which makes the account active. */
const acceptInvitation = (inviteUrl: string) =>
  t.client().post('/api/invitations/accept', { token: new URL(inviteUrl).hash.replace(/^#token=/, ''), name: 'Collega Privacy', password: TEST_PASSWORD });

describe('the first-run checklist', () => {
  it('is for admins: every other role gets 403 on reading it, putting it away and recording the report link', async () => {
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      expect((await org.as[role].get('/api/organisation/first-run')).status, role).toBe(403);
      expect((await org.as[role].post('/api/organisation/first-run/dismiss')).status, role).toBe(403);
      expect((await org.as[role].post('/api/organisation/breach-report/shared', { how: 'png' })).status, role).toBe(403);
    }
    expect((await org.as.admin.get('/api/organisation/first-run')).status).toBe(200);
  });

  it('a new organisation with only its admin has every item still to do', async () => {
    const admin = await newOrganisation();
    expect(await checklistOf(admin)).toEqual({
      items: ['colleagues', 'privacyOfficer', 'breachLink', 'apDetails', 'programme'].map((item) => ({ item, done: false })),
      show: true,
    });
  });

  it('ticks each item as the organisation does it, and is no longer shown when all are done', async () => {
    const admin = await newOrganisation();
    const invited = await admin.post('/api/users', { email: `collega-${serial}@test.wegwijs.invalid`, name: 'Collega', roles: ['member'] });
    expect(invited.status).toBe(201);
    expect(await doneItems(admin)).toEqual(['colleagues']);

    // An invited privacy officer cannot log in to read the breach reports yet: only an accepted invitation counts.
    await admin.patch(`/api/users/${invited.body.user.id}`, { roles: ['member', 'privacy'] });
    expect(await doneItems(admin)).toEqual(['colleagues']);
    expect((await acceptInvitation(invited.body.inviteUrl)).status).toBe(200);
    expect(await doneItems(admin)).toEqual(['colleagues', 'privacyOfficer']);

    expect((await admin.post('/api/organisation/breach-report/shared', { how: 'svg' })).status).toBe(204);
    expect(await doneItems(admin)).toEqual(['colleagues', 'privacyOfficer', 'breachLink']);

    // The address alone is not enough: the AP also needs the KvK number and a contact person who can be reached.
    await admin.patch('/api/organisation', { apDetails: { address: 'Dorpsstraat 1, Tiel' } });
    expect(await doneItems(admin)).not.toContain('apDetails');
    await admin.patch('/api/organisation', {
      apDetails: { address: 'Dorpsstraat 1, Tiel', kvkNumber: '12345678', contactName: 'Privacyloket', contactPhone: '0344 123456' },
    });
    expect(await doneItems(admin)).toContain('apDetails');
    expect((await checklistOf(admin)).show).toBe(true);

    await admin.post('/api/programmes', { title: 'Datalekken melden' });
    expect(await checklistOf(admin)).toMatchObject({ show: false, items: expect.arrayContaining([{ item: 'programme', done: true }]) });
  });

  it('a colleague who left no longer counts', async () => {
    const admin = await newOrganisation();
    const invited = await admin.post('/api/users', { email: `vertrekt-${serial}@test.wegwijs.invalid`, name: 'Vertrekt', roles: ['privacy'] });
    await acceptInvitation(invited.body.inviteUrl);
    expect(await doneItems(admin)).toEqual(['colleagues', 'privacyOfficer']);
    await admin.post(`/api/users/${invited.body.user.id}/deactivate`);
    expect(await doneItems(admin)).toEqual([]);
  });

  it('recording the report link logs the first time, with how it was handed out, and later times change nothing', async () => {
    const admin = await newOrganisation();
    expect((await admin.post('/api/organisation/breach-report/shared', { how: 'copy' })).status).toBe(204);
    const before = await t.snapshot();
    expect((await admin.post('/api/organisation/breach-report/shared', { how: 'png' })).status).toBe(204);
    expect(await t.snapshot()).toEqual(before);
    expect((await auditActions(admin)).filter((e) => e.action === 'organisation.breach_link_share').map((e) => e.after)).toEqual([{ how: 'copy' }]);
    expect((await admin.post('/api/organisation/breach-report/shared', { how: 'pdf' })).status).toBe(400);
  });

  it('put away by an admin, it stays away for the organisation, and putting it away is logged once', async () => {
    const admin = await newOrganisation();
    const dismissed = await admin.post('/api/organisation/first-run/dismiss');
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.checklist.show).toBe(false);
    expect(dismissed.body.checklist.items.every((i: { done: boolean }) => !i.done)).toBe(true);
    expect((await checklistOf(admin)).show).toBe(false);
    // Putting it away again changes nothing and logs nothing.
    const before = await t.snapshot();
    expect((await admin.post('/api/organisation/first-run/dismiss')).body.checklist.show).toBe(false);
    expect(await t.snapshot()).toEqual(before);
    expect((await auditActions(admin)).filter((e) => e.action === 'organisation.first_run_dismiss')).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The who-does-what table per step over HTTP: the content's default until the team writes its own,
 * one accountable party, the team's own words next to the known roles, back to the default, logged,
 * and out of reach of other organisations.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
const P = () => `/api/programmes/${id}/role-tables`;

const ours = {
  responsible: [{ role: 'projectLead' }, { role: 'teamManager' }],
  accountable: [{ role: 'board' }],
  consulted: [{ role: 'careStaff' }, { role: 'externalAdviser' }, { text: 'Cliëntenraad' }],
  informed: [{ role: 'communication' }],
};

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Rollen');
  other = await t.organisation('Zorggroep Elders');
  id = await startProgramme(org.as.coordinator, 'Noodknop');
  await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: 'privacy officer' });
});
afterAll(() => t?.close());

describe('the role table per step', () => {
  it('shows the Wegwijzer default for every step, with the team manager consulted in step 4', async () => {
    const reply = await org.as.viewer.get(P());
    expect(reply.status).toBe(200);
    expect(reply.body.steps.map((s: { step: number }) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const step4 = reply.body.steps[3];
    expect(step4.custom).toBe(false);
    expect(step4.table.accountable).toEqual([{ role: 'board' }]);
    expect(step4.table.consulted).toContainEqual({ role: 'teamManager' });
  });

  it("stores the team's own table for one step and leaves the others at the default", async () => {
    const saved = await org.as.member.put(`${P()}/4`, ours);
    expect(saved.status).toBe(200);
    const steps = (await org.as.viewer.get(P())).body.steps;
    expect(steps[3]).toEqual({ step: 4, table: ours, custom: true });
    expect(steps.filter((s: { custom: boolean }) => s.custom).map((s: { step: number }) => s.step)).toEqual([4]);
  });

  it('refuses two accountable parties, naming the field in the language of the request', async () => {
    const twice = { ...ours, accountable: [{ role: 'board' }, { text: 'Raad van toezicht' }] };
    const nl = await org.as.member.put(`${P()}/4`, twice);
    expect(nl.status).toBe(400);
    expect(nl.body.fields).toEqual([
      { field: 'accountable', message: 'Kies precies één eindverantwoordelijke. Met twee is niemand echt eindverantwoordelijk.' },
    ]);
    const en = await org.as.member.clone({ locale: 'en' }).put(`${P()}/4`, twice);
    expect(en.body.fields[0].message).toBe('Choose exactly one accountable party. With two, nobody really is.');
    // Nothing changed.
    expect((await org.as.viewer.get(P())).body.steps[3].table).toEqual(ours);
  });

  it('refuses the same role twice in a column, whatever its case', async () => {
    const reply = await org.as.member.put(`${P()}/2`, { ...ours, consulted: [{ text: 'Cliëntenraad' }, { text: 'cliëntenraad' }] });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([{ field: 'consulted.1', message: 'Deze rol staat er twee keer in.' }]);
  });

  it('goes back to the default, logged with the table it replaced', async () => {
    const reset = await org.as.member.delete(`${P()}/4`);
    expect(reset.status).toBe(200);
    expect(reset.body.steps[3].custom).toBe(false);
    expect(reset.body.steps[3].table.consulted).toContainEqual({ role: 'teamManager' });
    const log = (await org.as.admin.get('/api/audit?entity=programme&limit=50')).body.entries as { action: string; before: unknown; after: unknown }[];
    expect(log.find((e) => e.action === 'role_table.reset')).toMatchObject({ before: { step: 4, ...ours }, after: null });
    expect(log.find((e) => e.action === 'role_table.update')).toMatchObject({ before: null, after: { step: 4, ...ours } });
  });

  it('is not for viewers to change, and does not exist for another organisation', async () => {
    expect((await org.as.viewer.put(`${P()}/1`, ours)).status).toBe(403);
    expect((await other.as.admin.get(P())).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/1`, ours)).status).toBe(404);
    expect((await org.as.viewer.get(P())).body.steps[0].custom).toBe(false);
  });
});

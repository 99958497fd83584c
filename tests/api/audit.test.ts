import { ROLES } from '#core/roles.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeWithTeam } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

interface Entry {
  id: number;
  organisationId: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: string;
}

let t: TestApp;
let ours: TestOrganisation;
let theirs: TestOrganisation;
let ourProgramme: string;
let theirProgramme: string;

/** Some history in both organisations: programmes, team changes, statuses, notes, an invitation. */
async function makeHistory(org: TestOrganisation, title: string) {
  const id = await programmeWithTeam(org, title);
  await org.as.member.put(`/api/programmes/${id}/substeps/3.1/status`, { status: 'done' });
  await org.as.member.put(`/api/programmes/${id}/substeps/3.1/worksheet`, { notes: 'Eerste aantekening', baseVersion: 0 });
  await org.as.coordinator.delete(`/api/programmes/${id}/members/${org.userIds.member}`);
  await org.as.admin.post('/api/users', { email: `nieuw-${id}@test.wegwijs.invalid`, name: 'Nieuwe Collega', roles: ['viewer'] });
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  ours = await t.organisation('Zorggroep Controle');
  theirs = await t.organisation('Andere Zorg');
  ourProgramme = await makeHistory(ours, 'Ons traject');
  theirProgramme = await makeHistory(theirs, 'Hun traject');
  await ours.as.coordinator.patch(`/api/programmes/${ourProgramme}`, { title: 'Ons traject, hernoemd' });
});
afterAll(() => t.close());

async function audit(client: Client, query = ''): Promise<{ entries: Entry[]; total: number }> {
  const reply = await client.get(`/api/audit${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

/** Every entry the admin can see, page by page. */
async function everything(client: Client): Promise<Entry[]> {
  const all: Entry[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await audit(client, `?limit=200&offset=${offset}`);
    all.push(...page.entries);
    if (all.length >= page.total || page.entries.length === 0) return all;
  }
}

describe('reading the audit log', () => {
  it('an admin lists the entries newest first, with who did what to which thing and when', async () => {
    const { entries, total } = await audit(ours.as.admin);
    expect(entries.length).toBeGreaterThan(10);
    expect(total).toBe(entries.length);
    for (let i = 1; i < entries.length; i++) {
      const [newer, older] = [entries[i - 1]!, entries[i]!];
      expect(Date.parse(newer.at)).toBeGreaterThanOrEqual(Date.parse(older.at));
      if (newer.at === older.at) expect(newer.id).toBeGreaterThan(older.id);
    }
    expect(entries[0]).toMatchObject({
      action: 'programme.update',
      entity: 'programme',
      entityId: ourProgramme,
      actorId: ours.userIds.coordinator,
      actorName: 'coordinator Zorggroep Controle',
      before: { title: 'Ons traject' },
      after: { title: 'Ons traject, hernoemd' },
    });
    expect(Number.isNaN(Date.parse(entries[0]!.at))).toBe(false);
  });

  it('only admins may read it; everyone else gets 403, and without a session 401', async () => {
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      const reply = await ours.as[role].get('/api/audit');
      expect(reply.status, role).toBe(403);
      expect(reply.body.error).toBe('forbidden');
    }
    expect((await t.client().get('/api/audit')).status).toBe(401);
  });

  it("never includes another organisation's entries", async () => {
    const all = await everything(ours.as.admin);
    expect(all.every((e) => e.organisationId === ours.id)).toBe(true);
    const text = JSON.stringify(all);
    expect(text).not.toContain(theirProgramme);
    expect(text).not.toContain('Andere Zorg');
    for (const id of Object.values(theirs.userIds)) expect(text).not.toContain(id);

    const theirView = await everything(theirs.as.admin);
    expect(theirView.every((e) => e.organisationId === theirs.id)).toBe(true);
    expect(JSON.stringify(theirView)).not.toContain(ourProgramme);
  });

  it("filtering on another organisation's user or programme finds nothing", async () => {
    expect((await audit(ours.as.admin, `?actorId=${theirs.userIds.coordinator}`)).total).toBe(0);
    expect((await audit(ours.as.admin, `?action=programme&entity=programme`)).entries.map((e) => e.entityId)).not.toContain(theirProgramme);
  });
});

describe('filtering the audit log', () => {
  it('by action, as a case-insensitive part of the action name', async () => {
    const { entries, total } = await audit(ours.as.admin, '?action=MEMBER_');
    expect(entries.map((e) => e.action).sort()).toEqual(['programme.member_add', 'programme.member_remove']);
    expect(total).toBe(2);

    const logins = await audit(ours.as.admin, '?action=auth.login');
    expect(logins.total).toBe(ROLES.length); // one per role of the test organisation
    expect(logins.entries.every((e) => e.action === 'auth.login')).toBe(true);
  });

  it('takes % and _ in the action filter literally, not as wildcards', async () => {
    expect((await audit(ours.as.admin, '?action=%25')).total).toBe(0);
    expect((await audit(ours.as.admin, '?action=auth_login')).total).toBe(0);
    expect((await audit(ours.as.admin, '?action=member_add')).total).toBe(1);
  });

  it('by entity', async () => {
    const { entries } = await audit(ours.as.admin, '?entity=substep');
    // The team changes are versions of 1.2, the core-team list (added: started; removed: a second version).
    expect(entries.map((e) => `${e.entityId?.split('/')[1]} ${e.action}`).sort()).toEqual([
      '1.2 substep.status',
      '1.2 worksheet.save',
      '1.2 worksheet.save',
      '3.1 substep.status',
      '3.1 worksheet.save',
    ]);
    expect(entries.every((e) => e.entityId?.startsWith(`${ourProgramme}/`))).toBe(true);
    expect((await audit(ours.as.admin, '?entity=bestaat-niet')).total).toBe(0);
  });

  it('by actor', async () => {
    const { entries } = await audit(ours.as.admin, `?actorId=${ours.userIds.member}`);
    expect(entries.map((e) => e.action).sort()).toEqual(['auth.login', 'substep.status', 'worksheet.save']);
    expect(entries.every((e) => e.actorId === ours.userIds.member && e.actorName === 'member Zorggroep Controle')).toBe(true);
  });

  it('by filters combined', async () => {
    const { entries } = await audit(ours.as.admin, `?actorId=${ours.userIds.coordinator}&entity=programme&action=member`);
    expect(entries.map((e) => e.action).sort()).toEqual(['programme.member_add', 'programme.member_remove']);
  });

  it('by time: "from" includes the moment itself, "to" excludes it', async () => {
    const { entries, total } = await audit(ours.as.admin);
    const newest = entries[0]!;
    const since = await audit(ours.as.admin, `?from=${encodeURIComponent(newest.at)}`);
    expect(since.entries.map((e) => e.id)).toContain(newest.id);
    const until = await audit(ours.as.admin, `?to=${encodeURIComponent(newest.at)}`);
    expect(until.entries.map((e) => e.id)).not.toContain(newest.id);
    expect(until.total).toBeLessThan(total);

    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect((await audit(ours.as.admin, `?from=${hourAgo}&to=${inAnHour}`)).total).toBe(total);
    expect((await audit(ours.as.admin, `?from=${inAnHour}`)).total).toBe(0);
    expect((await audit(ours.as.admin, `?to=${hourAgo}`)).total).toBe(0);
    expect((await audit(ours.as.admin, `?from=2020-01-01&to=2020-12-31`)).total).toBe(0);
  });

  it('refuses filters that make no sense with 400', async () => {
    for (const query of ['?actorId=iemand', '?from=gisteren', '?limit=0', '?limit=201', '?offset=-1', '?onbekend=1']) {
      expect((await ours.as.admin.get(`/api/audit${query}`)).status, query).toBe(400);
    }
  });
});

describe('paging through the audit log', () => {
  it('pages are consecutive slices of the same list, each with the full total', async () => {
    const whole = await audit(ours.as.admin, '?limit=6');
    const first = await audit(ours.as.admin, '?limit=3&offset=0');
    const second = await audit(ours.as.admin, '?limit=3&offset=3');
    expect(first.entries).toHaveLength(3);
    expect(second.entries).toHaveLength(3);
    expect([...first.entries, ...second.entries]).toEqual(whole.entries);
    expect(first.total).toBe(whole.total);
    expect(second.total).toBe(whole.total);
    expect(whole.total).toBeGreaterThan(6);
  });

  it('a page past the end is empty but still tells the total', async () => {
    const { total } = await audit(ours.as.admin);
    const past = await audit(ours.as.admin, `?offset=${total + 10}`);
    expect(past.entries).toEqual([]);
    expect(past.total).toBe(total);
  });

  it('the total follows the filter, not the whole log', async () => {
    const page = await audit(ours.as.admin, '?action=auth.login&limit=2');
    expect(page.entries).toHaveLength(2);
    expect(page.total).toBe(ROLES.length);
  });

  it('at most 50 entries come back when no limit is given', async () => {
    for (let i = 0; i < 50; i++) await ours.as.admin.patch('/api/auth/me', { name: `admin Zorggroep Controle` });
    const page = await audit(ours.as.admin);
    expect(page.entries).toHaveLength(50);
    expect(page.total).toBeGreaterThan(50);
  });
});

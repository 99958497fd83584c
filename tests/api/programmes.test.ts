import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeMembers, worksheetVersions } from '#server/db/schema.js';
import { startTestApp, TEST_PASSWORD, type Client, type TestApp, type TestOrganisation } from './harness.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Trajecten');
  other = await t.organisation('Andere Zorg');
});
afterAll(() => t.close());

interface AuditEntry {
  action: string;
  entityId: string;
  actorId: string;
  actorName: string;
  before: any;
  after: any;
}

let programmes = 0;
/** A new programme started by the coordinator of `org`. */
async function startProgramme(title = `Traject ${++programmes}`): Promise<string> {
  const reply = await org.as.coordinator.post('/api/programmes', { title, problem: 'Wachtwoorden worden gedeeld.' });
  expect(reply.status).toBe(201);
  return reply.body.programme.id;
}

const ids = (reply: { body: { programmes: { id: string }[] } }) => reply.body.programmes.map((p) => p.id);

/** Audit entries about one entity, oldest first, as the admin sees them. */
async function auditOf(client: Client, entityId: string): Promise<AuditEntry[]> {
  const reply = await client.get('/api/audit?limit=200');
  expect(reply.status).toBe(200);
  return (reply.body.entries as AuditEntry[]).filter((e) => e.entityId === entityId).reverse();
}

/** An active account in `org` that is not otherwise used, so tests can deactivate it. */
async function spareUser(name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@test.wegwijs.invalid`;
  const user = await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, { organisationId: org.id, email, name, roles: ['member'], password: TEST_PASSWORD }),
  );
  return user.id;
}

describe('starting a programme', () => {
  it('a coordinator starts a programme and is on its core team from the start', async () => {
    const created = await org.as.coordinator.post('/api/programmes', { title: '  Datalekken melden ', problem: ' Te weinig meldingen. ' });
    expect(created.status).toBe(201);
    expect(created.body.programme).toMatchObject({ title: 'Datalekken melden', problem: 'Te weinig meldingen.', status: 'active' });

    const detail = await org.as.coordinator.get(`/api/programmes/${created.body.programme.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.programme.team).toEqual([
      {
        id: `a-${org.userIds.coordinator}`,
        userId: org.userIds.coordinator,
        name: 'coordinator Zorggroep Trajecten',
        email: org.emails.coordinator,
        position: 'coordinator',
        discipline: 'other',
        role: '',
        department: '',
        tasks: '',
        hoursPerWeek: null,
      },
    ]);
    expect(detail.body.programme.permissions).toEqual({ work: true, manage: true });
    expect(detail.body.programme.statuses).toEqual({});
    expect(detail.body.programme.progress.overall).toEqual({ done: 0, inProgress: 0, total: 21, percent: 0 });
  });

  it('an admin may start one too; members, viewers and privacy officers may not', async () => {
    expect((await org.as.admin.post('/api/programmes', { title: 'Door de beheerder' })).status).toBe(201);
    for (const role of ['member', 'viewer', 'privacy'] as const) {
      const reply = await org.as[role].post('/api/programmes', { title: 'Niet toegestaan' });
      expect(reply.status, role).toBe(403);
      expect(reply.body.error).toBe('forbidden');
    }
  });
});

describe('the list of programmes', () => {
  it('shows each programme with its progress and team size', async () => {
    const id = await startProgramme('Schermen vergrendelen');
    await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.1/status`, { status: 'done' });
    const list = await org.as.coordinator.get('/api/programmes');
    expect(list.status).toBe(200);
    const entry = list.body.programmes.find((p: { id: string }) => p.id === id);
    expect(entry).toMatchObject({ title: 'Schermen vergrendelen', status: 'active', teamSize: 1 });
    expect(entry.progress.overall).toEqual({ done: 1, inProgress: 0, total: 21, percent: 5 });
    // Work in 3.1 puts it in step 3, with what came before it not started yet.
    expect(entry.progress).toMatchObject({ currentStep: 3, openBehind: ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3'] });
    expect(entry.attention).toEqual({ overdueActions: 0, nextCheckin: null, openDecisions: 0, openBehind: entry.progress.openBehind, next: '3.2' });
    expect((await org.as.coordinator.get(`/api/programmes/${id}`)).body.programme.attention).toEqual(entry.attention);
  });

  it('a member sees only the programmes whose core team they are on', async () => {
    const id = await startProgramme();
    expect(ids(await org.as.member.get('/api/programmes'))).not.toContain(id);
    expect((await org.as.member.get(`/api/programmes/${id}`)).status).toBe(403);

    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    expect(ids(await org.as.member.get('/api/programmes'))).toContain(id);
    const detail = await org.as.member.get(`/api/programmes/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.programme.permissions).toEqual({ work: true, manage: false });
  });

  it('a privacy officer, like a member, sees only their own programmes; viewers and admins see them all', async () => {
    const id = await startProgramme();
    expect(ids(await org.as.privacy.get('/api/programmes'))).not.toContain(id);
    expect(ids(await org.as.viewer.get('/api/programmes'))).toContain(id);
    expect(ids(await org.as.admin.get('/api/programmes'))).toContain(id);
    const asViewer = await org.as.viewer.get(`/api/programmes/${id}`);
    expect(asViewer.body.programme.permissions).toEqual({ work: false, manage: false });
  });

  it("another organisation's programmes are never listed and cannot be opened (404)", async () => {
    const id = await startProgramme();
    for (const role of ['admin', 'coordinator', 'viewer'] as const) {
      expect(ids(await other.as[role].get('/api/programmes'))).not.toContain(id);
      expect((await other.as[role].get(`/api/programmes/${id}`)).status, role).toBe(404);
      expect((await other.as[role].get(`/api/programmes/${id}/substeps/1.1`)).status, role).toBe(404);
    }
  });
});

describe('the core team', () => {
  it('a coordinator adds a colleague with a team role; the change is audited', async () => {
    const id = await startProgramme();
    const reply = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: ' Verpleegkundige ' });
    expect(reply.status).toBe(201);
    expect(reply.body.team.map((m: { userId: string }) => m.userId)).toEqual([org.userIds.coordinator, org.userIds.member]);
    expect(reply.body.team[1]).toMatchObject({ name: 'member Zorggroep Trajecten', position: 'member', role: 'Verpleegkundige' });

    const [, added] = await auditOf(org.as.admin, id);
    expect(added).toMatchObject({
      action: 'programme.member_add',
      actorId: org.userIds.coordinator,
      actorName: 'coordinator Zorggroep Trajecten',
      after: { userId: org.userIds.member, name: 'member Zorggroep Trajecten', teamRole: 'Verpleegkundige' },
    });
  });

  it('adding someone who is already on the team is refused (409 alreadyOnTeam)', async () => {
    const id = await startProgramme();
    const reply = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.coordinator });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('alreadyOnTeam');
    expect(reply.body.fields[0].field).toBe('userId');
  });

  it('adding the same person twice at the same moment gives one 201 and one 409, never a server error', async () => {
    const id = await startProgramme();
    const replies = await Promise.all([1, 2].map(() => org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.viewer })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    const detail = await org.as.coordinator.get(`/api/programmes/${id}`);
    expect(detail.body.programme.team).toHaveLength(2);
  });

  it('a deactivated or not yet active colleague cannot be added (400 on userId)', async () => {
    const id = await startProgramme();
    const gone = await spareUser('Vertrokken Collega');
    await org.as.admin.post(`/api/users/${gone}/deactivate`);
    const invited = await org.as.admin.post('/api/users', { email: 'nog-niet-actief@test.wegwijs.invalid', name: 'Nog Niet', roles: ['member'] });

    for (const userId of [gone, invited.body.user.id]) {
      const reply = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId });
      expect(reply.status).toBe(400);
      expect(reply.body.error).toBe('userInactive');
      expect(reply.body.fields[0].field).toBe('userId');
    }
  });

  it('someone of another organisation, or no one at all, cannot be added, and the answer does not reveal which', async () => {
    const id = await startProgramme();
    const foreign = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: other.userIds.member });
    const nobody = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toEqual(nobody.body);
    expect(ids(await other.as.member.get('/api/programmes'))).not.toContain(id);
  });

  it('removing a member takes away their access at once; the change is audited', async () => {
    const id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    const reply = await org.as.coordinator.delete(`/api/programmes/${id}/members/${org.userIds.member}`);
    expect(reply.status).toBe(200);
    expect(reply.body.team.map((m: { userId: string }) => m.userId)).toEqual([org.userIds.coordinator]);
    expect((await org.as.member.get(`/api/programmes/${id}`)).status).toBe(403);
    expect(ids(await org.as.member.get('/api/programmes'))).not.toContain(id);
    expect((await auditOf(org.as.admin, id)).at(-1)).toMatchObject({ action: 'programme.member_remove', before: { userId: org.userIds.member } });
  });

  it('removing someone who is not on the team is 404', async () => {
    const id = await startProgramme();
    expect((await org.as.coordinator.delete(`/api/programmes/${id}/members/${org.userIds.viewer}`)).status).toBe(404);
  });

  it('a member on the team cannot change the team (403)', async () => {
    const id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    expect((await org.as.member.post(`/api/programmes/${id}/members`, { userId: org.userIds.viewer })).status).toBe(403);
    expect((await org.as.member.delete(`/api/programmes/${id}/members/${org.userIds.coordinator}`)).status).toBe(403);
  });
});

describe('one core-team list: the team panel and worksheet 1.2 show the same people', () => {
  const row = (id: string, userId: string | null, patch: Record<string, unknown> = {}) => ({
    id,
    userId,
    name: `Naam ${id}`,
    position: 'member',
    discipline: 'it',
    role: 'ICT',
    department: '',
    tasks: '',
    hoursPerWeek: null,
    ...patch,
  });
  const saveTeam = (as: Client, id: string, baseVersion: number, members: unknown[], leadTasks: unknown[] = []) =>
    as.put(`/api/programmes/${id}/substeps/1.2/worksheet`, { baseVersion, notes: '', fields: { members, leadTasks } });
  const teamOf = async (id: string) =>
    (await org.as.coordinator.get(`/api/programmes/${id}`)).body.programme.team as { id: string; userId: string | null; email: string | null }[];
  const sheetOf = async (id: string) => (await org.as.coordinator.get(`/api/programmes/${id}/substeps/1.2`)).body.worksheet;
  const listed = async (id: string) => (await org.as.coordinator.get('/api/programmes')).body.programmes.find((p: { id: string }) => p.id === id);

  it("a new programme's list is whoever started it, leading it, with 1.2 not stored yet; the first change in the team panel stores the list as 1.2", async () => {
    const id = await startProgramme();
    expect(await teamOf(id)).toMatchObject([{ userId: org.userIds.coordinator, position: 'coordinator', role: '' }]);
    expect(await sheetOf(id)).toBeNull();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: 'Verpleegkundige' });
    const both = [
      { userId: org.userIds.coordinator, position: 'coordinator', role: '' },
      { userId: org.userIds.member, position: 'member', role: 'Verpleegkundige' },
    ];
    expect(await teamOf(id)).toMatchObject(both);
    expect(await sheetOf(id)).toMatchObject({ version: 1, fields: { members: both } });
    expect((await listed(id)).teamSize).toBe(2);
  });

  it('a team role typed as "coordinator" in the team panel is a role: the newcomer does not lead', async () => {
    const id = await startProgramme();
    const added = await org.as.admin.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: 'coordinator' });
    expect(added.body.team.map((m: { position: string; role: string }) => [m.position, m.role])).toEqual([
      ['coordinator', ''],
      ['member', 'coordinator'],
    ]);
  });

  it('saving 1.2 gives access to the colleagues linked on it and takes it from those left off; both show the saved list', async () => {
    const id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    const colleague = await spareUser('Nieuwe Collega');
    const members = [row('lead', org.userIds.coordinator, { position: 'coordinator' }), row('new', colleague), row('extern', null)];
    expect((await saveTeam(org.as.coordinator, id, 1, members)).status).toBe(200);

    expect((await teamOf(id)).map((m) => [m.id, m.userId])).toEqual([
      ['lead', org.userIds.coordinator],
      ['new', colleague],
      ['extern', null],
    ]);
    expect((await sheetOf(id)).fields.members.map((m: { id: string }) => m.id)).toEqual(['lead', 'new', 'extern']);
    expect((await listed(id)).teamSize).toBe(3);
    const newcomer = await t.client().login('nieuwe-collega@test.wegwijs.invalid', TEST_PASSWORD);
    expect((await newcomer.get(`/api/programmes/${id}`)).status).toBe(200);
    expect((await org.as.member.get(`/api/programmes/${id}`)).status).toBe(403);
    const trail = (await auditOf(org.as.admin, id)).map((e) => [e.action, e.after?.userId ?? e.before?.userId]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['programme.member_add', colleague],
        ['programme.member_remove', org.userIds.member],
      ]),
    );
  });

  it('once 1.2 is saved, adding and removing in the team panel are new versions of 1.2', async () => {
    const id = await startProgramme();
    await saveTeam(
      org.as.coordinator,
      id,
      0,
      [row('lead', org.userIds.coordinator, { position: 'coordinator' }), row('duo', null, { position: 'coordinator' })],
      [{ id: 't1', task: 'Voorzitten', ownerId: 'lead' }],
    );
    const added = await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: 'Verpleegkundige' });
    expect(added.status).toBe(201);
    expect(added.body.team.map((m: { id: string }) => m.id)).toEqual(['lead', 'duo', `a-${org.userIds.member}`]);
    expect(await sheetOf(id)).toMatchObject({
      version: 2,
      fields: { members: [{ id: 'lead' }, { id: 'duo' }, { userId: org.userIds.member, role: 'Verpleegkundige' }] },
    });
    expect((await org.as.member.get(`/api/programmes/${id}`)).status).toBe(200);

    const removed = await org.as.coordinator.delete(`/api/programmes/${id}/members/${org.userIds.coordinator}`);
    expect(removed.status).toBe(200);
    expect(removed.body.team.map((m: { id: string }) => m.id)).toEqual(['duo', `a-${org.userIds.member}`]);
    // The lead task of whoever left is free again.
    expect(await sheetOf(id)).toMatchObject({ version: 3, fields: { leadTasks: [{ id: 't1', ownerId: null }] } });
    expect((await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member })).body.error).toBe('alreadyOnTeam');
  });

  it('a member on the team edits 1.2 but cannot change who is on it (403 teamNeedsLead, nothing written)', async () => {
    const id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    const members = (await teamOf(id)).map(({ email: _, ...m }) => m);
    const outsider = await spareUser('Buiten Het Team');
    const refused = await saveTeam(org.as.member, id, 1, [...members, row('x', outsider)]);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('teamNeedsLead');
    expect((await sheetOf(id)).version).toBe(1);
    const tasksOnly = await saveTeam(org.as.member, id, 1, [...members, row('extern', null)]);
    expect(tasksOnly.status).toBe(200);
  });

  it('linking a row to an account that is not active is refused on that row', async () => {
    const id = await startProgramme();
    const gone = await spareUser('Al Vertrokken');
    await org.as.admin.post(`/api/users/${gone}/deactivate`);
    const reply = await saveTeam(org.as.coordinator, id, 0, [row('lead', org.userIds.coordinator), row('gone', gone)]);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'userInactive', fields: [{ field: 'fields.members.1.userId' }] });
  });

  it('data from before the one list still agrees: an account without access shows unlinked, one with access but no row is added', async () => {
    const id = await startProgramme();
    // As stored before: the member had access, 1.2 linked the viewer (never given access) and left the member out.
    await t.database.db.insert(programmeMembers).values({ programmeId: id, userId: org.userIds.member, organisationId: org.id });
    await t.database.db.insert(worksheetVersions).values({
      organisationId: org.id,
      programmeId: id,
      substepKey: '1.2',
      version: 1,
      data: { notes: '', fields: { members: [row('lead', org.userIds.coordinator), row('viewer', org.userIds.viewer)], leadTasks: [] } },
    });
    const expected = [
      ['lead', org.userIds.coordinator],
      ['viewer', null],
      [`a-${org.userIds.member}`, org.userIds.member],
    ];
    expect((await teamOf(id)).map((m) => [m.id, m.userId])).toEqual(expected);
    expect((await sheetOf(id)).fields.members.map((m: { id: string; userId: string | null }) => [m.id, m.userId])).toEqual(expected);
    expect((await listed(id)).teamSize).toBe(3);
  });
});

describe('sub-step status', () => {
  let id: string;
  beforeAll(async () => {
    id = await startProgramme();
    // Giving the member access is a change of 1.2, the core-team list: it starts 1.2.
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
  });

  it('setting a status answers with the new progress (in progress counts half)', async () => {
    const done = await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.1/status`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', progress: { overall: { done: 1, inProgress: 1, total: 21, percent: 7 } } });

    const started = await org.as.member.put(`/api/programmes/${id}/substeps/1.3/status`, { status: 'in_progress' });
    expect(started.status).toBe(200);
    expect(started.body.progress.overall).toEqual({ done: 1, inProgress: 2, total: 21, percent: 10 });
    expect(started.body.progress.steps['1']).toEqual({ done: 0, inProgress: 2, total: 4, percent: 25 });
    expect(started.body.progress.steps['3']).toEqual({ done: 1, inProgress: 0, total: 4, percent: 25 });
  });

  it('the programme and the sub-step show the stored status and who set it', async () => {
    const detail = await org.as.viewer.get(`/api/programmes/${id}`);
    expect(detail.body.programme.statuses).toEqual({ '1.2': 'in_progress', '3.1': 'done', '1.3': 'in_progress' });
    const substep = await org.as.viewer.get(`/api/programmes/${id}/substeps/1.3`);
    expect(substep.body).toMatchObject({ key: '1.3', status: 'in_progress', updatedByName: 'member Zorggroep Trajecten', worksheet: null });
    const untouched = await org.as.viewer.get(`/api/programmes/${id}/substeps/3.2`);
    expect(untouched.body).toMatchObject({ status: 'not_started', updatedByName: null });
  });

  it('setting a sub-step back lowers the progress again', async () => {
    const reply = await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.3/status`, { status: 'not_started' });
    expect(reply.body.progress.overall.percent).toBe(7);
    await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.3/status`, { status: 'in_progress' });
  });

  it('an unknown sub-step key or status is refused with 400', async () => {
    for (const key of ['9.9', '1.5', '0', 'abc']) {
      const reply = await org.as.coordinator.put(`/api/programmes/${id}/substeps/${key}/status`, { status: 'done' });
      expect(reply.status, key).toBe(400);
      expect(reply.body.fields[0].field).toBe('key');
    }
    const badStatus = await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.1/status`, { status: 'klaar' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.fields[0].field).toBe('status');
  });

  it('a viewer, or a member who is not on the team, cannot set a status (403)', async () => {
    expect((await org.as.viewer.put(`/api/programmes/${id}/substeps/2.1/status`, { status: 'done' })).status).toBe(403);
    expect((await org.as.privacy.put(`/api/programmes/${id}/substeps/2.1/status`, { status: 'done' })).status).toBe(403);
    expect((await org.as.viewer.get(`/api/programmes/${id}`)).body.programme.statuses['2.1']).toBeUndefined();
  });

  it('each status change is audited with before and after', async () => {
    const entries = (await auditOf(org.as.admin, `${id}/3.1`)).filter((e) => e.action === 'substep.status');
    expect(entries[0]).toMatchObject({ actorName: 'coordinator Zorggroep Trajecten', before: { status: 'not_started' }, after: { status: 'done' } });
  });
});

describe('worksheet notes and their versions', () => {
  let id: string;
  const notes = (n: number) => `Gesprek ${n}: we zagen dat schermen open bleven staan.`;
  beforeAll(async () => {
    id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
  });

  it('the first save (from version 0) is version 1, the next (from 1) is version 2', async () => {
    const first = await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.3/worksheet`, { notes: notes(1), baseVersion: 0 });
    expect(first.status).toBe(200);
    // The first save starts the sub-step; a sub-step without a form has nothing missing.
    expect(first.body).toEqual({ version: 1, status: 'in_progress', missing: [], changes: [{ field: 'notes', kind: 'value' }] });
    const second = await org.as.member.put(`/api/programmes/${id}/substeps/3.3/worksheet`, { notes: notes(2), baseVersion: 1 });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, status: 'in_progress' });
  });

  it('a save from an outdated version is refused (409 versionConflict) and nothing is written', async () => {
    const auditBefore = await auditOf(org.as.admin, `${id}/3.3`);
    for (const baseVersion of [1, 0, 7]) {
      const stale = await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.3/worksheet`, { notes: 'mijn oude tekst', baseVersion });
      expect(stale.status, `base ${baseVersion}`).toBe(409);
      expect(stale.body.error).toBe('versionConflict');
      expect(stale.body.message).toBe('Iemand anders heeft dit intussen gewijzigd (versie 2). Laad de nieuwste versie en probeer opnieuw.');
      expect(stale.body.fields[0].field).toBe('baseVersion');
    }
    const history = await org.as.coordinator.get(`/api/programmes/${id}/substeps/3.3/versions`);
    expect(history.body.versions).toHaveLength(2);
    expect((await org.as.coordinator.get(`/api/programmes/${id}/substeps/3.3`)).body.worksheet.notes).toBe(notes(2));
    expect(await auditOf(org.as.admin, `${id}/3.3`)).toEqual(auditBefore);
  });

  it('the history lists every version, newest first, with its author', async () => {
    const reply = await org.as.viewer.get(`/api/programmes/${id}/substeps/3.3/versions`);
    expect(reply.status).toBe(200);
    expect(reply.body.versions).toMatchObject([
      { version: 2, notes: notes(2), authorName: 'member Zorggroep Trajecten' },
      { version: 1, notes: notes(1), authorName: 'coordinator Zorggroep Trajecten' },
    ]);
    const substep = await org.as.viewer.get(`/api/programmes/${id}/substeps/3.3`);
    expect(substep.body.worksheet).toMatchObject({ version: 2, notes: notes(2), authorName: 'member Zorggroep Trajecten' });
  });

  it('each sub-step has its own versions', async () => {
    const reply = await org.as.coordinator.put(`/api/programmes/${id}/substeps/3.1/worksheet`, { notes: 'Andere deelstap', baseVersion: 0 });
    expect(reply.body).toMatchObject({ version: 1 });
  });

  it('two saves from the same version at the same moment: one is kept, the other gets 409', async () => {
    const replies = await Promise.all(
      ['van Anna', 'van Bert'].map((who) => org.as.coordinator.put(`/api/programmes/${id}/substeps/4.1/worksheet`, { notes: `Tekst ${who}`, baseVersion: 0 })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = await org.as.coordinator.get(`/api/programmes/${id}/substeps/4.1/versions`);
    expect(history.body.versions).toHaveLength(1);
  });

  it('every save is audited with the previous and the new text', async () => {
    const saves = (await auditOf(org.as.admin, `${id}/3.3`)).filter((e) => e.action === 'worksheet.save');
    expect(saves).toHaveLength(2);
    expect(saves[0]).toMatchObject({ before: null, after: { version: 1, notes: notes(1) } });
    expect(saves[1]).toMatchObject({
      actorName: 'member Zorggroep Trajecten',
      before: { version: 1, notes: notes(1) },
      after: { version: 2, notes: notes(2) },
    });
  });

  it('a viewer reads the notes but cannot save them (403)', async () => {
    const reply = await org.as.viewer.put(`/api/programmes/${id}/substeps/3.3/worksheet`, { notes: 'kijker', baseVersion: 2 });
    expect(reply.status).toBe(403);
  });
});

describe('editing and archiving', () => {
  it('a member on the team may edit the wording, but archiving needs a lead (403 for the member)', async () => {
    const id = await startProgramme();
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    const edit = await org.as.member.patch(`/api/programmes/${id}`, { title: 'Betere titel' });
    expect(edit.status).toBe(200);
    expect(edit.body.programme.title).toBe('Betere titel');

    const archiveByMember = await org.as.member.patch(`/api/programmes/${id}`, { status: 'archived' });
    expect(archiveByMember.status).toBe(403);
    expect((await org.as.member.get(`/api/programmes/${id}`)).body.programme.status).toBe('active');

    const archive = await org.as.coordinator.patch(`/api/programmes/${id}`, { status: 'archived' });
    expect(archive.status).toBe(200);
    expect(archive.body.programme.status).toBe('archived');

    const [, , edited, archived] = await auditOf(org.as.admin, id); // create, member_add, then the two updates
    expect(edited).toMatchObject({ action: 'programme.update', before: { title: expect.stringMatching(/^Traject/) }, after: { title: 'Betere titel' } });
    expect(archived).toMatchObject({
      action: 'programme.update',
      actorName: 'coordinator Zorggroep Trajecten',
      before: { status: 'active' },
      after: { status: 'archived' },
    });
  });

  it('a viewer cannot edit a programme (403)', async () => {
    const id = await startProgramme();
    expect((await org.as.viewer.patch(`/api/programmes/${id}`, { title: 'Kijker wijzigt' })).status).toBe(403);
  });
});

describe('the audit trail of a programme', () => {
  it('records each kind of change, attributed to who made it', async () => {
    const id = await startProgramme('Volledig gevolgd');
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    await org.as.member.put(`/api/programmes/${id}/substeps/3.1/status`, { status: 'done' });
    await org.as.member.put(`/api/programmes/${id}/substeps/3.1/worksheet`, { notes: 'Notitie', baseVersion: 0 });
    await org.as.coordinator.delete(`/api/programmes/${id}/members/${org.userIds.member}`);
    await org.as.coordinator.patch(`/api/programmes/${id}`, { status: 'archived' });

    const trail = [...(await auditOf(org.as.admin, id)), ...(await auditOf(org.as.admin, `${id}/3.1`))];
    const actions = trail.map((e) => `${e.action} by ${e.actorName}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'programme.create by coordinator Zorggroep Trajecten',
        'programme.member_add by coordinator Zorggroep Trajecten',
        'substep.status by member Zorggroep Trajecten',
        'worksheet.save by member Zorggroep Trajecten',
        'programme.member_remove by coordinator Zorggroep Trajecten',
        'programme.update by coordinator Zorggroep Trajecten',
      ]),
    );
    expect(trail).toHaveLength(6);
  });
});

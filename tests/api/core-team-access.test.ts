import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Saving worksheet 1.2 gives and takes programme access (issue 18). Attacks on that from a
 * security review: linking an account of another organisation, a stale 1.2 form undoing an access
 * change made in the team panel, and a false name next to a colleague's account.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Kernteam');
  other = await t.organisation('Zorggroep Anders');
});
afterAll(() => t?.close());

const panelRows = async (id: string) =>
  (await org.as.coordinator.get(`/api/programmes/${id}`)).body.programme.team.map(({ email: _, ...row }: { email: unknown }) => row);
const row = (id: string, userId: string | null) => ({
  id,
  userId,
  name: `Naam ${id}`,
  position: 'member',
  discipline: 'it',
  role: 'ICT',
  department: '',
  tasks: '',
  hoursPerWeek: null,
});

describe('access through worksheet 1.2', () => {
  it('a lead cannot link an account of another organisation: refused on that row, no access, nothing written', async () => {
    const id = await startProgramme(org.as.coordinator, 'Kernteam buiten de deur');
    const before = await t.snapshot();
    const reply = await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.2/worksheet`, {
      baseVersion: 0,
      notes: '',
      fields: { members: [...(await panelRows(id)), row('vreemd', other.userIds.member)], leadTasks: [] },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'userInactive', fields: [{ field: 'fields.members.1.userId' }] });
    expect(await t.snapshot()).toEqual(before);
    expect((await other.as.member.get(`/api/programmes/${id}`)).status).toBe(404);
  });

  it('a 1.2 form opened before a lead added someone in the team panel does not silently take that access away again', async () => {
    const id = await startProgramme(org.as.coordinator, 'Verouderd formulier');
    // The lead opens 1.2 (never saved: it starts from the team panel's list) ...
    const stale = await panelRows(id);
    // ... meanwhile an admin adds a colleague in the team panel ...
    expect((await org.as.admin.post(`/api/programmes/${id}/members`, { userId: org.userIds.member, teamRole: 'Verpleegkundige' })).status).toBe(201);
    // ... and the lead saves the form as opened, without them.
    const saved = await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.2/worksheet`, {
      baseVersion: 0,
      notes: '',
      fields: { members: stale, leadTasks: [] },
    });
    // Either the save is refused as out of date, or the colleague keeps access: never a removal nobody chose.
    const memberOpens = (await org.as.member.get(`/api/programmes/${id}`)).status;
    expect({ save: saved.status, memberOpens }).not.toEqual({ save: 200, memberOpens: 403 });
  });

  it('a 1.2 form opened before an admin took someone off in the team panel is refused as out of date, and gives no access back', async () => {
    const id = await startProgramme(org.as.coordinator, 'Verouderd na verwijderen');
    expect((await org.as.admin.post(`/api/programmes/${id}/members`, { userId: org.userIds.member })).status).toBe(201);
    const stale = await org.as.coordinator.get(`/api/programmes/${id}/substeps/1.2`);
    expect((await org.as.admin.delete(`/api/programmes/${id}/members/${org.userIds.member}`)).status).toBe(200);
    const before = await t.snapshot();
    const saved = await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.2/worksheet`, {
      baseVersion: stale.body.worksheet.version,
      notes: '',
      fields: stale.body.worksheet.fields,
    });
    expect(saved.status).toBe(409);
    expect(saved.body.error).toBe('versionConflict');
    expect(await t.snapshot()).toEqual(before);
    expect((await org.as.member.get(`/api/programmes/${id}`)).status).toBe(403);
  });
});

describe("the name next to a colleague's account", () => {
  it("is the account's: a member who renames a linked row saves, but the stored and shown name stay the account's", async () => {
    const id = await startProgramme(org.as.coordinator, 'Echte namen');
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
    const sheet = (await org.as.member.get(`/api/programmes/${id}/substeps/1.2`)).body.worksheet;
    type Row = { userId: string | null; name: string };
    const renamed = (sheet.fields.members as Row[]).map((m) => (m.userId === org.userIds.coordinator ? { ...m, name: 'Iemand Anders' } : m));
    const saved = await org.as.member.put(`/api/programmes/${id}/substeps/1.2/worksheet`, {
      baseVersion: sheet.version,
      notes: '',
      fields: { members: [...renamed, row('extern', null)], leadTasks: [] },
    });
    expect(saved.status).toBe(200);

    const names = (rows: Row[]) => rows.map((m) => [m.userId, m.name]);
    const expected = [
      [org.userIds.coordinator, 'coordinator Zorggroep Kernteam'],
      [org.userIds.member, 'member Zorggroep Kernteam'],
      [null, 'Naam extern'],
    ];
    expect(names(await panelRows(id))).toEqual(expected);
    // Stored so too: the version history reads the stored version as it is.
    const [latest] = (await org.as.coordinator.get(`/api/programmes/${id}/substeps/1.2/versions`)).body.versions;
    expect(names(latest.fields.members)).toEqual(expected);
  });

  it("follows the account when the account's name changes", async () => {
    const id = await startProgramme(org.as.coordinator, 'Nieuwe naam');
    await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.privacy });
    expect((await org.as.admin.patch(`/api/users/${org.userIds.privacy}`, { name: 'Priya Privacy' })).status).toBe(200);
    expect((await panelRows(id)).map((m: { name: string }) => m.name)).toEqual(['coordinator Zorggroep Kernteam', 'Priya Privacy']);
    expect((await org.as.coordinator.get(`/api/programmes/${id}/substeps/1.2`)).body.worksheet.fields.members[1].name).toBe('Priya Privacy');
  });
});

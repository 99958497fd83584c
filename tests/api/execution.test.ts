import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#core/worksheets/planning.js';
import { amsterdamDay } from '#server/day.js';
import { actionInput, chosenIntervention, ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** Step 5 over HTTP: the action plan, with owners, due days, overdue actions and the done day. */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
let chosen: string;
let idea: string;
const P = () => `/api/programmes/${id}`;
const today = amsterdamDay();
const action = (over: Record<string, unknown> = {}) => actionInput({ due: addDays(today, 7), ...over });

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Uitvoering');
  other = await t.organisation('Zorggroep Elders');
  id = await programmeWithTeam(org, 'Phishing melden');
  chosen = await chosenIntervention(org.as.member, id, 'phishing-report-button');
  idea = ok(await org.as.member.post(`${P()}/interventions/from-library`, { libraryId: 'phishing-practice-app' }), 201).id;
});
afterAll(() => t?.close());

describe.sequential('the action plan', () => {
  it('adds actions for a chosen intervention, with an owner who has an account or only a name', async () => {
    const mine = await org.as.member.post(`${P()}/actions`, action({ candidateId: chosen, owner: { userId: org.userIds.member, name: 'Kernteamlid' } }));
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ candidateId: chosen, owner: { userId: org.userIds.member }, overdue: false, doneOn: null });
    const free = await org.as.member.post(`${P()}/actions`, action({ title: 'Communicatieplan', owner: { userId: null, name: 'Communicatieadviseur' } }));
    expect(free.status).toBe(201);
  });

  it('refuses an intervention the team did not choose, and an owner from another organisation', async () => {
    const notChosen = await org.as.member.post(`${P()}/actions`, action({ candidateId: idea }));
    expect([notChosen.status, notChosen.body.error, notChosen.body.fields[0].field]).toEqual([400, 'actionCandidateUnknown', 'candidateId']);
    const stranger = await org.as.member.post(`${P()}/actions`, action({ owner: { userId: other.userIds.member, name: 'Buitenstaander' } }));
    expect([stranger.status, stranger.body.error, stranger.body.fields[0].field]).toEqual([400, 'actionOwnerUnknown', 'owner.userId']);
  });

  it('marks what is overdue today, keeps the day an action was done and forgets it when reopened', async () => {
    const late = (await org.as.member.post(`${P()}/actions`, action({ title: 'Intranetbericht', due: addDays(today, -1) }))).body;
    const dueToday = (await org.as.member.post(`${P()}/actions`, action({ title: 'Screensaver', due: today }))).body;
    const list = (await org.as.viewer.get(`${P()}/actions`)).body;
    expect(list.today).toBe(today);
    const byId = (x: string) => list.actions.find((a: { id: string }) => a.id === x);
    expect([byId(late.id).overdue, byId(dueToday.id).overdue]).toEqual([true, false]);
    expect(list.summary).toMatchObject({ total: 4, open: 4, overdue: 1, done: 0 });

    const done = (await org.as.member.put(`${P()}/actions/${late.id}`, action({ title: 'Intranetbericht', due: addDays(today, -1), status: 'done' }))).body;
    expect(done).toMatchObject({ status: 'done', doneOn: today, overdue: false });
    const again = (
      await org.as.member.put(`${P()}/actions/${late.id}`, action({ title: 'Intranetbericht (geplaatst)', due: addDays(today, -1), status: 'done' }))
    ).body;
    expect(again.doneOn).toBe(today);
    const reopened = (await org.as.member.put(`${P()}/actions/${late.id}`, action({ title: 'Intranetbericht', due: addDays(today, -1), status: 'doing' })))
      .body;
    expect(reopened).toMatchObject({ doneOn: null, overdue: true });
  });

  it('removes an action and logs every change', async () => {
    const gone = (await org.as.member.post(`${P()}/actions`, action({ title: 'Weg ermee' }))).body;
    expect((await org.as.member.delete(`${P()}/actions/${gone.id}`)).status).toBe(204);
    const log = (await org.as.admin.get('/api/audit?entity=action&limit=200')).body.entries.map((e: { action: string }) => e.action);
    expect(new Set(log)).toEqual(new Set(['action.create', 'action.update', 'action.delete']));
  });

  it('keeps a removed intervention’s actions, without the link', async () => {
    const linked = (await org.as.member.post(`${P()}/actions`, action({ title: 'Gekoppeld', candidateId: chosen }))).body;
    await org.as.member.delete(`${P()}/interventions/${chosen}`);
    const after = (await org.as.viewer.get(`${P()}/actions`)).body.actions.find((a: { id: string }) => a.id === linked.id);
    expect(after.candidateId).toBeNull();
  });

  it('is closed to another organisation', async () => {
    const first = (await org.as.viewer.get(`${P()}/actions`)).body.actions[0].id;
    expect((await other.as.admin.get(`${P()}/actions`)).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/actions/${first}`, action())).status).toBe(404);
    expect((await other.as.admin.delete(`${P()}/actions/${first}`)).status).toBe(404);
  });
});

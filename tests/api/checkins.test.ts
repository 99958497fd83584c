import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPlanning, addDays } from '#core/worksheets/planning.js';
import { amsterdamDay } from '#server/day.js';
import { actionInput, programmeWithTeam, startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Step 5 over HTTP, beyond the actions: the communication plan (5.1) and the two-weekly check-in
 * (5.3) with its agenda, made from the actions, the open decisions and the series planned in 1.4.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
let second: string;
let theirs: string;
const today = amsterdamDay();
const day = (n: number) => addDays(today, n);
const P = (programme = id) => `/api/programmes/${programme}`;

const action = (over: Record<string, unknown> = {}) => actionInput({ title: 'Actie', owner: { userId: null, name: 'Anna' }, ...over });
const checkin = (over: Record<string, unknown> = {}) => ({ date: today, attendees: ['Anna', 'Bob'], minutes: 'Voortgang besproken.', decisions: [], ...over });
const item = (over: Record<string, unknown> = {}) => ({
  audience: 'Verpleegkundigen afdeling B',
  message: 'De meldknop staat vanaf maart in Outlook.',
  channel: 'Teamoverleg',
  planned: null,
  ownerName: 'Teammanager',
  status: 'planned',
  ...over,
});
const auditActions = async (entity: string) =>
  (await org.as.admin.get(`/api/audit?entity=${entity}&limit=200`)).body.entries.map((e: { action: string }) => e.action) as string[];

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Overleg');
  other = await t.organisation('Zorggroep Elders');
  id = await programmeWithTeam(org, 'Schermen vergrendelen');
  second = await startProgramme(org.as.coordinator, 'Wachtwoorden');
  theirs = await startProgramme(other.as.coordinator, 'Hun traject');
});
afterAll(() => t?.close());

describe.sequential('the check-ins (5.3)', () => {
  let recorded: string;

  it('has no meetings, no agenda and no check-ins before the series is planned', async () => {
    const reply = await org.as.viewer.get(`${P()}/checkins`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ today, meetingDays: [], next: null, last: null, agenda: [], checkins: [] });
  });

  it('takes the meeting days from the series planned in 1.4', async () => {
    const planning = emptyPlanning();
    planning.meetings = { ...planning.meetings, title: 'Voortgangsoverleg', firstDate: day(-7), intervalWeeks: 2, count: 4 };
    expect((await org.as.member.put(`${P()}/substeps/1.4/worksheet`, { notes: '', baseVersion: 0, fields: planning })).status).toBe(200);
    const body = (await org.as.viewer.get(`${P()}/checkins`)).body;
    expect(body).toMatchObject({ meetingDays: [day(-7), day(7), day(21), day(35)], next: day(7), last: day(-7) });
  });

  it('makes the agenda from the actions, up to the next meeting', async () => {
    const add = async (over: Record<string, unknown>) => (await org.as.member.post(`${P()}/actions`, action(over))).body.id as string;
    const late = await add({ title: 'Posters ophangen', due: day(-1) });
    const soon = await add({ title: 'Intranetbericht', due: day(7) });
    await add({ title: 'Na het overleg', due: day(8) });
    const done = await add({ title: 'Screensaver', status: 'done', due: day(-3) });
    const agenda = (await org.as.viewer.get(`${P()}/checkins`)).body.agenda;
    expect(agenda.map((i: { kind: string; refId: string }) => [i.kind, i.refId])).toEqual([
      ['overdue', late],
      ['dueBeforeNext', soon],
      ['doneSinceLast', done],
    ]);
  });

  it('records a check-in with its decisions; its open decisions join the agenda and it becomes the last one', async () => {
    const reply = await org.as.member.post(
      `${P()}/checkins`,
      checkin({
        date: day(-2),
        decisions: [
          { id: 'd1', text: 'Budget aanvragen', open: true, due: day(10) },
          { id: 'd2', text: 'Posters in de lift', open: false, due: null },
        ],
      }),
    );
    expect(reply.status).toBe(201);
    recorded = reply.body.id;
    expect(reply.body).toMatchObject({ date: day(-2), attendees: ['Anna', 'Bob'], decisions: [{ id: 'd1' }, { id: 'd2' }] });

    const body = (await org.as.viewer.get(`${P()}/checkins`)).body;
    expect(body.last).toBe(day(-2));
    const decisions = body.agenda.filter((i: { kind: string }) => i.kind === 'openDecision');
    expect(decisions).toEqual([{ kind: 'openDecision', refId: `${recorded}:d1`, title: 'Budget aanvragen', due: day(10) }]);
    expect(body.checkins).toEqual([expect.objectContaining({ id: recorded, date: day(-2), minutes: 'Voortgang besproken.', actions: [] })]);
  });

  it('refuses a second check-in on the same day with 409 naming the date, also when moving one there', async () => {
    const twice = await org.as.member.post(`${P()}/checkins`, checkin({ date: day(-2) }));
    expect([twice.status, twice.body.error, twice.body.fields?.[0]?.field]).toEqual([409, 'checkinDateTaken', 'date']);
    const later = (await org.as.member.post(`${P()}/checkins`, checkin({ date: today }))).body.id;
    const moved = await org.as.member.put(`${P()}/checkins/${later}`, checkin({ date: day(-2) }));
    expect([moved.status, moved.body.error]).toEqual([409, 'checkinDateTaken']);
    // The same day in another programme is fine.
    expect((await org.as.coordinator.post(`${P(second)}/checkins`, checkin({ date: day(-2) }))).status).toBe(201);

    const list = (await org.as.viewer.get(`${P()}/checkins`)).body;
    expect(list.checkins.map((c: { date: string }) => c.date)).toEqual([today, day(-2)]);
    expect(list.last).toBe(today);
  });

  it('links new actions to the check-in they were agreed at, only to one of this programme', async () => {
    const agreed = await org.as.member.post(`${P()}/actions`, action({ title: 'Evaluatie plannen', due: day(14), checkinId: recorded }));
    expect(agreed.status).toBe(201);
    expect(agreed.body.checkinId).toBe(recorded);

    const elsewhere = (await org.as.coordinator.get(`${P(second)}/checkins`)).body.checkins[0].id;
    for (const checkinId of [elsewhere, '7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e21']) {
      const refused = await org.as.member.post(`${P()}/actions`, action({ checkinId }));
      expect([refused.status, refused.body.error, refused.body.fields[0].field]).toEqual([400, 'actionCheckinUnknown', 'checkinId']);
    }

    // Changing the action without naming the check-in keeps the link; null removes it.
    const kept = await org.as.member.put(`${P()}/actions/${agreed.body.id}`, action({ title: 'Evaluatie plannen (gedaan)', due: day(14) }));
    expect(kept.body.checkinId).toBe(recorded);
    const list = (await org.as.viewer.get(`${P()}/checkins`)).body;
    expect(list.checkins.find((c: { id: string }) => c.id === recorded).actions.map((a: { title: string }) => a.title)).toEqual(['Evaluatie plannen (gedaan)']);
    const unlinked = await org.as.member.put(`${P()}/actions/${agreed.body.id}`, action({ title: 'Evaluatie plannen', due: day(14), checkinId: null }));
    expect(unlinked.body.checkinId).toBeNull();
    await org.as.member.put(`${P()}/actions/${agreed.body.id}`, action({ title: 'Evaluatie plannen', due: day(14), checkinId: recorded }));
  });

  it('changes and removes a check-in; its actions stay, without the link', async () => {
    const changed = await org.as.member.put(
      `${P()}/checkins/${recorded}`,
      checkin({ date: day(-2), minutes: 'Aangevuld.', decisions: [{ id: 'd1', text: 'Budget aanvragen', open: false, due: day(10) }] }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: recorded, minutes: 'Aangevuld.' });
    expect((await org.as.viewer.get(`${P()}/checkins`)).body.agenda.some((i: { kind: string }) => i.kind === 'openDecision')).toBe(false);

    expect((await org.as.member.delete(`${P()}/checkins/${recorded}`)).status).toBe(204);
    expect((await org.as.member.delete(`${P()}/checkins/${recorded}`)).status).toBe(404);
    const actions = (await org.as.viewer.get(`${P()}/actions`)).body.actions;
    expect(actions.find((a: { title: string }) => a.title === 'Evaluatie plannen').checkinId).toBeNull();
  });

  it('logs every change', async () => {
    expect(new Set(await auditActions('checkin'))).toEqual(new Set(['checkin.create', 'checkin.update', 'checkin.delete']));
  });

  it('lets a viewer read but not write', async () => {
    const current = (await org.as.viewer.get(`${P()}/checkins`)).body.checkins[0].id;
    expect((await org.as.viewer.post(`${P()}/checkins`, checkin({ date: day(1) }))).status).toBe(403);
    expect((await org.as.viewer.put(`${P()}/checkins/${current}`, checkin())).status).toBe(403);
    expect((await org.as.viewer.delete(`${P()}/checkins/${current}`)).status).toBe(403);
  });

  it('is closed to another organisation, whose check-ins cannot be linked either', async () => {
    const current = (await org.as.viewer.get(`${P()}/checkins`)).body.checkins[0].id;
    expect((await other.as.admin.get(`${P()}/checkins`)).status).toBe(404);
    expect((await other.as.admin.post(`${P()}/checkins`, checkin({ date: day(2) }))).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/checkins/${current}`, checkin())).status).toBe(404);
    expect((await other.as.admin.delete(`${P()}/checkins/${current}`)).status).toBe(404);
    // Their own programme with our check-in's id: not found either.
    expect((await other.as.admin.put(`${P(theirs)}/checkins/${current}`, checkin())).status).toBe(404);

    const their = (await other.as.coordinator.post(`${P(theirs)}/checkins`, checkin())).body.id;
    const linked = await org.as.member.post(`${P()}/actions`, action({ checkinId: their }));
    expect([linked.status, linked.body.fields[0].field]).toEqual([400, 'checkinId']);
    expect((await org.as.viewer.get(`${P()}/checkins`)).body.checkins.map((c: { id: string }) => c.id)).not.toContain(their);
  });
});

describe.sequential('the communication plan (5.1)', () => {
  let first: string;

  it('adds items, listed by planned day with undated ones last', async () => {
    const undated = await org.as.member.post(`${P()}/communication`, item({ audience: 'Artsen' }));
    expect(undated.status).toBe(201);
    expect(undated.body).toMatchObject({ audience: 'Artsen', planned: null, status: 'planned' });
    first = (await org.as.member.post(`${P()}/communication`, item({ channel: 'Schermbeveiliging', planned: day(3) }))).body.id;
    await org.as.member.post(`${P()}/communication`, item({ channel: 'Huddle', planned: day(1) }));
    const list = (await org.as.viewer.get(`${P()}/communication`)).body.items;
    expect(list.map((i: { channel: string; planned: string | null }) => [i.channel, i.planned])).toEqual([
      ['Huddle', day(1)],
      ['Schermbeveiliging', day(3)],
      ['Teamoverleg', null],
    ]);
  });

  it('changes and removes an item', async () => {
    const changed = await org.as.member.put(`${P()}/communication/${first}`, item({ channel: 'Intranet', planned: day(3), status: 'done' }));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: first, channel: 'Intranet', status: 'done' });
    expect((await org.as.member.delete(`${P()}/communication/${first}`)).status).toBe(204);
    expect((await org.as.member.put(`${P()}/communication/${first}`, item())).status).toBe(404);
    expect((await org.as.viewer.get(`${P()}/communication`)).body.items).toHaveLength(2);
  });

  it('refuses an item without a channel, naming the field', async () => {
    const reply = await org.as.member.post(`${P()}/communication`, item({ channel: ' ' }));
    expect([reply.status, reply.body.fields[0].field]).toEqual([400, 'channel']);
  });

  it('logs every change', async () => {
    expect(new Set(await auditActions('communication'))).toEqual(new Set(['communication.create', 'communication.update', 'communication.delete']));
  });

  it('lets a viewer read but not write, and is closed to another organisation', async () => {
    const current = (await org.as.viewer.get(`${P()}/communication`)).body.items[0].id;
    expect((await org.as.viewer.post(`${P()}/communication`, item())).status).toBe(403);
    expect((await org.as.viewer.put(`${P()}/communication/${current}`, item())).status).toBe(403);
    expect((await org.as.viewer.delete(`${P()}/communication/${current}`)).status).toBe(403);
    expect((await other.as.admin.get(`${P()}/communication`)).status).toBe(404);
    expect((await other.as.admin.post(`${P()}/communication`, item())).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/communication/${current}`, item())).status).toBe(404);
    expect((await other.as.admin.delete(`${P()}/communication/${current}`)).status).toBe(404);
    expect((await other.as.admin.delete(`${P(theirs)}/communication/${current}`)).status).toBe(404);
    expect((await org.as.viewer.get(`${P()}/communication`)).body.items).toHaveLength(2);
  });
});

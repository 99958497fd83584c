import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, emptyPlanning } from '../../src/core/worksheets/planning.js';
import { amsterdamDay } from '../../src/server/day.js';
import { checkins, kpiMeasurements, kpis, substepStates } from '../../src/server/db/schema.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The board dashboard over HTTP: per programme the step, the progress, the actions, the check-ins,
 * the KPIs and the anchoring, across two programmes, for every role, and never another
 * organisation's. Actions, worksheets and the checklist go through their routes; check-ins and KPIs
 * are written to the database directly, as their routes are built elsewhere.
 */

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let first: string;
let second: string;
let theirs: string;
const today = amsterdamDay();

const action = (title: string, due: string | null, status = 'todo') => ({ title, description: '', candidateId: null, owner: { userId: null, name: 'Teammanager' }, due, status, channel: '' });
const dashboard = async (who: keyof TestOrganisation['as'], org = A) => {
  const reply = await org.as[who].get('/api/dashboard');
  expect(reply.status).toBe(200);
  return reply.body as { today: string; programmes: any[] };
};
const card = async (id: string, who: keyof TestOrganisation['as'] = 'viewer') => (await dashboard(who)).programmes.find((p) => p.id === id);

/** Distinct creation moments, a second apart: rows written within one clock tick would tie. */
let tick = Date.now();
const nextMoment = () => new Date((tick += 1000));

async function addKpi(programmeId: string, kpi: { name: string; direction: 'increase' | 'decrease'; baseline: number | null; target: number | null }, values: [string, number][]) {
  const [row] = await t.database.db
    .insert(kpis)
    .values({ organisationId: A.id, programmeId, unit: '%', targetDate: '2027-12-31', createdAt: nextMoment(), ...kpi })
    .returning();
  // In the order given: of two on the same day, the one entered last counts.
  for (const [date, value] of values) await t.database.db.insert(kpiMeasurements).values({ organisationId: A.id, kpiId: row!.id, date, value, createdAt: nextMoment() });
  return row!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Bestuur');
  B = await t.organisation('Zorggroep Elders');
  first = (await A.as.coordinator.post('/api/programmes', { title: 'Phishing melden' })).body.programme.id;
  second = (await A.as.coordinator.post('/api/programmes', { title: 'Schermen vergrendelen' })).body.programme.id;
  await A.as.coordinator.post(`/api/programmes/${first}/members`, { userId: A.userIds.member });
  const P = `/api/programmes/${first}`;

  for (const [title, due, status] of [
    ['Meldknop uitrollen', addDays(today, -3), 'doing'],
    ['Intranetbericht', addDays(today, -1), 'todo'],
    ['Posters', addDays(today, 10), 'todo'],
    ['Nulmeting', addDays(today, -20), 'done'],
    ['Screensaver', null, 'dropped'],
  ] as const) {
    expect((await A.as.member.post(`${P}/actions`, action(title, due, status))).status).toBe(201);
  }

  // Check-ins every two weeks from a week ago: the next one is a week from today.
  const planning = { ...emptyPlanning(), meetings: { ...emptyPlanning().meetings, firstDate: addDays(today, -7), intervalWeeks: 2, count: 6 } };
  expect((await A.as.member.put(`${P}/substeps/1.4/worksheet`, { baseVersion: 0, notes: '', fields: planning })).status).toBe(200);
  await t.database.db.insert(checkins).values([
    { organisationId: A.id, programmeId: first, date: addDays(today, -21), attendees: ['Anna'], decisions: [] },
    {
      organisationId: A.id,
      programmeId: first,
      date: addDays(today, -7),
      attendees: ['Anna', 'Bob'],
      decisions: [
        { id: 'knop', text: 'Meldknop ook in het EPD?', open: true, due: null },
        { id: 'posters', text: 'Posters in elke teampost', open: false, due: null },
      ],
    },
  ]);

  await addKpi(first, { name: 'Meldpercentage phishing', direction: 'increase', baseline: 10, target: 50 }, [
    ['2027-01-10', 20],
    ['2027-02-10', 40],
    ['2027-02-10', 30],
    ['2026-12-01', 12],
  ]);
  await addKpi(first, { name: 'Klikpercentage', direction: 'decrease', baseline: 30, target: 10 }, [['2027-02-01', 8]]);
  await addKpi(first, { name: 'Datalekmeldingen', direction: 'increase', baseline: null, target: null }, []);

  await A.as.member.post(`${P}/anchoring/standard`);
  const items = (await A.as.member.get(`${P}/anchoring`)).body.items as { id: string; area: string; description: string; owner: unknown; due: null }[];
  const settle = async (area: string, status: string, note: string) => {
    const { id, ...rest } = items.find((i) => i.area === area)!;
    expect((await A.as.member.put(`${P}/anchoring/${id}`, { ...rest, status, note })).status).toBe(200);
  };
  await settle('policy', 'done', 'Paragraaf 4.2');
  await settle('onboarding', 'notApplicable', 'Regelt de moederorganisatie');

  // Step 1 and 3.1 done (set directly: their worksheets are beside the point here), so the first
  // programme is in step 3, with step 2 left behind, and 5 of 21 sub-steps done.
  for (const substepKey of ['1.1', '1.2', '1.3', '1.4', '3.1']) {
    await t.database.db
      .insert(substepStates)
      .values({ programmeId: first, organisationId: A.id, substepKey, status: 'done' })
      .onConflictDoUpdate({ target: [substepStates.programmeId, substepStates.substepKey], set: { status: 'done' } });
  }

  // The second programme has nothing yet, and is archived.
  expect((await A.as.coordinator.patch(`/api/programmes/${second}`, { status: 'archived' })).status).toBe(200);

  theirs = (await B.as.coordinator.post('/api/programmes', { title: 'Wachtwoorden delen' })).body.programme.id;
  await B.as.coordinator.post(`/api/programmes/${theirs}/actions`, action('Hun actie', addDays(today, -5)));
});
afterAll(() => t?.close());

describe('the board dashboard', () => {
  it('shows where each programme stands', async () => {
    const board = await dashboard('viewer');
    expect(board.today).toBe(today);
    expect(board.programmes.map((p) => p.id).sort()).toEqual([first, second].sort());
    const p = board.programmes.find((x) => x.id === first);
    expect(p).toMatchObject({
      title: 'Phishing melden',
      status: 'active',
      currentStep: 3,
      progress: { done: 5, total: 21 },
      attention: { overdueActions: 2, nextCheckin: addDays(today, 7), openDecisions: 1, openBehind: ['2.1', '2.2', '2.3'], next: '3.2' },
      actions: { total: 5, open: 3, overdue: 2, done: 1, dropped: 1 },
      nextCheckin: addDays(today, 7),
      lastCheckin: addDays(today, -7),
      anchoring: { total: 5, done: 1, notApplicable: 1, settled: 2 },
    });
    expect(p.kpis).toEqual([
      { id: expect.any(String), name: 'Meldpercentage phishing', unit: '%', direction: 'increase', baseline: 10, target: 50, targetDate: '2027-12-31', latest: { date: '2027-02-10', value: 30 }, status: 'onTrack' },
      { id: expect.any(String), name: 'Klikpercentage', unit: '%', direction: 'decrease', baseline: 30, target: 10, targetDate: '2027-12-31', latest: { date: '2027-02-01', value: 8 }, status: 'reached' },
      { id: expect.any(String), name: 'Datalekmeldingen', unit: '%', direction: 'increase', baseline: null, target: null, targetDate: '2027-12-31', latest: null, status: 'noData' },
    ]);
  });

  it('shows an archived programme without any work yet as such', async () => {
    expect(await card(second)).toMatchObject({
      title: 'Schermen vergrendelen',
      status: 'archived',
      currentStep: 1,
      progress: { done: 0, total: 21 },
      attention: { overdueActions: 0, nextCheckin: null, openDecisions: 0, openBehind: [], next: '1.1' },
      actions: { total: 0, open: 0, overdue: 0, done: 0 },
      nextCheckin: null,
      lastCheckin: null,
      kpis: [],
      anchoring: { total: 0, done: 0, notApplicable: 0, settled: 0 },
    });
  });

  it('ignores a check-in recorded for a day still to come as the last one', async () => {
    await t.database.db.insert(checkins).values({ organisationId: A.id, programmeId: first, date: addDays(today, 7), attendees: [], decisions: [] });
    expect((await card(first)).lastCheckin).toBe(addDays(today, -7));
  });

  it('is open to every role, each seeing the programmes they may read', async () => {
    const ids = async (who: keyof TestOrganisation['as']) => (await dashboard(who)).programmes.map((p) => p.id).sort();
    for (const who of ['admin', 'coordinator', 'viewer'] as const) expect(await ids(who)).toEqual([first, second].sort());
    expect(await ids('member')).toEqual([first]);
    expect(await ids('privacy')).toEqual([]);
  });

  it("never shows another organisation's programmes", async () => {
    const ours = JSON.stringify(await dashboard('admin'));
    expect(ours).not.toContain(theirs);
    expect(ours).not.toContain('Hun actie');
    const board = await dashboard('viewer', B);
    expect(board.programmes.map((p) => p.id)).toEqual([theirs]);
    expect(board.programmes[0]).toMatchObject({ actions: { total: 1, overdue: 1 }, attention: { overdueActions: 1, openDecisions: 0 }, kpis: [], anchoring: { total: 0 } });
    for (const id of [first, second]) expect(JSON.stringify(board)).not.toContain(id);
  });

  it('is closed to anyone not logged in', async () => {
    expect((await t.client().get('/api/dashboard')).status).toBe(401);
  });
});

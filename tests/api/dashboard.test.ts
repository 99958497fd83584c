import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromAmsterdamWallClock } from '#core/breach/deadline.js';
import { lastSettledMonth, monthOf, shiftMonth } from '#core/breach/statistics.js';
import { addDays, emptyPlanning } from '#core/worksheets/planning.js';
import { amsterdamDay } from '#server/day.js';
import { breachDecisions, breaches, checkins, kpiMeasurements, kpis, substepStates } from '#server/db/schema.js';
import { actionInput, handoverListReport, kpiInput, programmeWithTeam, startProgramme } from '../fixtures.js';
import { reportBreach, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The board dashboard over HTTP: per programme the status with its reasons, the step, the progress,
 * the actions, the check-ins, the KPIs with their lines and the anchoring, across two programmes,
 * for every role, and never another organisation's; and the breach register's figures over the
 * complete months. Actions, worksheets and the checklist go through their routes; check-ins and
 * KPIs are written to the database directly, as their routes are built elsewhere; breach moments
 * are moved back in the database, as no route lets time pass.
 */

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let first: string;
let second: string;
let theirs: string;
const today = amsterdamDay();

const action = (title: string, due: string | null, status = 'todo') => actionInput({ title, owner: { userId: null, name: 'Teammanager' }, due, status });
const dashboard = async (who: keyof TestOrganisation['as'], org = A) => {
  const reply = await org.as[who].get('/api/dashboard');
  expect(reply.status).toBe(200);
  return reply.body as { today: string; programmes: any[]; breaches: { months: any[]; total: Record<string, number> } | null };
};
const card = async (id: string, who: keyof TestOrganisation['as'] = 'viewer') => (await dashboard(who)).programmes.find((p) => p.id === id);

/** Distinct creation moments, a second apart: rows written within one clock tick would tie. */
let tick = Date.now();
const nextMoment = () => new Date((tick += 1000));

async function addKpi(
  programmeId: string,
  kpi: { name: string; direction: 'increase' | 'decrease'; baseline: number | null; target: number | null },
  values: [string, number][],
) {
  const [row] = await t.database.db
    .insert(kpis)
    .values({ organisationId: A.id, programmeId, unit: '%', targetDate: '2027-12-31', createdAt: nextMoment(), ...kpi })
    .returning();
  // In the order given: of two on the same day, the one entered last counts.
  for (const [date, value] of values)
    await t.database.db.insert(kpiMeasurements).values({ organisationId: A.id, kpiId: row!.id, date, value, createdAt: nextMoment() });
  return row!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Bestuur');
  B = await t.organisation('Zorggroep Elders');
  first = await programmeWithTeam(A, 'Phishing melden');
  second = await startProgramme(A.as.coordinator, 'Schermen vergrendelen');
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

  theirs = await startProgramme(B.as.coordinator, 'Wachtwoorden delen');
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
    const line = [
      { date: '2026-12-01', value: 12 },
      { date: '2027-01-10', value: 20 },
      { date: '2027-02-10', value: 40 },
      { date: '2027-02-10', value: 30 },
    ];
    expect(p.kpis).toEqual([
      {
        id: expect.any(String),
        name: 'Meldpercentage phishing',
        unit: '%',
        direction: 'increase',
        baseline: 10,
        target: 50,
        targetDate: '2027-12-31',
        latest: { date: '2027-02-10', value: 30 },
        status: 'onTrack',
        points: line,
      },
      {
        id: expect.any(String),
        name: 'Klikpercentage',
        unit: '%',
        direction: 'decrease',
        baseline: 30,
        target: 10,
        targetDate: '2027-12-31',
        latest: { date: '2027-02-01', value: 8 },
        status: 'reached',
        points: [{ date: '2027-02-01', value: 8 }],
      },
      {
        id: expect.any(String),
        name: 'Datalekmeldingen',
        unit: '%',
        direction: 'increase',
        baseline: null,
        target: null,
        targetDate: '2027-12-31',
        latest: null,
        status: 'noData',
        points: [],
      },
    ]);
  });

  it('gives each programme one status with its reasons, the most pressing first', async () => {
    // Step 3 with a check-in ahead: the overdue actions, the sub-steps of step 2 left behind and the open decision.
    expect((await card(first)).standing).toEqual({
      status: 'needsAttention',
      reasons: [
        { code: 'overdueActions', count: 2 },
        { code: 'openBehind', keys: ['2.1', '2.2', '2.3'] },
        { code: 'openDecisions', count: 1 },
      ],
    });
    // Archived: no longer followed, so no status at all.
    expect((await card(second)).standing).toBeNull();
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
    expect(board.programmes[0]).toMatchObject({
      actions: { total: 1, overdue: 1 },
      attention: { overdueActions: 1, openDecisions: 0 },
      kpis: [],
      anchoring: { total: 0 },
    });
    for (const id of [first, second]) expect(JSON.stringify(board)).not.toContain(id);
  });

  it('is closed to anyone not logged in', async () => {
    expect((await t.client().get('/api/dashboard')).status).toBe(401);
  });
});

describe("the breach register's figures", () => {
  const HOUR = 3_600_000;
  /** The newest month the board sees: last month, or in the first three days of a month the one before (core lastSettledMonth). */
  const lastMonth = lastSettledMonth(new Date());
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  /** The moment the organisation knew of each breach of that month: the 10th, at noon in Amsterdam. */
  const aware = fromAmsterdamWallClock({ year, month, day: 10, hour: 12, minute: 0 });
  const afterAware = (hours: number) => new Date(aware.getTime() + hours * HOUR);
  const longAgo = new Date(Date.now() - 400 * 24 * HOUR);
  let C: TestOrganisation;
  let programme: string;

  const REPORT = handoverListReport({ dataKinds: ['health'], peopleBand: 'upTo10', department: 'Afdeling Geheim' });
  /** A decision on the breach, taken `hours` after the organisation knew (moved back in the database). */
  const decide = async (id: string, notifyAp: boolean, hours: number) => {
    const reply = await C.as.privacy.post(`/api/breaches/${id}/decisions`, {
      notifyAp,
      informSubjects: false,
      reasoning: 'Afgewogen op de feiten van dat moment.',
    });
    expect(reply.status).toBe(201);
    await t.database.db
      .update(breachDecisions)
      .set({ decidedAt: afterAware(hours) })
      .where(eq(breachDecisions.id, reply.body.id));
  };
  const moveBack = (id: string, moments: Partial<Record<'reportedAt' | 'awareAt' | 'apNotifiedAt', Date>>) =>
    t.database.db.update(breaches).set(moments).where(eq(breaches.id, id));
  /** A breach reported last month, an hour after the organisation knew. */
  const reportedLastMonth = async () => {
    const id = await reportBreach(t, C, REPORT);
    await moveBack(id, { reportedAt: afterAware(1), awareAt: aware });
    return id;
  };
  const figures = async (who: keyof TestOrganisation['as'], org = C) => (await dashboard(who, org)).breaches;

  beforeAll(async () => {
    C = await t.organisation('Zorggroep Cijfers');
    // Last month, each against AVG art. 33(1): what counts is the notification itself, or a decision not to notify.
    const quickDecisionLateNotice = await reportedLastMonth();
    await decide(quickDecisionLateNotice, true, 2);
    await moveBack(quickDecisionLateNotice, { apNotifiedAt: afterAware(240) });
    const notifiedInTime = await reportedLastMonth();
    await decide(notifiedInTime, true, 2);
    await moveBack(notifiedInTime, { apNotifiedAt: afterAware(70) });
    const changedToNotify = await reportedLastMonth();
    await decide(changedToNotify, false, 2);
    await decide(changedToNotify, true, 100);
    await moveBack(changedToNotify, { apNotifiedAt: afterAware(110) });
    const notNotifying = await reportedLastMonth();
    await decide(notNotifying, false, 5);
    await reportedLastMonth(); // never decided
    // Over a year ago, never decided: outside the twelve months.
    const old = await reportBreach(t, C, REPORT);
    await moveBack(old, { reportedAt: longAgo, awareAt: longAgo });

    programme = await startProgramme(C.as.coordinator, 'Sneller melden');
    const kpi = await C.as.coordinator.post(
      `/api/programmes/${programme}/kpis`,
      kpiInput({ name: 'Binnen 72 uur afgehandeld', indicator: 'breachHandledInTime', baseline: 50, baselineDate: null, target: 90, targetDate: null }),
    );
    expect(kpi.status, JSON.stringify(kpi.body)).toBe(201);
  });

  it('count per month over the last twelve settled months: reports, handled within the 72 hours or not, and AP notifications', async () => {
    const { months, total } = (await figures('viewer'))!;
    expect(months.map((m: { month: string }) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => shiftMonth(lastMonth, i - 11)));
    // In time: notified at 70 hours, and "do not notify" at 5. Late: a quick decision to notify with the
    // notification at 240 hours, "do not notify" changed to "notify" with the notification at 110, and no decision.
    expect(months.at(-1)).toEqual({ month: lastMonth, reports: 5, inTime: 2, late: 3, apNotified: 3 });
    expect(total).toEqual({ reports: 5, inTime: 2, late: 3, apNotified: 3 });
  });

  it('leave the month in progress out, so a new report does not show on the board until its month is over', async () => {
    const before = await figures('viewer');
    await reportBreach(t, C, REPORT);
    expect(await figures('viewer')).toEqual(before);
    expect(JSON.stringify(before)).not.toContain('pending');
  });

  it('hold counts only, nothing of a single breach', async () => {
    const shown = JSON.stringify(await figures('viewer'));
    for (const secret of [REPORT.department, REPORT.whatHappened, 'emailWrongRecipient']) expect(shown).not.toContain(secret);
  });

  it('are for every role that may read or work on a programme: the board, admins, privacy officers, leads and core-team members', async () => {
    const board = await figures('viewer');
    for (const who of ['admin', 'privacy', 'coordinator', 'member'] as const) expect(await figures(who), who).toEqual(board);
  });

  it("never count another organisation's breaches", async () => {
    const { total } = (await figures('viewer', A))!;
    expect(total).toEqual({ reports: 0, inTime: 0, late: 0, apNotified: 0 });
  });

  it('feed the KPI "handled within 72 hours": a percentage per complete month, the same line on the dashboard', async () => {
    const [kpi] = (await C.as.coordinator.get(`/api/programmes/${programme}/kpis`)).body.kpis;
    const points = (kpi.measurements as { date: string; value: number; source: string }[]).map(({ date, value, source }) => ({ date, value, source }));
    // A month with nothing to count gives no point; this month is not complete yet.
    expect(points).toEqual([
      { date: `${monthOf(longAgo)}-01`, value: 0, source: 'breaches' },
      { date: `${lastMonth}-01`, value: 40, source: 'breaches' },
    ]);
    const onBoard = (await dashboard('viewer', C)).programmes.find((p) => p.id === programme);
    expect(onBoard.kpis[0]).toMatchObject({ latest: { date: `${lastMonth}-01`, value: 40 }, points: points.map(({ date, value }) => ({ date, value })) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationDeadline } from '#core/breach/deadline.js';
import { boardFigureMonths, lastSettledMonth, monthOf, monthsBetween, shareInTime, sumFigures, type MonthFigures } from '#core/breach/statistics.js';
import { loadDemo } from '#server/modules/setup/demo.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The demo's breach register (setup/demo-breaches.ts) over HTTP: a year of breaches loaded through
 * the services and dated back, so the board member sees real figures that add up, the privacy
 * officer a register whose moments follow each other, the KPI "binnen 72 uur" the register's own
 * months, and nobody else a single breach. The months shown come from the core (boardFigureMonths),
 * so the assertions hold whichever month is the last settled one.
 */

let t: TestApp;
let password: string;
const login = (who: 'beheerder' | 'trajectleider' | 'kernteamlid' | 'bestuurder') => t.client().login(`${who}@demo.wegwijs.invalid`, password);

interface ListedBreach {
  id: string;
  reference: string;
  status: string;
  reportedAt: string;
}

beforeAll(async () => {
  t = await startTestApp();
  password = (await loadDemo(t.database.db, t.services))!.password;
});
afterAll(() => t.close());

describe('the demo breach register on the board dashboard', () => {
  let figures: { months: MonthFigures[]; total: Omit<MonthFigures, 'month'> };
  beforeAll(async () => {
    figures = (await (await login('bestuurder')).get('/api/dashboard')).body.breaches;
  });

  it('shows the board the settled months only, the current month left out', () => {
    const { from, to } = boardFigureMonths(new Date());
    expect(figures.months.map((m) => m.month)).toEqual(monthsBetween(from, to));
    expect(to < monthOf(new Date())).toBe(true);
  });

  it('has reports in (nearly) every month, some to the AP, and totals that add up to the register in those months', async () => {
    const { months, total } = figures;
    expect(months.filter((m) => m.reports > 0).length).toBeGreaterThanOrEqual(months.length - 1);
    expect(total).toEqual(sumFigures(months));
    expect(total.reports).toBeGreaterThanOrEqual(20);
    expect(total.apNotified).toBeGreaterThan(0);
    // Settled months have no clock running: every report is in time or late.
    for (const m of months) expect(m.inTime + m.late, m.month).toBe(m.reports);

    const { from, to } = boardFigureMonths(new Date());
    const register = (await (await login('trajectleider')).get(`/api/breaches?from=${from}&to=${to}&limit=200`)).body;
    expect(register.total).toBe(total.reports);
  });

  it('tells the programme’s story: a larger share handled within 72 hours in the last half-year than in the first', () => {
    const half = figures.months.length / 2;
    const first = shareInTime(sumFigures(figures.months.slice(0, half)))!;
    const last = shareInTime(sumFigures(figures.months.slice(half)))!;
    expect(first).toBeLessThan(0.55);
    expect(last).toBeGreaterThan(first + 0.1);
  });
});

describe('the demo KPI "Datalekken binnen 72 uur afgehandeld"', () => {
  it('takes its line from the register alone, month by month as the board sees it, with its 0-meting from the register too', async () => {
    const viewer = await login('bestuurder');
    const { months } = (await viewer.get('/api/dashboard')).body.breaches as { months: MonthFigures[] };
    const [programme] = (await viewer.get('/api/programmes')).body.programmes;
    const { kpis } = (await viewer.get(`/api/programmes/${programme.id}/kpis`)).body;
    const kpi = kpis.find((k: { indicator: string | null }) => k.indicator === 'breachHandledInTime');
    const points = kpi.measurements as { date: string; value: number; source: string }[];
    expect(points.every((p) => p.source === 'breaches')).toBe(true);
    expect(points.at(-1)!.date).toBe(`${lastSettledMonth(new Date())}-01`);
    const percent = (m: MonthFigures) => Math.round(shareInTime(m)! * 1000) / 10;
    for (const m of months) expect(points.find((p) => p.date === `${m.month}-01`)?.value, m.month).toBe(percent(m));

    // The 0-meting: the register's share over the months before its day.
    const before = months.filter((m) => m.month < kpi.baselineDate.slice(0, 7));
    expect(kpi.baseline).toBe(Math.round(shareInTime(sumFigures(before))! * 1000) / 10);
    expect(kpi.baseline).toBeLessThan(points.at(-1)!.value);
    expect(kpi.progress.status).toBe('onTrack');
  });

  it('gives the measurement worksheet its 1-meting from the register’s last settled month', async () => {
    const lead = await login('trajectleider');
    const [programme] = (await lead.get('/api/programmes')).body.programmes;
    const plan = (await lead.get(`/api/programmes/${programme.id}/measurement-plan`)).body;
    expect(plan.track.followUp).toMatchObject({ date: `${lastSettledMonth(new Date())}-01`, source: 'breaches' });
    expect(plan.suggestion).toMatchObject({ decision: 'strengthen', reason: 'improvedNotReached' });
  });
});

describe('the demo breach register for the privacy officer', () => {
  let breaches: ListedBreach[];
  beforeAll(async () => {
    breaches = (await (await login('trajectleider')).get('/api/breaches?limit=200')).body.breaches;
  });

  it('lists every breach to the privacy officer and the admin, and not one to the core team or the board', async () => {
    expect(breaches.length).toBeGreaterThanOrEqual(22);
    const admin = (await (await login('beheerder')).get('/api/breaches?limit=200')).body;
    expect(admin.total).toBe(breaches.length);
    for (const who of ['kernteamlid', 'bestuurder'] as const) {
      const client = await login(who);
      expect((await client.get('/api/breaches')).status, who).toBe(403);
      expect((await client.get(`/api/breaches/${breaches[0]!.id}`)).status, who).toBe(403);
      expect((await client.get('/api/breaches/statistics')).status, who).toBe(403);
    }
  });

  it('numbers them per year of report, in the order they came in', () => {
    const oldestFirst = [...breaches].reverse();
    const counted = new Map<string, number>();
    for (const b of oldestFirst) {
      const year = monthOf(new Date(b.reportedAt)).slice(0, 4);
      counted.set(year, (counted.get(year) ?? 0) + 1);
      expect(b.reference).toBe(`DL-${year}-${String(counted.get(year)).padStart(4, '0')}`);
    }
  });

  it('has moments that follow each other and none to come: aware, advised, decided, AP notified, closed', async () => {
    const officer = await login('trajectleider');
    const now = Date.now();
    const at = (value: string | null) => (value === null ? null : Date.parse(value));
    let late = 0;
    for (const { id } of breaches) {
      const { breach, decisions } = (await officer.get(`/api/breaches/${id}`)).body;
      const [aware, reported, confirmed] = [at(breach.awareAt), at(breach.reportedAt), at(breach.awareConfirmedAt)];
      const [notified, closed] = [at(breach.apNotifiedAt), at(breach.closedAt)];
      expect(aware! <= reported! && reported! <= confirmed! && confirmed! <= now, breach.reference).toBe(true);
      const decided = decisions.length > 0 ? at(decisions.at(-1).decidedAt)! : null;
      if (decided !== null) {
        expect(Date.parse(decisions.at(-1).fgAdvice.at) <= decided && confirmed! <= decided && decided <= now, breach.reference).toBe(true);
      }
      if (notified !== null) {
        expect(decided! <= notified && notified <= now, breach.reference).toBe(true);
        if (notified > notificationDeadline(new Date(aware!)).getTime()) {
          late += 1;
          expect(breach.lateReason, breach.reference).toBeTruthy();
        }
      }
      if (closed !== null) expect(Math.max(decided!, notified ?? 0) <= closed && closed <= now, breach.reference).toBe(true);
    }
    // Some went to the AP too late, with their reason; the story needs them.
    expect(late).toBeGreaterThan(0);
  });

  it('has a few reports this month, from the last days only, one still being assessed with its clock running', async () => {
    const thisMonth = breaches.filter((b) => monthOf(new Date(b.reportedAt)) === monthOf(new Date()));
    expect(thisMonth.length).toBeGreaterThanOrEqual(1);
    for (const b of thisMonth) expect(Date.now() - Date.parse(b.reportedAt)).toBeLessThan(3 * 24 * 3_600_000);
    const open = (await (await login('trajectleider')).get('/api/breaches/open')).body.breaches;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ status: 'triage', deadline: { running: true, state: 'open' } });
    expect(thisMonth.map((b) => b.id)).toContain(open[0].id);
  });
});

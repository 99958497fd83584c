import { amsterdamWallClock, fromAmsterdamWallClock, notificationDeadline, notifiedLate } from './deadline.js';
import type { IncidentKind } from './report.js';
import type { BreachStatus } from './workflow.js';

/**
 * Counts over the register: per month (Amsterdam calendar), incident kind, department and status.
 * The monthly counts are also the built-in KPI "breachReports" (step 6): more reports of
 * (near-)breaches usually means staff recognise and report them, which is what a programme wants.
 * Below them the figures the board follows: per month, the share handled within the 72 hours and
 * the AP notifications; the share also feeds the built-in KPI "breachHandledInTime".
 */

/** What the statistics need of one breach. */
export interface BreachStatRow {
  reportedAt: Date;
  /** As the reporter chose it; '' when not given. */
  department: string;
  /** The register's incident kind, else the report's. */
  kind: IncidentKind;
  status: BreachStatus;
}

/** A calendar month, "2026-03". */
export type Month = string;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string): value is Month => MONTH.test(value);

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

/** The Amsterdam calendar month a moment falls in. */
export function monthOf(at: Date): Month {
  const { year, month } = amsterdamWallClock(at);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The first moment of an Amsterdam calendar month. */
export function startOfMonth(month: Month): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return fromAmsterdamWallClock({ year, month: m, day: 1, hour: 0, minute: 0 });
}

/** The month `by` months after `month` (before it when negative). */
export function shiftMonth(month: Month, by: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > to) break;
    months.push(m);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Counts per key, largest first; equal counts in key order, so the result is stable. */
export function countBy<K extends string>(rows: readonly BreachStatRow[], keyOf: (row: BreachStatRow) => K): Count<K>[] {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const key = keyOf(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Reports per month over a continuous range, months without reports included (a zero is data).
 * Without a range it runs from the first to the last month with a report.
 */
export function countsPerMonth(rows: readonly BreachStatRow[], range?: { from: Month; to: Month }): Count<Month>[] {
  const counts = new Map(countBy(rows, (r) => monthOf(r.reportedAt)).map((c) => [c.key, c.count]));
  const present = [...counts.keys()].sort();
  const from = range?.from ?? present[0];
  const to = range?.to ?? present.at(-1);
  if (!from || !to) return [];
  return monthsBetween(from, to).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

export interface BreachStatistics {
  total: number;
  perMonth: Count<Month>[];
  perKind: Count<IncidentKind>[];
  /** '' stands for "no department given". */
  perDepartment: Count[];
  perStatus: Count<BreachStatus>[];
}

/** All statistics of the register (optionally over a range of months, both included). */
export function breachStatistics(rows: readonly BreachStatRow[], range?: { from: Month; to: Month }): BreachStatistics {
  const within = (month: Month) => !range || (month >= range.from && month <= range.to);
  const inRange = rows.filter((r) => within(monthOf(r.reportedAt)));
  return {
    total: inRange.length,
    perMonth: countsPerMonth(inRange, range),
    perKind: countBy(inRange, (r) => r.kind),
    perDepartment: countBy(inRange, (r) => r.department.trim()),
    perStatus: countBy(inRange, (r) => r.status),
  };
}

/**
 * The KPI "breachReports" as measurements: one per month, dated the first day of the month. Pass
 * the last complete month as `to`, so a month in progress does not look like a drop.
 */
export function breachReportsSeries(rows: readonly BreachStatRow[], range: { from: Month; to: Month }): { date: string; value: number }[] {
  return countsPerMonth(rows, range).map((c) => ({ date: `${c.key}-01`, value: c.count }));
}

/** What the 72-hour figures need of one breach. */
export interface BreachClockRow {
  reportedAt: Date;
  awareAt: Date;
  /** The current (latest) notification decision; null while there is none. */
  decision: { notifyAp: boolean; decidedAt: Date } | null;
  apNotifiedAt: Date | null;
}

/** inTime: handled within the 72 hours (see handlingTiming); late: the 72 hours passed without that; pending: they still run. */
export type HandlingTiming = 'inTime' | 'late' | 'pending';

/**
 * Where one breach stands against the 72 hours at `now`. AVG art. 33 lid 1 asks for the notification
 * itself within 72 hours after the organisation became aware (awareAt), so a quick decision to
 * notify does not count, nor does an early "do not notify" that was later changed. Handled in time:
 * (a) the AP was notified by the deadline (a later change of mind does not undo that), or (b) the
 * current decision is not to notify and it was taken by the deadline.
 * Exactly at the deadline is in time, as in deadline.ts. Otherwise late once the deadline passed, and
 * pending before that: counting a running clock either way would be guessing.
 */
export function handlingTiming(row: Pick<BreachClockRow, 'awareAt' | 'decision' | 'apNotifiedAt'>, now: Date): HandlingTiming {
  const deadline = notificationDeadline(row.awareAt).getTime();
  const { decision, apNotifiedAt } = row;
  // A notification made in time stays in time, whatever a later decision says.
  const notifiedInTime = apNotifiedAt !== null && !notifiedLate(row.awareAt, apNotifiedAt);
  const declinedInTime = decision !== null && !decision.notifyAp && decision.decidedAt.getTime() <= deadline;
  const handled = notifiedInTime || declinedInTime;
  if (handled) return 'inTime';
  return now.getTime() > deadline ? 'late' : 'pending';
}

/**
 * The breaches reported in one month: how many, how many were handled within the 72 hours or not,
 * and how many went to the AP. Pending ones count as reports only: the board is shown no running
 * clocks, which could tie a fresh report to an event a board member saw.
 */
export interface MonthFigures extends Record<Exclude<HandlingTiming, 'pending'>, number> {
  month: Month;
  reports: number;
  /** Of the month's reports, how many the AP was notified of. */
  apNotified: number;
}

/**
 * The figures per month of report (Amsterdam calendar), months without reports included. One
 * month's row is one group of breaches, so its share handled in time and its AP notifications are
 * of the reports in that row.
 */
export function monthFigures(rows: readonly BreachClockRow[], range: { from: Month; to: Month }, now: Date): MonthFigures[] {
  const figures = new Map(
    monthsBetween(range.from, range.to).map((month): [Month, MonthFigures] => [month, { month, reports: 0, inTime: 0, late: 0, apNotified: 0 }]),
  );
  for (const row of rows) {
    const month = figures.get(monthOf(row.reportedAt));
    if (!month) continue;
    month.reports += 1;
    const timing = handlingTiming(row, now);
    if (timing !== 'pending') month[timing] += 1;
    if (row.apNotifiedAt) month.apNotified += 1;
  }
  return [...figures.values()];
}

/** The figures of several months together. */
export function sumFigures(months: readonly MonthFigures[]): Omit<MonthFigures, 'month'> {
  const sum = { reports: 0, inTime: 0, late: 0, apNotified: 0 };
  for (const m of months) for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += m[key];
  return sum;
}

/** The share handled in time of the breaches whose timing is known (pending ones left out); null when there are none. */
export function shareInTime({ inTime, late }: Pick<MonthFigures, 'inTime' | 'late'>): number | null {
  return inTime + late === 0 ? null : inTime / (inTime + late);
}

/**
 * The KPI "breachHandledInTime" as measurements: per month the percentage (one decimal) handled in
 * time, dated the first day of the month; a month without a known timing gives no point (no
 * breaches is no 0 %). Pass the last complete month as `to`, as for breachReportsSeries.
 */
export function breachHandledInTimeSeries(rows: readonly BreachClockRow[], range: { from: Month; to: Month }, now: Date): { date: string; value: number }[] {
  return monthFigures(rows, range, now).flatMap((m) => {
    const share = shareInTime(m);
    return share === null ? [] : [{ date: `${m.month}-01`, value: Math.round(share * 1000) / 10 }];
  });
}

/** How many months the board sees the register's figures for. */
export const BOARD_FIGURE_MONTHS = 12;

/**
 * The last month whose 72-hour figures are settled at `now`. A breach reported at a month's last
 * moment has its 72 hours (AVG art. 33(1)) until 72 hours after the month ends; only then is every
 * breach of the month handled in time or late. Before that, a month's reports minus those handled in
 * time and those late would be the clocks still running, a number that changes as each is decided:
 * a running clock by the back door, which could tie a fresh report to an event a board member saw.
 * So a month counts from 72 hours after its end (in the first three days of a month, the month
 * before the last). What can still move a settled month's figures, each revealing the date of a
 * decision or notification, never who reported: an officer who moves the moment of awareness past
 * the month's end (awareness.ts, with a reason), which gives that breach a clock that may still run;
 * an AP notification recorded later with an earlier date (late becomes in time); a "do not notify"
 * decision changed months later (in time becomes late); a late notification (AP count goes up).
 * Judging each month as its facts stood when it settled would need the decision history.
 */
export function lastSettledMonth(now: Date): Month {
  const current = monthOf(now);
  const settled = now.getTime() >= notificationDeadline(startOfMonth(current)).getTime();
  return shiftMonth(current, settled ? -1 : -2);
}

/** The months the board sees the register's figures for: the last BOARD_FIGURE_MONTHS settled ones. */
export function boardFigureMonths(now: Date): { from: Month; to: Month } {
  const to = lastSettledMonth(now);
  return { from: shiftMonth(to, 1 - BOARD_FIGURE_MONTHS), to };
}

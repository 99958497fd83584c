import { amsterdamWallClock } from './deadline.js';
import type { IncidentKind } from './report.js';
import type { BreachStatus } from './workflow.js';

/**
 * Counts over the register: per month (Amsterdam calendar), incident kind, department and status.
 * The monthly counts are also the built-in KPI "breachReports" (step 6): more reports of
 * (near-)breaches usually means staff recognise and report them, which is what a programme wants.
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

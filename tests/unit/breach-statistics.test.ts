import { describe, expect, it } from 'vitest';
import { breachReportsSeries, breachStatistics, countsPerMonth, monthOf, monthsBetween, type BreachStatRow } from '../../src/core/breach/statistics.js';

const row = (reportedAt: string, department: string, kind: BreachStatRow['kind'], status: BreachStatRow['status'] = 'closed'): BreachStatRow => ({
  reportedAt: new Date(reportedAt),
  department,
  kind,
  status,
});

const rows = [
  row('2026-01-10T10:00:00Z', 'Kliniek', 'emailWrongRecipient'),
  row('2026-01-31T23:30:00Z', 'Kliniek', 'lostOrStolen'), // 1 February in Amsterdam
  row('2026-03-02T09:00:00Z', 'Polikliniek', 'emailWrongRecipient', 'triage'),
  row('2026-03-20T09:00:00Z', '', 'emailWrongRecipient', 'reported'),
];

describe('breach statistics', () => {
  it('count in Amsterdam calendar months', () => {
    expect(monthOf(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01');
    expect(monthOf(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02');
    expect(monthOf(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
  });

  it('list months over a year boundary', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('give a continuous monthly series with zeros', () => {
    expect(countsPerMonth(rows)).toEqual([
      { key: '2026-01', count: 1 },
      { key: '2026-02', count: 1 },
      { key: '2026-03', count: 2 },
    ]);
    expect(countsPerMonth([], { from: '2026-01', to: '2026-02' })).toEqual([
      { key: '2026-01', count: 0 },
      { key: '2026-02', count: 0 },
    ]);
    expect(countsPerMonth([])).toEqual([]);
  });

  it('count per kind, department and status, largest first', () => {
    const stats = breachStatistics(rows);
    expect(stats.total).toBe(4);
    expect(stats.perKind).toEqual([
      { key: 'emailWrongRecipient', count: 3 },
      { key: 'lostOrStolen', count: 1 },
    ]);
    expect(stats.perDepartment).toEqual([
      { key: 'Kliniek', count: 2 },
      { key: '', count: 1 },
      { key: 'Polikliniek', count: 1 },
    ]);
    expect(stats.perStatus[0]).toEqual({ key: 'closed', count: 2 });
  });

  it('limit to a range of months', () => {
    const stats = breachStatistics(rows, { from: '2026-02', to: '2026-04' });
    expect(stats.total).toBe(3);
    expect(stats.perMonth.map((m) => m.count)).toEqual([1, 2, 0]);
  });

  it('feed the KPI "breachReports" with one measurement per month', () => {
    expect(breachReportsSeries(rows, { from: '2025-12', to: '2026-02' })).toEqual([
      { date: '2025-12-01', value: 0 },
      { date: '2026-01-01', value: 1 },
      { date: '2026-02-01', value: 1 },
    ]);
  });
});

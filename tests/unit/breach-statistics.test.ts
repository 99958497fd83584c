import { describe, expect, it } from 'vitest';
import {
  boardFigureMonths,
  breachHandledInTimeSeries,
  breachReportsSeries,
  breachStatistics,
  countsPerMonth,
  handlingTiming,
  lastSettledMonth,
  monthFigures,
  monthOf,
  monthsBetween,
  shareInTime,
  shiftMonth,
  sumFigures,
  type BreachClockRow,
  type BreachStatRow,
} from '#core/breach/statistics.js';

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

  it('shift months over year boundaries', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', -11)).toBe('2025-04');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
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

const HOUR = 3_600_000;
/**
 * A breach the organisation knew of at `awareAt`, reported an hour later. Its current decision (to
 * notify or not) was taken `decidedAfter` hours after awareAt, the AP notified `notifiedAfter` hours
 * after it; left out, there is none.
 */
const clock = (awareAt: string, facts: { notify?: boolean; decidedAfter?: number; notifiedAfter?: number } = {}): BreachClockRow => {
  const aware = new Date(awareAt);
  const at = (hours: number | undefined) => (hours === undefined ? null : new Date(aware.getTime() + hours * HOUR));
  const decidedAt = at(facts.decidedAfter);
  return {
    awareAt: aware,
    reportedAt: new Date(aware.getTime() + HOUR),
    decision: decidedAt ? { notifyAp: facts.notify ?? false, decidedAt } : null,
    apNotifiedAt: at(facts.notifiedAfter),
  };
};
const notified = (decidedAfter: number, notifiedAfter?: number) => ({ notify: true, decidedAfter, notifiedAfter });
const notNotified = (decidedAfter: number) => ({ notify: false, decidedAfter });

describe('the 72 hours the board follows: handled in time or not', () => {
  const aware = '2026-03-02T09:00:00Z';
  const after = (hours: number) => new Date(Date.parse(aware) + hours * HOUR);
  const MS = 1 / HOUR;
  const timing = (facts: Parameters<typeof clock>[1], now: number) => handlingTiming(clock(aware, facts), after(now));

  it('a decision to notify is in time once the AP was notified by the deadline, at the 72nd hour included', () => {
    expect(timing(notified(2, 30), 40)).toBe('inTime');
    expect(timing(notified(2, 70), 500)).toBe('inTime');
    expect(timing(notified(2, 72), 500)).toBe('inTime');
    expect(timing(notified(2, 72 + MS), 500)).toBe('late');
  });

  it('a quick decision to notify does not count: notifying the AP at 240 hours is late', () => {
    expect(timing(notified(2, 240), 500)).toBe('late');
  });

  it('a decision to notify without a notification is pending while the 72 hours run, and late after them', () => {
    expect(timing(notified(2), 10)).toBe('pending');
    expect(timing(notified(2), 72)).toBe('pending');
    expect(timing(notified(2), 72 + MS)).toBe('late');
  });

  it('a decision not to notify is in time when taken by the deadline, at the 72nd hour included', () => {
    expect(timing(notNotified(5), 10)).toBe('inTime');
    expect(timing(notNotified(72), 500)).toBe('inTime');
    expect(timing(notNotified(72 + MS), 500)).toBe('late');
  });

  it('a quick "do not notify" later changed to "notify" counts as the current decision: in time only if the AP was notified by the deadline', () => {
    // The current decision is the later one, to notify, taken at 100 hours (the register keeps the 2-hour one too).
    expect(timing(notified(100, 110), 500)).toBe('late');
    expect(timing(notified(100), 500)).toBe('late');
    expect(timing(notified(40, 60), 500)).toBe('inTime');
  });

  it('a notification made in time stays in time when the decision is later changed to "do not notify"', () => {
    expect(timing({ notify: false, decidedAfter: 200, notifiedAfter: 50 }, 500)).toBe('inTime');
  });

  it('no decision at all is pending while the 72 hours run, late once they passed', () => {
    expect(timing({}, 10)).toBe('pending');
    expect(timing({}, 72)).toBe('pending');
    expect(timing({}, 72 + MS)).toBe('late');
  });

  it('count per month of report, in Amsterdam time, months without reports included; a running clock counts as a report only', () => {
    const lateMarch: BreachClockRow = { ...clock('2026-03-31T21:00:00Z', notNotified(2)), reportedAt: new Date('2026-03-31T22:30:00Z') }; // 1 April, 00:30 in Amsterdam (summer time)
    const lastOfMarch: BreachClockRow = { ...clock('2026-03-31T20:00:00Z', notNotified(2)), reportedAt: new Date('2026-03-31T21:59:00Z') }; // 23:59 in Amsterdam
    const rows = [
      clock(aware, notified(5, 70)),
      clock('2026-03-10T09:00:00Z', notified(5, 80)),
      clock('2026-03-30T09:00:00Z'),
      lastOfMarch,
      lateMarch,
      clock('2026-04-01T09:00:00Z'),
    ];
    const now = new Date('2026-04-02T09:01:00Z'); // the undecided breach of 30 March is just past its 72 hours; the one of 1 April is not
    expect(monthFigures(rows, { from: '2026-02', to: '2026-04' }, now)).toEqual([
      { month: '2026-02', reports: 0, inTime: 0, late: 0, apNotified: 0 },
      { month: '2026-03', reports: 4, inTime: 2, late: 2, apNotified: 2 },
      { month: '2026-04', reports: 2, inTime: 1, late: 0, apNotified: 0 },
    ]);
  });

  it('leave out reports outside the range, and add months up', () => {
    const months = monthFigures(
      [clock('2025-12-01T09:00:00Z', notNotified(1)), clock(aware, notNotified(1)), clock(aware)],
      { from: '2026-03', to: '2026-03' },
      after(1),
    );
    expect(months).toEqual([{ month: '2026-03', reports: 2, inTime: 1, late: 0, apNotified: 0 }]);
    expect(sumFigures([...months, ...months])).toEqual({ reports: 4, inTime: 2, late: 0, apNotified: 0 });
  });

  it('share: of those whose timing is known; none known is no share, not 0', () => {
    expect(shareInTime({ inTime: 3, late: 1 })).toBe(0.75);
    expect(shareInTime({ inTime: 0, late: 2 })).toBe(0);
    expect(shareInTime({ inTime: 0, late: 0 })).toBeNull();
  });

  it('feed the KPI "breachHandledInTime" with a percentage per month that has a known timing', () => {
    const rows = [
      clock('2026-01-05T09:00:00Z', notNotified(10)),
      clock('2026-01-06T09:00:00Z', notified(10, 20)),
      clock('2026-01-07T09:00:00Z', notified(10, 100)),
      clock('2026-03-05T09:00:00Z', notNotified(10)),
    ];
    expect(breachHandledInTimeSeries(rows, { from: '2026-01', to: '2026-03' }, new Date('2026-04-02T00:00:00Z'))).toEqual([
      { date: '2026-01-01', value: 66.7 },
      { date: '2026-03-01', value: 100 },
    ]);
  });
});

describe('the months the board sees: settled ones only', () => {
  it('a month counts from 72 hours after its end, in Amsterdam time, summer and winter', () => {
    // April begins at 2026-03-31T22:00Z (summer time), January 2027 at 2026-12-31T23:00Z (winter time).
    expect(lastSettledMonth(new Date('2026-04-02T10:00:00Z'))).toBe('2026-02');
    expect(lastSettledMonth(new Date('2026-04-03T21:59:59.999Z'))).toBe('2026-02');
    expect(lastSettledMonth(new Date('2026-04-03T22:00:00Z'))).toBe('2026-03');
    expect(lastSettledMonth(new Date('2026-04-30T12:00:00Z'))).toBe('2026-03');
    expect(lastSettledMonth(new Date('2027-01-03T22:59:59.999Z'))).toBe('2026-11');
    expect(lastSettledMonth(new Date('2027-01-03T23:00:00Z'))).toBe('2026-12');
  });

  it('are twelve, ending with the last settled one', () => {
    expect(boardFigureMonths(new Date('2026-04-02T10:00:00Z'))).toEqual({ from: '2025-03', to: '2026-02' });
    expect(boardFigureMonths(new Date('2026-04-10T10:00:00Z'))).toEqual({ from: '2025-04', to: '2026-03' });
  });

  it('show no running clock: every report in them is handled in time or late, hour by hour into the new month', () => {
    // Reported at March's last minute in Amsterdam and the day before, undecided, and one decided in time.
    const lastMinute: BreachClockRow = { ...clock('2026-03-31T21:00:00Z'), reportedAt: new Date('2026-03-31T21:59:00Z') };
    const rows = [lastMinute, clock('2026-03-30T12:00:00Z'), clock('2026-03-30T15:00:00Z', notNotified(30))];
    for (let now = Date.parse('2026-03-31T22:00:00Z'); now <= Date.parse('2026-04-06T00:00:00Z'); now += HOUR) {
      const figures = sumFigures(monthFigures(rows, boardFigureMonths(new Date(now)), new Date(now)));
      expect(figures.reports, new Date(now).toISOString()).toBe(figures.inTime + figures.late);
    }
  });
});

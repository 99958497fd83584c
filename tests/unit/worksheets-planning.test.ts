import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MEETING_INTERVAL_WEEKS,
  Planning,
  addDays,
  emptyPlanning,
  meetingDates,
  planningMissing,
  planningOverview,
  type Milestone,
} from '#core/worksheets/planning.js';

const milestone = (id: string, step: number, date: string | null, title = `Mijlpaal ${id}`): Milestone => ({ id, step, title, date });
const meetings = (patch: Partial<Planning['meetings']> = {}) => ({ ...emptyPlanning().meetings, ...patch });
const planning = (patch: Partial<Planning> = {}): Planning => ({ ...emptyPlanning(), ...patch });

describe('addDays', () => {
  // Run in the organisation's time zone, so a local-time implementation would trip over the clock changes.
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Amsterdam';
  });
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('runs in Europe/Amsterdam (sanity check of the set-up)', () => {
    expect(new Date(2026, 6, 1, 12).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 0, 1, 12).getTimezoneOffset()).toBe(-60);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-29', 7, '2027-01-05'],
    ['2027-01-05', -7, '2026-12-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    // Summer time starts on the last Sunday of March, ends on the last Sunday of October.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-22', 14, '2026-04-05'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-18', 14, '2026-11-01'],
    ['2027-03-27', 1, '2027-03-28'],
    ['2027-03-28', 1, '2027-03-29'],
    ['2027-03-21', 7, '2027-03-28'],
    ['2027-10-30', 1, '2027-10-31'],
    ['2027-10-31', 1, '2027-11-01'],
    ['2027-10-24', 14, '2027-11-07'],
    ['2027-11-01', -1, '2027-10-31'],
    ['2026-03-30', -1, '2026-03-29'],
  ])('%s + %i days = %s across a clock change', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('meetingDates keeps the weekday across both clock changes of 2026', () => {
    const dates = meetingDates(meetings({ firstDate: '2026-03-17', intervalWeeks: 2, count: 18 }));
    expect(dates.at(-1)).toBe('2026-11-10');
    expect(new Set(dates.map((d) => new Date(`${d}T12:00:00Z`).getUTCDay()))).toEqual(new Set([2]));
  });
});

describe('meetingDates', () => {
  it('starts with an interval of two weeks by default', () => {
    expect(DEFAULT_MEETING_INTERVAL_WEEKS).toBe(2);
    expect(emptyPlanning().meetings.intervalWeeks).toBe(2);
  });

  it('lists count dates, intervalWeeks apart, from the first date', () => {
    expect(meetingDates(meetings({ firstDate: '2026-03-17', intervalWeeks: 2, count: 4 }))).toEqual(['2026-03-17', '2026-03-31', '2026-04-14', '2026-04-28']);
    expect(meetingDates(meetings({ firstDate: '2026-12-16', intervalWeeks: 1, count: 3 }))).toEqual(['2026-12-16', '2026-12-23', '2026-12-30']);
    expect(meetingDates(meetings({ firstDate: '2026-10-01', intervalWeeks: 8, count: 2 }))).toEqual(['2026-10-01', '2026-11-26']);
  });

  it('has just the first date for a series of one', () => {
    expect(meetingDates(meetings({ firstDate: '2026-05-04', count: 1 }))).toEqual(['2026-05-04']);
  });

  it('has the default 12 meetings, the last 22 weeks after the first', () => {
    const dates = meetingDates(meetings({ firstDate: '2026-01-05' }));
    expect(dates).toHaveLength(12);
    expect(dates[11]).toBe('2026-06-08');
  });

  it('is empty without a first date', () => {
    expect(meetingDates(meetings({ firstDate: null, count: 5 }))).toEqual([]);
  });
});

describe('planningOverview', () => {
  const p = planning({
    milestones: [
      milestone('m3', 3, '2026-09-01'),
      milestone('m1', 1, '2026-03-01'),
      milestone('m2b', 2, '2026-06-01'),
      milestone('m2a', 1, '2026-06-01'),
      milestone('undated', 4, null),
    ],
    meetings: meetings({ firstDate: '2026-03-03', count: 3 }),
  });

  it('sorts dated milestones by date, then by step, and leaves undated ones out', () => {
    expect(planningOverview(p).milestones.map((m) => m.id)).toEqual(['m1', 'm2a', 'm2b', 'm3']);
  });

  it('lists steps without a dated milestone (an undated one does not count)', () => {
    expect(planningOverview(p).stepsWithoutDate).toEqual([4, 5, 6]);
    expect(planningOverview(emptyPlanning()).stepsWithoutDate).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives the date of the last meeting, or null without a first date', () => {
    expect(planningOverview(p).lastMeeting).toBe('2026-03-31');
    expect(planningOverview(emptyPlanning()).lastMeeting).toBeNull();
  });

  it('does not reorder the stored milestones', () => {
    planningOverview(p);
    expect(p.milestones.map((m) => m.id)).toEqual(['m3', 'm1', 'm2b', 'm2a', 'undated']);
  });
});

describe('planningMissing', () => {
  const allSteps = [1, 2, 3, 4, 5, 6].map((s) => milestone(`s${s}`, s, `2026-0${s}-15`));

  it('is complete with a dated milestone per step and a first meeting date', () => {
    expect(planningMissing(planning({ milestones: allSteps, meetings: meetings({ firstDate: '2026-01-06' }) }))).toEqual([]);
  });

  it('reports every step without a dated milestone and the first meeting date for the empty start', () => {
    expect(planningMissing(emptyPlanning())).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((step) => ({ code: 'stepWithoutMilestone', field: 'milestones', params: { step } })),
      { code: 'fieldRequired', field: 'meetings.firstDate' },
    ]);
  });

  it('reports a milestone without a title, with a 1-based number', () => {
    const milestones = [...allSteps.slice(0, 5), milestone('s6', 6, '2026-06-15', ' ')];
    expect(planningMissing(planning({ milestones, meetings: meetings({ firstDate: '2026-01-06' }) }))).toEqual([
      { code: 'milestoneTitle', field: 'milestones.5.title', params: { n: 6 } },
    ]);
  });

  it('reports a step whose only milestone has no date', () => {
    const milestones = [...allSteps.slice(0, 5), milestone('s6', 6, null)];
    expect(planningMissing(planning({ milestones, meetings: meetings({ firstDate: '2026-01-06' }) }))).toEqual([
      { code: 'stepWithoutMilestone', field: 'milestones', params: { step: 6 } },
    ]);
  });
});

describe('Planning schema', () => {
  const withTime = (startTime: string) => planning({ meetings: meetings({ startTime }) });
  const withDate = (date: string) => planning({ milestones: [milestone('m', 1, date)] });

  it('accepts the empty start', () => {
    expect(Planning.safeParse(emptyPlanning()).success).toBe(true);
  });

  it.each(['00:00', '09:30', '19:05', '23:59'])('accepts start time %s', (t) => {
    expect(Planning.safeParse(withTime(t)).success).toBe(true);
  });

  it.each(['24:00', '9:00', '09:60', '9:5', '09:30:00', '0930', ' 09:30', ''])('refuses start time "%s"', (t) => {
    const result = Planning.safeParse(withTime(t));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['meetings', 'startTime']);
  });

  it.each(['2026-02-28', '2028-02-29', '2000-02-29', '2026-04-30', '2026-12-31'])('accepts date %s', (d) => {
    expect(Planning.safeParse(withDate(d)).success).toBe(true);
  });

  // z.iso.date() checks the days of each month, leap years included.
  it.each(['2026-02-30', '2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-4-01', '2026-04-01T00:00:00Z', '01-04-2026'])(
    'refuses date "%s"',
    (d) => {
      const result = Planning.safeParse(withDate(d));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['milestones', 0, 'date']);
    },
  );

  it('refuses a bad first meeting date too', () => {
    expect(Planning.safeParse(planning({ meetings: meetings({ firstDate: '2026-02-30' }) })).success).toBe(false);
  });

  it('refuses steps outside 1–6 and meeting numbers outside their bounds', () => {
    expect(Planning.safeParse(planning({ milestones: [milestone('m', 0, null)] })).success).toBe(false);
    expect(Planning.safeParse(planning({ milestones: [milestone('m', 7, null)] })).success).toBe(false);
    expect(Planning.safeParse(planning({ meetings: meetings({ intervalWeeks: 0 }) })).success).toBe(false);
    expect(Planning.safeParse(planning({ meetings: meetings({ intervalWeeks: 9 }) })).success).toBe(false);
    expect(Planning.safeParse(planning({ meetings: meetings({ count: 0 }) })).success).toBe(false);
    expect(Planning.safeParse(planning({ meetings: meetings({ count: 105 }) })).success).toBe(false);
    expect(Planning.safeParse(planning({ meetings: meetings({ count: 104, intervalWeeks: 8, durationMinutes: 480 }) })).success).toBe(true);
    expect(Planning.safeParse(planning({ meetings: meetings({ durationMinutes: 14 }) })).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  amsterdamWallClock,
  deadlineAlerts,
  deadlineStatus,
  dueDeadlineAlert,
  fromAmsterdamWallClock,
  lateReasonMissing,
  notificationDeadline,
  notifiedLate,
} from '#core/breach/deadline.js';

const HOUR = 3_600_000;
const amsterdam = (year: number, month: number, day: number, hour: number, minute = 0) => fromAmsterdamWallClock({ year, month, day, hour, minute });
const wall = (at: Date) => {
  const c = amsterdamWallClock(at);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')} ${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')} +${c.offsetMinutes / 60}`;
};

describe('the 72-hour deadline across summer-time changes', () => {
  it('over the last Sunday of March 2026 (clocks forward) ends an hour later on the wall clock', () => {
    const aware = amsterdam(2026, 3, 28, 10);
    expect(aware.toISOString()).toBe('2026-03-28T09:00:00.000Z');
    const deadline = notificationDeadline(aware);
    expect(deadline.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(wall(deadline)).toBe('2026-03-31 11:00 +2');
    expect(deadline.getTime() - aware.getTime()).toBe(72 * HOUR);
  });

  it('over the last Sunday of October 2026 (clocks back) ends an hour earlier on the wall clock', () => {
    const aware = amsterdam(2026, 10, 24, 10);
    expect(aware.toISOString()).toBe('2026-10-24T08:00:00.000Z');
    const deadline = notificationDeadline(aware);
    expect(wall(deadline)).toBe('2026-10-27 09:00 +1');
    expect(deadline.getTime() - aware.getTime()).toBe(72 * HOUR);
  });

  it('over the last Sundays of March and October 2027 as well', () => {
    expect(wall(notificationDeadline(amsterdam(2027, 3, 27, 12)))).toBe('2027-03-30 13:00 +2');
    expect(wall(notificationDeadline(amsterdam(2027, 10, 30, 23, 30)))).toBe('2027-11-02 22:30 +1');
  });

  it('is the same wall-clock time three days later when no change falls in between', () => {
    expect(wall(notificationDeadline(amsterdam(2026, 7, 1, 9, 15)))).toBe('2026-07-04 09:15 +2');
    expect(wall(notificationDeadline(amsterdam(2026, 12, 30, 16)))).toBe('2027-01-02 16:00 +1');
  });

  it('starting inside the changeover night still counts 72 clock hours', () => {
    // 01:30 on 2026-03-29 is winter time; 03:30 the same night is summer time.
    expect(wall(notificationDeadline(amsterdam(2026, 3, 29, 1, 30)))).toBe('2026-04-01 02:30 +2');
    expect(wall(notificationDeadline(amsterdam(2026, 3, 29, 3, 30)))).toBe('2026-04-01 03:30 +2');
    // 2026-10-25 02:30 happens twice; the first (summer-time) one is taken.
    const twice = amsterdam(2026, 10, 25, 2, 30);
    expect(twice.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(wall(notificationDeadline(twice))).toBe('2026-10-28 01:30 +1');
  });
});

describe('Amsterdam wall clock', () => {
  it('reads moments on both sides of each change', () => {
    expect(wall(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29 01:59 +1');
    expect(wall(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29 03:00 +2');
    expect(wall(new Date('2026-10-25T00:59:00Z'))).toBe('2026-10-25 02:59 +2');
    expect(wall(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25 02:00 +1');
    expect(wall(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01 00:00 +1');
  });

  it('turns wall-clock times back into moments, both directions agreeing', () => {
    for (const iso of [
      '2026-03-28T09:00:00Z',
      '2026-03-31T09:00:00Z',
      '2026-10-24T08:00:00Z',
      '2026-10-27T08:00:00Z',
      '2027-03-28T01:00:00Z',
      '2027-10-31T01:30:00Z',
    ]) {
      const c = amsterdamWallClock(new Date(iso));
      expect(fromAmsterdamWallClock(c).toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  it('reads a time that does not exist (spring forward) an hour later', () => {
    expect(wall(amsterdam(2026, 3, 29, 2, 30))).toBe('2026-03-29 03:30 +2');
  });
});

describe('where the clock stands', () => {
  const aware = new Date('2026-05-04T08:00:00Z');
  const at = (hoursAfterAware: number) => new Date(aware.getTime() + hoursAfterAware * HOUR);

  it('is open with hours left, due soon at 24 h, urgent at 4 h and expired after 72 h', () => {
    expect(deadlineStatus(aware, at(1))).toMatchObject({ state: 'open', hoursLeft: 71 });
    expect(deadlineStatus(aware, at(47.9)).state).toBe('open');
    expect(deadlineStatus(aware, at(48)).state).toBe('dueSoon');
    expect(deadlineStatus(aware, at(68)).state).toBe('urgent');
    expect(deadlineStatus(aware, at(72)).state).toBe('urgent');
    expect(deadlineStatus(aware, at(72.01)).state).toBe('expired');
    expect(deadlineStatus(aware, at(80)).hoursLeft).toBe(-8);
  });

  it('once notified, says whether it was in time (exactly 72 h is in time)', () => {
    expect(deadlineStatus(aware, at(100), at(72)).state).toBe('notifiedInTime');
    expect(deadlineStatus(aware, at(100), at(72.5)).state).toBe('notifiedLate');
    expect(notifiedLate(aware, at(72))).toBe(false);
    expect(notifiedLate(aware, at(73))).toBe(true);
  });

  it('schedules the alerts 24 h and 4 h before the deadline, also across a change', () => {
    const alerts = deadlineAlerts(amsterdam(2026, 3, 28, 10));
    expect(alerts.map((a) => [a.hoursBefore, wall(a.at)])).toEqual([
      [24, '2026-03-30 11:00 +2'],
      [4, '2026-03-31 07:00 +2'],
    ]);
  });
});

describe('a late notification', () => {
  const aware = new Date('2026-05-04T08:00:00Z');
  const late = new Date('2026-05-08T08:00:00Z');

  it('requires a reason', () => {
    expect(lateReasonMissing(aware, late, null)).toEqual({ code: 'lateReasonRequired', field: 'lateReason' });
    expect(lateReasonMissing(aware, late, '   ')).not.toBeNull();
    expect(lateReasonMissing(aware, late, 'De melding kwam pas na het weekend binnen.')).toBeNull();
  });

  it('needs no reason in time or before notifying', () => {
    expect(lateReasonMissing(aware, new Date('2026-05-06T08:00:00Z'), null)).toBeNull();
    expect(lateReasonMissing(aware, null, null)).toBeNull();
  });
});

describe('which deadline alert is due', () => {
  const awareAt = new Date('2026-10-23T08:00:00Z');
  const at = (hoursAfterAware: number) => new Date(awareAt.getTime() + hoursAfterAware * 3_600_000);
  const open = { awareAt, apNotifiedAt: null, closed: false, notifyAp: null };

  it('says nothing before 24 hours are left, then the 24-hour alert, then the 4-hour one, and nothing after the deadline', () => {
    expect(dueDeadlineAlert(open, at(47.9))).toBeNull();
    expect(dueDeadlineAlert(open, at(48))).toEqual({ hoursBefore: 24 });
    expect(dueDeadlineAlert(open, at(67.9))).toEqual({ hoursBefore: 24 });
    expect(dueDeadlineAlert(open, at(68))).toEqual({ hoursBefore: 4 });
    expect(dueDeadlineAlert(open, at(72))).toBeNull();
  });

  it('counts clock hours across the end of summer time (25 October 2026)', () => {
    // 72 hours after Friday 10:00 summer time is Monday 09:00 winter time; the 4-hour alert at 05:00.
    expect(dueDeadlineAlert(open, new Date('2026-10-26T03:59:00Z'))).toEqual({ hoursBefore: 24 });
    expect(dueDeadlineAlert(open, new Date('2026-10-26T04:00:00Z'))).toEqual({ hoursBefore: 4 });
  });

  it('stays quiet once the AP is notified, the breach is closed, or the officer decided not to notify', () => {
    expect(dueDeadlineAlert({ ...open, apNotifiedAt: at(10) }, at(50))).toBeNull();
    expect(dueDeadlineAlert({ ...open, closed: true }, at(50))).toBeNull();
    expect(dueDeadlineAlert({ ...open, notifyAp: false }, at(50))).toBeNull();
    expect(dueDeadlineAlert({ ...open, notifyAp: true }, at(50))).toEqual({ hoursBefore: 24 });
  });
});

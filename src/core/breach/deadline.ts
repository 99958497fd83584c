import type { Missing } from '../worksheets/fields.js';

/**
 * The 72 hours to notify the AP (art. 33(1)), counted from the moment the organisation became
 * aware. They are clock hours: weekends and holidays count, and a change to or from summer time
 * neither adds nor removes an hour, so the clock runs in UTC and only the display uses
 * Europe/Amsterdam (see `amsterdamWallClock`).
 */

export const NOTIFICATION_HOURS = 72;
/** Alerts go out this many hours before the deadline, largest first. */
export const ALERT_HOURS_BEFORE = [24, 4] as const;
export const AMSTERDAM = 'Europe/Amsterdam';

const HOUR = 3_600_000;

/**
 * open: more than 24 h left; dueSoon: 24 h or less; urgent: 4 h or less; expired: past and the AP
 * not notified; notifiedInTime / notifiedLate once the AP was notified (for another hour clock: once its duty was done).
 */
export const DEADLINE_STATES = ['open', 'dueSoon', 'urgent', 'expired', 'notifiedInTime', 'notifiedLate'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineStatus {
  deadline: Date;
  state: DeadlineState;
  /** Milliseconds until the deadline; negative once it has passed. */
  msLeft: number;
  /** msLeft in hours, with fractions (the UI rounds as it likes). */
  hoursLeft: number;
}

/** The moment the 72 hours end: awareAt plus exactly 72 × 3600 s. */
export function notificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + NOTIFICATION_HOURS * HOUR);
}

/**
 * A clock of clock hours from a moment (UTC arithmetic, as above): the AP's 72 hours, or another
 * duty's, such as the CSIRT's 24 hours (care-duties.ts). `warnAt` are the hours before its end at
 * which it turns dueSoon and urgent, largest first.
 */
export interface HourClock {
  hours: number;
  warnAt: readonly [number, number];
}
export const AP_CLOCK: HourClock = { hours: NOTIFICATION_HOURS, warnAt: ALERT_HOURS_BEFORE };

/** Where the clock stands at `now`; once the AP was notified, whether that was in time. */
export function deadlineStatus(awareAt: Date, now: Date, apNotifiedAt: Date | null = null): DeadlineStatus {
  return clockStatus(AP_CLOCK, awareAt, now, apNotifiedAt);
}

/** Where an hour clock started at `from` stands at `now`; once its duty was done (`doneAt`), whether that was in time. */
export function clockStatus(clock: HourClock, from: Date, now: Date, doneAt: Date | null): DeadlineStatus {
  const deadline = new Date(from.getTime() + clock.hours * HOUR);
  const msLeft = deadline.getTime() - now.getTime();
  const hoursLeft = msLeft / HOUR;
  const [dueSoon, urgent] = clock.warnAt;
  const state: DeadlineState = doneAt
    ? doneAt.getTime() > deadline.getTime()
      ? 'notifiedLate'
      : 'notifiedInTime'
    : msLeft < 0
      ? 'expired'
      : hoursLeft <= urgent
        ? 'urgent'
        : hoursLeft <= dueSoon
          ? 'dueSoon'
          : 'open';
  return { deadline, state, msLeft, hoursLeft };
}

/** The moments the alerts are due (24 h and 4 h before the deadline), for scheduling jobs. */
export function deadlineAlerts(awareAt: Date): { hoursBefore: number; at: Date }[] {
  const deadline = notificationDeadline(awareAt).getTime();
  return ALERT_HOURS_BEFORE.map((hoursBefore) => ({ hoursBefore, at: new Date(deadline - hoursBefore * HOUR) }));
}

/** Whether the AP was notified after the 72 hours (exactly at the deadline is in time). */
export function notifiedLate(awareAt: Date, apNotifiedAt: Date): boolean {
  return apNotifiedAt.getTime() > notificationDeadline(awareAt).getTime();
}

/** A late notification must state why (art. 33(1)); returns what is missing, or null when fine. */
export function lateReasonMissing(awareAt: Date, apNotifiedAt: Date | null, lateReason: string | null | undefined): Missing | null {
  if (!apNotifiedAt || !notifiedLate(awareAt, apNotifiedAt)) return null;
  return lateReason && lateReason.trim().length > 0 ? null : { code: 'lateReasonRequired', field: 'lateReason' };
}

/** A moment as read on a clock in Amsterdam, with the UTC offset in force then. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** +60 in winter (CET), +120 in summer (CEST). */
  offsetMinutes: number;
}

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Amsterdam wall-clock reading of a moment. */
export function amsterdamWallClock(at: Date): WallClock {
  const parts = wallClockFormat.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const clock = { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const wholeSeconds = Math.floor(at.getTime() / 1000) * 1000;
  return { ...clock, offsetMinutes: Math.round((asUtc - wholeSeconds) / 60_000) };
}

/**
 * The moment an Amsterdam wall-clock time stands for. With an offset given (as amsterdamWallClock
 * returns it) that offset decides. Without one, in the hour that occurs twice (last Sunday of
 * October, 02:00–03:00) it takes the first, summer-time one; a time that does not exist (last
 * Sunday of March, 02:00–03:00) is read with the winter offset, so it lands an hour later.
 */
export function fromAmsterdamWallClock(clock: Omit<WallClock, 'offsetMinutes' | 'second'> & { second?: number; offsetMinutes?: number }): Date {
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second ?? 0);
  const reading = (offset: number) => new Date(naive - offset * 60_000);
  const fits = (offset: number) => amsterdamWallClock(reading(offset)).offsetMinutes === offset;
  const SUMMER = 120;
  const WINTER = 60;
  if (clock.offsetMinutes !== undefined && fits(clock.offsetMinutes)) return reading(clock.offsetMinutes);
  // The summer reading is the earlier moment; it is right when that moment indeed has the summer offset.
  return fits(SUMMER) ? reading(SUMMER) : reading(WINTER);
}

/** What the alert sweep knows of an open breach. */
export interface AlertFacts {
  awareAt: Date;
  apNotifiedAt: Date | null;
  closed: boolean;
  /** The latest decision on notifying the AP: null while undecided. */
  notifyAp: boolean | null;
}

/**
 * Whether the 72 hours still matter: the AP has not been notified, the breach is not closed, and the
 * latest decision is not "do not notify". Otherwise the clock is a fact to show, not a warning.
 */
export function clockRunning(facts: Omit<AlertFacts, 'awareAt'>): boolean {
  return facts.apNotifiedAt === null && !facts.closed && facts.notifyAp !== false;
}

/**
 * The alert due at `now`, if any: while the clock runs (clockRunning), between an alert's moment and
 * the deadline. When the sweep missed the 24-hour
 * moment (the app was down), only the latest alert goes out: two mails at once would say less.
 */
export function dueDeadlineAlert(facts: AlertFacts, now: Date): { hoursBefore: number } | null {
  if (!clockRunning(facts)) return null;
  if (now.getTime() >= notificationDeadline(facts.awareAt).getTime()) return null;
  const passed = deadlineAlerts(facts.awareAt).filter((alert) => alert.at.getTime() <= now.getTime());
  const latest = passed.at(-1);
  return latest ? { hoursBefore: latest.hoursBefore } : null;
}

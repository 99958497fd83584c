import type { Locale } from '../locale.js';
import { addDays, meetingDates, type MeetingRhythm } from '../worksheets/planning.js';
import { isDueSoon, type ActionState } from './actions.js';

/**
 * The e-mail reminders of steps 5.1 and 5.3, as plain rules on calendar days (Amsterdam):
 * - every team member hears of a check-in of the 1.4 meeting series from the day before it until
 *   the meeting day itself;
 * - the owner of an open action, when the owner has an account, hears of it from two days before
 *   its due day until the due day (an overdue action is on the check-in agenda instead).
 * Each reminder has a stable key naming what and for whom, so the sender can send it once only; an
 * action's key holds its due day, so moving the due day reminds again.
 */

/** How many days before a check-in its reminder starts. */
export const CHECKIN_NOTICE_DAYS = 1;
/** How many days before an action's due day its reminder starts. */
export const ACTION_NOTICE_DAYS = 2;

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface ReminderProgramme {
  id: string;
  title: string;
  /** The 1.4 meeting series. */
  meetings: MeetingRhythm;
  /** The core team members who can receive mail. */
  team: readonly Recipient[];
}

export interface ReminderAction extends Pick<ActionState, 'id' | 'title' | 'status' | 'due'> {
  programmeId: string;
  /** The owner's account, or null when the owner is only a name. */
  owner: Recipient | null;
}

interface ReminderBase {
  key: string;
  to: Recipient;
  programme: { id: string; title: string };
}

export type Reminder =
  | (ReminderBase & { kind: 'checkin'; meeting: { title: string; day: string; startTime: string; location: string } })
  | (ReminderBase & { kind: 'action'; action: { id: string; title: string; due: string } });

export const checkinKey = (programmeId: string, day: string, userId: string) => `checkin:${programmeId}:${day}:${userId}`;
export const actionKey = (actionId: string, due: string, userId: string) => `action:${actionId}:${due}:${userId}`;

/** The reminders due today; actions of programmes not given (e.g. archived ones) are left out. */
export function dueReminders(input: { today: string; programmes: readonly ReminderProgramme[]; actions: readonly ReminderAction[] }): Reminder[] {
  const { today } = input;
  const reminders: Reminder[] = [];
  const programmes = new Map(input.programmes.map((p) => [p.id, p]));

  for (const p of input.programmes) {
    const programme = { id: p.id, title: p.title };
    const { title, startTime, location } = p.meetings;
    for (const day of meetingDates(p.meetings).filter((d) => d >= today && d <= addDays(today, CHECKIN_NOTICE_DAYS))) {
      for (const to of p.team) {
        reminders.push({
          kind: 'checkin',
          key: checkinKey(p.id, day, to.userId),
          to,
          programme,
          meeting: { title: title.trim(), day, startTime, location: location.trim() },
        });
      }
    }
  }

  for (const a of input.actions) {
    const p = programmes.get(a.programmeId);
    if (!p || !a.owner || a.due === null || !isDueSoon(a, today, ACTION_NOTICE_DAYS)) continue;
    reminders.push({
      kind: 'action',
      key: actionKey(a.id, a.due, a.owner.userId),
      to: a.owner,
      programme: { id: p.id, title: p.title },
      action: { id: a.id, title: a.title, due: a.due },
    });
  }
  return reminders;
}

import { z } from 'zod';
import { Day, ItemId, Line, plainText, rows } from '../worksheets/fields.js';
import { addDays } from '../worksheets/planning.js';
import { byDue, byTitle, isOpen, isOverdue, type ActionState } from './actions.js';

/**
 * The two-weekly check-in of the core team (voortgangsoverleg, steps.md 5.3): its agenda is made
 * from the actions that are overdue or due before the next meeting, the decisions still open, and
 * what was done since the last meeting.
 */

/** Without a next meeting in the series, the agenda looks this many days ahead. */
export const AGENDA_HORIZON_DAYS = 14;

/** The first meeting day on or after today, or null when the series is over (or not planned). */
export function nextCheckin(meetingDays: readonly string[], today: string): string | null {
  let next: string | null = null;
  for (const d of meetingDays) if (d >= today && (next === null || d < next)) next = d;
  return next;
}

/**
 * The day "since the last check-in" counts from: the latest check-in recorded on or before today;
 * without one, the latest planned meeting before today; null when neither exists.
 */
export function lastCheckin(recordedDays: readonly string[], meetingDays: readonly string[], today: string): string | null {
  const latest = (days: readonly string[], before: (d: string) => boolean) =>
    days.filter(before).reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  return latest(recordedDays, (d) => d <= today) ?? latest(meetingDays, (d) => d < today);
}

/** A decision taken, or still to be taken, at a check-in. */
export interface Decision {
  id: string;
  text: string;
  open: boolean;
  due: string | null;
}

export const AGENDA_KINDS = ['overdue', 'dueBeforeNext', 'openDecision', 'doneSinceLast'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  kind: AgendaKind;
  /** The action's or decision's id. */
  refId: string;
  title: string;
  due: string | null;
  /** The actiehouder's name (actions only). */
  owner?: string;
}

export interface AgendaSource {
  actions: readonly ActionState[];
  decisions: readonly Decision[];
  today: string;
  nextMeeting: string | null;
  lastMeeting: string | null;
}

/**
 * The agenda: overdue actions (oldest first), open actions due on or before the next meeting (or
 * within 14 days when there is none), open decisions, then actions done since the last meeting.
 * Each action and decision appears at most once, under the first heading it fits.
 */
export function generateAgenda({ actions, decisions, today, nextMeeting, lastMeeting }: AgendaSource): AgendaItem[] {
  const seenActions = new Set<string>();
  const seenDecisions = new Set<string>();
  const items: AgendaItem[] = [];
  const addActions = (kind: AgendaKind, list: readonly ActionState[]) => {
    for (const a of list) {
      if (seenActions.has(a.id)) continue;
      seenActions.add(a.id);
      items.push({ kind, refId: a.id, title: a.title, due: a.due, owner: a.owner.name });
    }
  };
  const byDueThenTitle = (a: ActionState, b: ActionState) => byDue(a.due, b.due) || byTitle(a, b);

  addActions('overdue', actions.filter((a) => isOverdue(a, today)).sort(byDueThenTitle));

  const horizon = nextMeeting ?? addDays(today, AGENDA_HORIZON_DAYS);
  addActions('dueBeforeNext', actions.filter((a) => isOpen(a) && a.due !== null && a.due <= horizon).sort(byDueThenTitle));

  for (const d of [...decisions].filter((d) => d.open).sort((a, b) => byDue(a.due, b.due))) {
    if (seenDecisions.has(d.id)) continue;
    seenDecisions.add(d.id);
    items.push({ kind: 'openDecision', refId: d.id, title: d.text, due: d.due });
  }

  if (lastMeeting !== null) {
    const done = actions.filter((a): a is ActionState & { doneOn: string } => a.status === 'done' && typeof a.doneOn === 'string' && a.doneOn >= lastMeeting);
    addActions(
      'doneSinceLast',
      done.sort((a, b) => a.doneOn.localeCompare(b.doneOn) || byTitle(a, b)),
    );
  }
  return items;
}

/**
 * The decisions of all recorded check-ins, for the agenda. A decision's id is only unique within
 * its check-in, so it is prefixed with the check-in's id ("<checkinId>:<decisionId>").
 */
export function decisionsOf(checkins: readonly { id: string; decisions: readonly Decision[] }[]): Decision[] {
  return checkins.flatMap((c) => c.decisions.map((d) => ({ ...d, id: `${c.id}:${d.id}` })));
}

/** A decision as recorded with a check-in. */
const DecisionInput = z.strictObject({ id: ItemId, text: Line.min(1), open: z.boolean(), due: Day.nullable() });

/** A check-in as the team records it: who came, the minutes and the decisions (unique ids). */
export const CheckinInput = z.strictObject({
  date: Day,
  attendees: z.array(Line.min(1)).max(30),
  minutes: plainText().max(50_000),
  decisions: rows(DecisionInput, 100),
});
export type CheckinInput = z.infer<typeof CheckinInput>;

import { z } from 'zod';
import { Day, Line, Paragraph } from '../worksheets/fields.js';
import { addDays } from '../worksheets/planning.js';

/**
 * Step 5 as the team works it: each chosen intervention becomes one or more actions with an owner
 * (actiehouder) and a due date, tracked on a board and reviewed at the two-weekly check-in (5.3).
 * Days are ISO calendar days ('YYYY-MM-DD'), so they compare as strings; "today" comes from the caller.
 */

export const ACTION_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action as the team enters it. */
export const ActionInput = z.strictObject({
  title: Line.min(1),
  description: Paragraph,
  /** The chosen intervention it serves, or null for a free action. */
  candidateId: z.uuid().nullable(),
  /** The actiehouder: a member with an account, or only a name. */
  owner: z.strictObject({ userId: z.uuid().nullable(), name: Line.min(1) }),
  due: Day.nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The communication channel, e.g. "teamoverleg"; may be empty. */
  channel: Line,
  /** The check-in (5.3) at which it was agreed, or null. Left out: unchanged (none for a new action). */
  checkinId: z.uuid().nullable().optional(),
});
export type ActionInput = z.infer<typeof ActionInput>;

/** An action as the overviews and the agenda see it. */
export interface ActionState {
  id: string;
  title: string;
  status: ActionStatus;
  due: string | null;
  owner: { userId: string | null; name: string };
  candidateId: string | null;
  /** The day it was marked done, when known (the agenda lists what was done since the last check-in). */
  doneOn?: string | null;
}

type Dated = Pick<ActionState, 'status' | 'due'>;

export const isOpen = (a: Pick<ActionState, 'status'>): boolean => a.status === 'todo' || a.status === 'doing';

/** Open and past its due day (due today is not overdue yet). */
export const isOverdue = (a: Dated, today: string): boolean => isOpen(a) && a.due !== null && a.due < today;

/** Open, not overdue, and due within the next `days` days (today included). */
export const isDueSoon = (a: Dated, today: string, days: number): boolean => isOpen(a) && a.due !== null && a.due >= today && a.due <= addDays(today, days);

/** Earlier due days first, actions without a due day last. */
export const byDue = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

export const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title, 'nl');

/** The board: one column per status, each by due day (none last), then title. */
export function boardColumns<T extends ActionState>(actions: readonly T[]): Record<ActionStatus, T[]> {
  const columns = Object.fromEntries(ACTION_STATUSES.map((s) => [s, [] as T[]])) as Record<ActionStatus, T[]>;
  for (const a of actions) columns[a.status].push(a);
  for (const s of ACTION_STATUSES) columns[s].sort((a, b) => byDue(a.due, b.due) || byTitle(a, b));
  return columns;
}

/** 0 overdue, 1 other open, 2 done, 3 dropped. */
const listGroup = (a: ActionState, today: string): number => (isOverdue(a, today) ? 0 : isOpen(a) ? 1 : a.status === 'done' ? 2 : 3);

/** The list: overdue first (oldest first), then other open ones by due day (none last), then done, then dropped; ties by title. */
export function sortForList<T extends ActionState>(actions: readonly T[], today: string): T[] {
  return [...actions].sort((a, b) => {
    const ga = listGroup(a, today);
    const gb = listGroup(b, today);
    if (ga !== gb) return ga - gb;
    return (ga <= 1 ? byDue(a.due, b.due) : 0) || byTitle(a, b);
  });
}

export interface ActionSummary {
  total: number;
  open: number;
  overdue: number;
  done: number;
  dropped: number;
  /** Done as a share of the actions that were not dropped; null when there are none. */
  doneShare: number | null;
}

export function actionSummary(actions: readonly ActionState[], today: string): ActionSummary {
  const total = actions.length;
  const open = actions.filter(isOpen).length;
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const done = actions.filter((a) => a.status === 'done').length;
  const dropped = actions.filter((a) => a.status === 'dropped').length;
  const counted = total - dropped;
  return { total, open, overdue, done, dropped, doneShare: counted === 0 ? null : done / counted };
}

import { z } from 'zod';
import { ACTION_STATUSES } from '#core/execution/actions.js';
import { AGENDA_KINDS } from '#core/execution/checkins.js';
import { COMMUNICATION_STATUSES } from '#core/execution/communication.js';
import { Day, type Json } from './common.js';

/** Step 5: the action plan and communication plan (5.1) and the check-ins (5.3). */

/** An action of the plan; `overdue` is judged by the server against its today. */
export const Action = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  status: z.enum(ACTION_STATUSES),
  due: Day.nullable(),
  /** The actiehouder: a member with an account, or only a name. */
  owner: z.object({ userId: z.uuid().nullable(), name: z.string() }),
  /** The chosen intervention it serves, or null for a free action. */
  candidateId: z.uuid().nullable(),
  /** The day it was marked done. */
  doneOn: Day.nullable(),
  channel: z.string(),
  /** The check-in (5.3) it was agreed at, if any. */
  checkinId: z.uuid().nullable(),
  overdue: z.boolean(),
});
export type Action = Json<typeof Action>;

/** The counts for the overview (core/execution/actions.ts). */
export const ActionSummary = z.object({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  done: z.number().int(),
  dropped: z.number().int(),
  /** Done as a share of the actions that were not dropped; null when there are none. */
  doneShare: z.number().nullable(),
});
export type ActionSummary = Json<typeof ActionSummary>;

export const ActionList = z.object({
  /** The server's calendar day. */
  today: Day,
  actions: z.array(Action),
  summary: ActionSummary,
});
export type ActionList = Json<typeof ActionList>;

/** A message of the communication plan: who hears what, through which channel, when. */
export const CommunicationItem = z.object({
  id: z.uuid(),
  audience: z.string(),
  message: z.string(),
  channel: z.string(),
  planned: Day.nullable(),
  ownerName: z.string(),
  status: z.enum(COMMUNICATION_STATUSES),
});
export type CommunicationItem = Json<typeof CommunicationItem>;

export const CommunicationPlan = z.object({ items: z.array(CommunicationItem) });
export type CommunicationPlan = Json<typeof CommunicationPlan>;

/** A check-in as recorded: who came, the minutes and the decisions. */
export const CheckinRecord = z.object({
  id: z.uuid(),
  date: Day,
  attendees: z.array(z.string()),
  minutes: z.string(),
  decisions: z.array(z.object({ id: z.string(), text: z.string(), open: z.boolean(), due: Day.nullable() })),
});
export type CheckinRecord = Json<typeof CheckinRecord>;

/** A recorded check-in with the actions agreed at it. */
export const Checkin = CheckinRecord.extend({ actions: z.array(Action) });
export type Checkin = Json<typeof Checkin>;

/** A line of the agenda (core/execution/checkins.ts). */
export const AgendaItem = z.object({
  kind: z.enum(AGENDA_KINDS),
  /** The action's id, or "<checkinId>:<decisionId>" for a decision. */
  refId: z.string(),
  title: z.string(),
  due: Day.nullable(),
  /** The actiehouder's name (actions only). */
  owner: z.string().optional(),
});
export type AgendaItem = Json<typeof AgendaItem>;

export const CheckinOverview = z.object({
  /** The server's calendar day. */
  today: Day,
  /** The meeting series planned in 1.4; empty when it is not planned. */
  meetingDays: z.array(Day),
  next: Day.nullable(),
  last: Day.nullable(),
  agenda: z.array(AgendaItem),
  /** Newest first. */
  checkins: z.array(Checkin),
});
export type CheckinOverview = Json<typeof CheckinOverview>;

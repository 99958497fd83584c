import { z } from 'zod';
import { AUDIENCES, SHARE_SCOPES, ShareSettings } from '#core/masterclass/sharing.js';
import { SECTORS } from '#core/sector.js';
import { SUBSTEP_KEYS, SUBSTEP_STATUSES, type SubstepKey } from '#core/steps.js';
import { Day, Instant, complete, type Json } from './common.js';
import { ProgrammeProgress } from './programmes.js';

/** The masterclass (docs/masterclass.md): cohorts, sessions, assignments, participations and what they share. */

const Substep = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);

export const CohortSession = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: Instant,
  minutes: z.number().int(),
  place: z.string(),
  videoLink: z.string(),
  steps: z.array(z.number().int()),
});
export type CohortSession = Json<typeof CohortSession>;

export const Assignment = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  title: z.string(),
  instructions: z.string(),
  relatesTo: z.string().nullable(),
  dueDate: Day,
});
export type Assignment = Json<typeof Assignment>;

const Person = z.object({ userId: z.uuid(), name: z.string() });

/** Something a programme shares: a scope, or the sub-step of one worksheet. */
export const SharedItemName = z.union([z.enum(SHARE_SCOPES), Substep]);
export type SharedItemName = z.infer<typeof SharedItemName>;

/** An organisation in the cohort as every member of the cohort sees it: who takes part, and what it shares with the whole cohort. */
export const CohortMember = z.object({
  participationId: z.uuid(),
  organisationName: z.string(),
  sector: z.enum(SECTORS),
  participants: z.array(Person),
  /**
   * What it shares with the whole cohort (scopes and worksheets), as far as the caller may open it;
   * what it shares with the trainers alone is never here (that is the board's).
   */
  shared: z.array(SharedItemName),
});
export type CohortMember = Json<typeof CohortMember>;

/** Who is asking, as the cohort page needs it. */
export const CohortYou = z.object({
  trainer: z.boolean(),
  /** The duo (or one participant) of the caller's organisation. */
  participant: z.boolean(),
  participationId: z.uuid().nullable(),
  /** The caller may change what the organisation shares (its admin). */
  manageSharing: z.boolean(),
});

export const CohortSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  trainingOrganisation: z.string(),
  running: z.boolean(),
  closedAt: Instant.nullable(),
  organisations: z.number().int(),
  nextSession: Instant.nullable(),
});
export type CohortSummary = Json<typeof CohortSummary>;

export const CohortList = z.object({ teaching: z.array(CohortSummary), participating: z.array(CohortSummary) });
export type CohortList = Json<typeof CohortList>;

export const CohortDetail = CohortSummary.extend({
  /** Only for its trainers: the code organisations join with, as "ABCD-EFGH". */
  code: z.string().nullable(),
  capacity: z.number().int(),
  retentionDays: z.number().int(),
  readableUntil: Instant.nullable(),
  sessions: z.array(CohortSession),
  assignments: z.array(Assignment),
  members: z.array(CohortMember),
  you: CohortYou,
});
export type CohortDetail = Json<typeof CohortDetail>;

export const Joined = z.object({ cohortId: z.uuid(), participationId: z.uuid() });
export type Joined = Json<typeof Joined>;

/** The organisation's own participation: its settings, for its admin and duo. */
export const Sharing = z.object({
  participationId: z.uuid(),
  cohortId: z.uuid(),
  cohortName: z.string(),
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  participants: z.array(Person),
  shares: complete(ShareSettings),
  /** Worksheets that may be shared: those without names of staff (core/masterclass/sharing.ts). */
  shareableWorksheets: z.array(Substep),
  manageSharing: z.boolean(),
});
export type Sharing = Json<typeof Sharing>;

const SubmissionState = z.enum(['onTime', 'late', 'missing', 'open']);

/** One organisation on the trainer's board: only what it shares, and its submissions (handed in to the trainers). */
export const BoardRow = z.object({
  participationId: z.uuid(),
  organisationName: z.string(),
  participants: z.array(Person),
  /** What it shares with the trainers (scopes and worksheets), for the "shares" column. */
  shared: z.array(SharedItemName),
  progress: z
    .object({ progress: ProgrammeProgress, statuses: z.partialRecord(Substep, z.enum(SUBSTEP_STATUSES)), overdueActions: z.number().int() })
    .nullable(),
  checkins: z.object({ last: Day.nullable(), next: Day.nullable() }).nullable(),
  submissions: z.array(z.object({ assignmentId: z.uuid(), state: SubmissionState, submittedAt: Instant.nullable() })),
});
export type BoardRow = Json<typeof BoardRow>;

export const Board = z.object({ today: Day, rows: z.array(BoardRow), audiences: z.array(z.enum(AUDIENCES)) });
export type Board = Json<typeof Board>;

/** A shared worksheet as another organisation reads it: its content, never who wrote it. */
export const SharedWorksheet = z.object({
  participationId: z.uuid(),
  organisationName: z.string(),
  key: Substep,
  status: z.enum(SUBSTEP_STATUSES),
  version: z.number().int().nullable(),
  notes: z.string(),
  fields: z.unknown(),
  updatedAt: Instant.nullable(),
});
export type SharedWorksheet = Json<typeof SharedWorksheet>;

export const CohortComment = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  item: z.string(),
  authorName: z.string(),
  authorOrganisation: z.string(),
  body: z.string(),
  createdAt: Instant,
  mine: z.boolean(),
});
export type CohortComment = Json<typeof CohortComment>;
export const CommentThread = z.object({ comments: z.array(CohortComment) });
export type CommentThread = Json<typeof CommentThread>;

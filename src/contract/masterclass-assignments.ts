import { z } from 'zod';
import { SUBSTEP_KEYS, type SubstepKey } from '#core/steps.js';
import { Day, Instant, type Json } from './common.js';
import { Assignment } from './masterclass.js';

/**
 * Assignments in a masterclass (issue 21, point 4, and the per-session view of point 3): subgroups
 * the trainers form per assignment, what each organisation hands in, and who prepared a session.
 */

const Substep = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);

/** core/masterclass/cohort.ts submissionState: on time, late, missing, or still open. */
export const SubmissionState = z.enum(['onTime', 'late', 'missing', 'open']);

export const SubgroupMember = z.object({ participationId: z.uuid(), organisationName: z.string() });

export const Subgroup = z.object({ id: z.uuid(), name: z.string(), members: z.array(SubgroupMember) });
export type Subgroup = Json<typeof Subgroup>;

/** The subgroups of one assignment, as saved. */
export const Subgroups = z.object({ subgroups: z.array(Subgroup) });
export type Subgroups = Json<typeof Subgroups>;

/** A proposal mixing organisations, in the shape the trainer saves it (SubgroupsInput), with the names of the organisations. */
export const SubgroupProposal = z.object({
  subgroups: z.array(z.object({ name: z.string(), participationIds: z.array(z.uuid()), members: z.array(SubgroupMember) })),
});
export type SubgroupProposal = Json<typeof SubgroupProposal>;

/** The worksheet a submission points at, at the version it had when handed in. */
export const LinkedWorksheet = z.object({ key: Substep, version: z.number().int() });

/** One organisation's answer to an assignment; `text` and `worksheet` are null when nothing was handed in. */
export const SubmissionSummary = z.object({
  participationId: z.uuid(),
  organisationName: z.string(),
  /** The caller's own organisation. */
  own: z.boolean(),
  state: SubmissionState,
  /** The first hand-in: on time or late is judged on it. */
  submittedAt: Instant.nullable(),
  /** The last edit. */
  updatedAt: Instant.nullable(),
  text: z.string().nullable(),
  worksheet: LinkedWorksheet.nullable(),
});
export type SubmissionSummary = Json<typeof SubmissionSummary>;

/**
 * An assignment as the caller may see it. Trainers: every subgroup and every organisation's
 * submission. A participant: its own submission, its own subgroup, and the submissions of the others
 * in that subgroup for this assignment only.
 */
export const AssignmentView = z.object({
  assignment: Assignment,
  today: Day,
  trainer: z.boolean(),
  subgroups: z.array(Subgroup),
  submissions: z.array(SubmissionSummary),
});
export type AssignmentView = Json<typeof AssignmentView>;

/**
 * One submission with the worksheet it links, as it was at the version handed in; never who wrote it.
 * The worksheet's content only when its organisation shares it with the reader now (the own organisation
 * always; trainers: shared with the trainers; a subgroup peer: shared with the cohort;
 * core/policies/cohort.ts readSubmissionWorksheet), so taking the share back hides it at once.
 */
export const SubmissionDetail = SubmissionSummary.extend({
  /** The content; null when nothing is linked, the version is gone, or it is not shared with the reader. */
  worksheet: LinkedWorksheet.extend({ notes: z.string(), fields: z.unknown(), redacted: z.boolean(), savedAt: Instant }).nullable(),
  /** The link as handed in (key and version), also when its content is withheld. */
  linkedWorksheet: LinkedWorksheet.nullable(),
  /** False when a worksheet is linked that its organisation does not (or no longer) share with the reader. */
  worksheetShared: z.boolean(),
});
export type SubmissionDetail = Json<typeof SubmissionDetail>;

/** The trainers' view of one session: per assignment, who prepared it. */
export const SessionPreparation = z.object({
  session: z.object({ id: z.uuid(), title: z.string(), startsAt: Instant }),
  today: Day,
  assignments: z.array(
    z.object({
      assignment: Assignment,
      rows: z.array(z.object({ participationId: z.uuid(), organisationName: z.string(), state: SubmissionState, submittedAt: Instant.nullable() })),
    }),
  ),
});
export type SessionPreparation = Json<typeof SessionPreparation>;

import { z } from 'zod';
import { STEP_NUMBERS, SUBSTEP_KEYS, type StepNumber, type SubstepKey } from '../steps.js';
import { Day, Line, Paragraph, plainText } from '../worksheets/fields.js';

/**
 * A masterclass cohort: the IVGZ Masterclass Informatieveilig gedrag in de zorg teaches the six steps
 * of the Wegwijzer in sessions, to participants who come alone or, recommended, as a duo of two
 * colleagues of one organisation (IVGZ, "Masterclass Informatieveilig gedrag", programme description;
 * docs/masterclass.md). A cohort belongs to the training organisation; participating organisations
 * join it with its code.
 */

/** The most organisations a cohort takes by default: a masterclass works in small subgroups. */
export const DEFAULT_COHORT_CAPACITY = 12;
/** One participant or a duo, as the masterclass invites them. */
export const MAX_PARTICIPANTS = 2;
/** How long trainers keep what was shared after a cohort closes, unless the trainer sets another. */
export const DEFAULT_RETENTION_DAYS = 180;
export const MAX_RETENTION_DAYS = 730;

/**
 * Cohort codes: 8 letters and digits without the ones people mix up (0/O, 1/I/L), shown in two
 * groups of four. 31^8 ≈ 8.5·10^11 codes, and joining is rate-limited, so a code cannot be guessed;
 * it still only lets an admin ask to join, never read anything.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** A code as people type it: case, spaces and dashes do not matter. */
export const normaliseCode = (input: string) => input.toUpperCase().replace(/[\s-]/g, '');
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
export const isWellFormedCode = (code: string) => code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));

/** Makes a code from random bytes (the caller passes crypto random bytes; rejection sampling keeps it uniform). */
export function codeFromBytes(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  const chars = [...bytes].filter((b) => b < limit).map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return chars.length >= CODE_LENGTH ? chars.slice(0, CODE_LENGTH).join('') : null;
}

export const CohortInput = z
  .object({
    name: Line.min(1),
    capacity: z.number().int().min(2).max(60).default(DEFAULT_COHORT_CAPACITY),
    retentionDays: z.number().int().min(0).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
  })
  .strict();
export type CohortInput = z.infer<typeof CohortInput>;

const Steps = z
  .array(
    z
      .number()
      .int()
      .refine((n): n is StepNumber => (STEP_NUMBERS as number[]).includes(n), { message: 'unknownStep' }),
  )
  .min(1)
  .max(STEP_NUMBERS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicateStep' });

/**
 * A masterclass runs in this century: days and moments outside it are typing errors (PostgreSQL would
 * refuse year 0 with an error instead of a clear answer).
 */
const inCentury = (iso: string) => iso >= '2000-01-01' && iso < '2100-01-01';
const CourseDay = Day.refine(inCentury, { message: 'outsideCentury' });
// Zod runs a refinement after a failed format check too: a text that is no moment must not reach toISOString.
const CourseMoment = z.iso.datetime({ offset: true }).refine(
  (m) => {
    const at = new Date(m);
    return Number.isNaN(at.getTime()) || inCentury(at.toISOString());
  },
  { message: 'outsideCentury' },
);

/** Only web addresses people can open safely: https (a video call link), never javascript: or data:. */
export const VideoLink = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .max(500)
  .or(z.literal(''));

/** A session: when and where (a place, a video link or both) and which step(s) it covers. */
export const SessionInput = z
  .object({
    title: Line.min(1),
    startsAt: CourseMoment,
    minutes: z
      .number()
      .int()
      .min(15)
      .max(8 * 60),
    place: Line.default(''),
    videoLink: VideoLink.default(''),
    steps: Steps,
  })
  .strict();
export type SessionInput = z.infer<typeof SessionInput>;

/** A new session cannot start in the past (an edited one may keep its date). */
export const startsInPast = (startsAt: string, now: Date) => new Date(startsAt).getTime() < now.getTime();

/** What an assignment relates to: a worksheet (sub-step), the plan van aanpak draft, or nothing in particular. */
export const AssignmentRelation = z.union([z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]), z.literal('plan')]).nullable();

export const AssignmentInput = z
  .object({
    title: Line.min(1),
    instructions: Paragraph,
    relatesTo: AssignmentRelation.default(null),
    dueDate: CourseDay,
  })
  .strict();
export type AssignmentInput = z.infer<typeof AssignmentInput>;

/** The duo: one or two people of the organisation's core team. */
const ParticipantIds = z
  .array(z.uuid())
  .min(1)
  .max(MAX_PARTICIPANTS)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicateParticipant' });

export const JoinInput = z
  .object({
    code: plainText().trim().min(1).max(40),
    programmeId: z.uuid(),
    participantIds: ParticipantIds,
  })
  .strict();
export type JoinInput = z.infer<typeof JoinInput>;

/** Who takes part for the organisation from now on (its admin changes the duo). */
export const DuoInput = z.object({ participantIds: ParticipantIds }).strict();
export type DuoInput = z.infer<typeof DuoInput>;

/** A submission's text: an answer of a few paragraphs; a link to a shared worksheet version is separate. */
export const SUBMISSION_MAX = 8_000;
export const SubmissionInput = z
  .object({
    text: plainText().trim().max(SUBMISSION_MAX),
    worksheet: z
      .enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]])
      .nullable()
      .default(null),
  })
  .strict()
  .refine((s) => s.text.length > 0 || s.worksheet !== null, { message: 'emptySubmission', path: ['text'] });
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export type SubmissionState = 'onTime' | 'late' | 'missing' | 'open';

/**
 * On time when handed in by the end of the due day (Amsterdam), late after it; without a submission
 * an assignment is open until the due day has passed, then missing.
 */
export function submissionState(dueDate: string, submittedDay: string | null, today: string): SubmissionState {
  if (submittedDay !== null) return submittedDay <= dueDate ? 'onTime' : 'late';
  return today > dueDate ? 'missing' : 'open';
}

export const CommentInput = z
  .object({
    body: plainText().trim().min(1).max(4_000),
    parentId: z.uuid().nullable().default(null),
  })
  .strict();
export type CommentInput = z.infer<typeof CommentInput>;

export const SubgroupsInput = z
  .object({
    subgroups: z
      .array(z.object({ name: Line.min(1), participationIds: z.array(z.uuid()).min(1).max(8) }).strict())
      .min(1)
      .max(20),
  })
  .strict()
  .refine((s) => new Set(s.subgroups.flatMap((g) => g.participationIds)).size === s.subgroups.flatMap((g) => g.participationIds).length, {
    message: 'participationTwice',
    path: ['subgroups'],
  });
export type SubgroupsInput = z.infer<typeof SubgroupsInput>;

/**
 * Proposes subgroups that mix organisations: participations are dealt round-robin over the groups, so
 * no two of one organisation meet in a group while another group lacks one (each participation is one
 * organisation). Deterministic for a given order; the trainer can change it before saving.
 */
export function proposeSubgroups<T>(participations: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(participations.length / Math.max(2, size)));
  const groups: T[][] = Array.from({ length: count }, () => []);
  participations.forEach((p, i) => groups[i % count]!.push(p));
  return groups;
}

/** A cohort stays readable to trainers for `retentionDays` after it closes; then what was shared goes. */
export function readableUntil(closedAt: Date | null, retentionDays: number): Date | null {
  return closedAt === null ? null : new Date(closedAt.getTime() + retentionDays * 86_400_000);
}

/**
 * A trainer changes how long the trainers keep what was shared after closing. Once the cohort is
 * closed, only to a shorter term: the organisations shared under the term they saw (AVG art. 5 lid 1
 * sub b and e: purpose and storage limitation).
 */
export const RetentionInput = z.object({ retentionDays: z.number().int().min(0).max(MAX_RETENTION_DAYS) }).strict();
export type RetentionInput = z.infer<typeof RetentionInput>;

/** Whether a new retention may replace the current one: any while the cohort runs, once closed only a shorter one. */
export const retentionChangeAllowed = (closedAt: Date | null, current: number, next: number) => closedAt === null || next <= current;

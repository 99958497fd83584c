import { z } from 'zod';
import { RoleTable } from '#core/role-table.js';
import { STEP_NUMBERS, SUBSTEP_KEYS, SUBSTEP_STATUSES, type StepNumber, type SubstepKey } from '#core/steps.js';
import { DISCIPLINES, TEAM_POSITIONS } from '#core/worksheets/core-team.js';
import { WORKSHEETS, WORKSHEET_KEYS, type WorksheetKey } from '#core/worksheets/index.js';
import { Day, Instant, type Json } from './common.js';

/** Programmes, their sub-steps with the worksheets, and the role table of each step. */

const Step = z.literal(STEP_NUMBERS);
const Substep = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);
export const SubstepStatus = z.enum(SUBSTEP_STATUSES);
export type SubstepStatus = Json<typeof SubstepStatus>;

/** What still stands between a worksheet (or a KPI) and "done", as a code the interface translates (core/worksheets/fields.ts). */
export const Missing = z.object({
  code: z.string(),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Missing = Json<typeof Missing>;

const Progress = z.object({ done: z.number().int(), inProgress: z.number().int(), total: z.number().int(), percent: z.number().int() });

/** How far a programme is (core/steps.ts). */
export const ProgrammeProgress = z.object({
  overall: Progress,
  steps: z.object(Object.fromEntries(STEP_NUMBERS.map((n) => [n, Progress])) as Record<StepNumber, typeof Progress>),
  currentStep: Step,
  openBehind: z.array(Substep),
});
export type ProgrammeProgress = Json<typeof ProgrammeProgress>;

/** What needs attention now (core/execution/attention.ts). */
export const Attention = z.object({
  overdueActions: z.number().int(),
  /** The next planned check-in on or after today. */
  nextCheckin: Day.nullable(),
  openDecisions: z.number().int(),
  openBehind: z.array(Substep),
  /** "Wat nu": the sub-step to work on next, or null when all are done. */
  next: Substep.nullable(),
});
export type Attention = Json<typeof Attention>;

/** A programme as created or changed. */
export const Programme = z.object({
  id: z.uuid(),
  title: z.string(),
  problem: z.string(),
  status: z.enum(['active', 'archived']),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Programme = Json<typeof Programme>;

export const ProgrammeAnswer = z.object({ programme: Programme });
export type ProgrammeAnswer = Json<typeof ProgrammeAnswer>;

/** A programme on the list, with its team's size and where it stands. */
export const ProgrammeSummary = Programme.extend({ teamSize: z.number().int(), progress: ProgrammeProgress, attention: Attention });
export type ProgrammeSummary = Json<typeof ProgrammeSummary>;

export const ProgrammeList = z.object({ programmes: z.array(ProgrammeSummary) });
export type ProgrammeList = Json<typeof ProgrammeList>;

/**
 * One person of the core team: a row of the 1.2 worksheet (core/worksheets/core-team.ts), with the
 * e-mail address of their account if they have one. Texts are not limited here: a row linked to an
 * account carries the account's name.
 */
export const TeamMember = z.object({
  id: z.string(),
  /** A colleague with an account; null for someone without one. */
  userId: z.uuid().nullable(),
  name: z.string(),
  position: z.enum(TEAM_POSITIONS),
  discipline: z.enum(DISCIPLINES),
  role: z.string(),
  department: z.string(),
  tasks: z.string(),
  hoursPerWeek: z.number().nullable(),
  email: z.string().nullable(),
});
export type TeamMember = Json<typeof TeamMember>;

/** The core team after a member was added or removed. */
export const TeamAnswer = z.object({ team: z.array(TeamMember) });
export type TeamAnswer = Json<typeof TeamAnswer>;

/** A programme as the navigator shows it. */
export const ProgrammeDetail = Programme.extend({
  progress: ProgrammeProgress,
  attention: Attention,
  statuses: z.partialRecord(Substep, SubstepStatus),
  /** Why each structured worksheet is not complete yet (empty: complete). */
  completeness: z.object(Object.fromEntries(WORKSHEET_KEYS.map((k) => [k, z.array(Missing)])) as Record<WorksheetKey, z.ZodArray<typeof Missing>>),
  /** The target behaviour of 2.3 in one sentence, once who and what are filled in. */
  targetBehaviour: z.string().nullable(),
  /** The core team: one list, the 1.2 worksheet's. */
  team: z.array(TeamMember),
  permissions: z.object({ work: z.boolean(), manage: z.boolean() }),
});
export type ProgrammeDetail = Json<typeof ProgrammeDetail>;

export const ProgrammeDetailAnswer = z.object({ programme: ProgrammeDetail });
export type ProgrammeDetailAnswer = Json<typeof ProgrammeDetailAnswer>;

/** The fields of any structured worksheet, read back through its own schema (core/worksheets). */
const WorksheetFields = z.union(Object.values(WORKSHEETS).map((w) => w.schema));

/** One saved version of a sub-step's worksheet. */
export const WorksheetVersion = z.object({
  version: z.number().int(),
  notes: z.string(),
  /** The form's fields; null for sub-steps without a form (or a version from before it had one). */
  fields: WorksheetFields.nullable(),
  /** The reader does not work on the programme, so what only its workers read was left out (3.2's interview notes). */
  redacted: z.boolean(),
  authorName: z.string().nullable(),
  createdAt: Instant,
});
export type WorksheetVersion = Json<typeof WorksheetVersion>;

/** A sub-step with its latest worksheet and what keeps it from "done". */
export const SubstepDetail = z.object({
  key: Substep,
  status: SubstepStatus,
  updatedAt: Instant.nullable(),
  updatedByName: z.string().nullable(),
  hasForm: z.boolean(),
  /** Whether "done" has requirements (a form or a module's own), so the page says when they are met. */
  checked: z.boolean(),
  worksheet: WorksheetVersion.nullable(),
  missing: z.array(Missing),
});
export type SubstepDetail = Json<typeof SubstepDetail>;

export const StatusChanged = z.object({ status: SubstepStatus, progress: ProgrammeProgress });
export type StatusChanged = Json<typeof StatusChanged>;

/** What changed in a field compared with the version before (core/worksheets/changes.ts): counts, never content. */
export const FieldChange = z.discriminatedUnion('kind', [
  z.object({ field: z.string(), kind: z.literal('value') }),
  z.object({ field: z.string(), kind: z.literal('rows'), added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
]);
export type FieldChange = Json<typeof FieldChange>;

export const WorksheetSaved = z.object({ version: z.number().int(), status: SubstepStatus, missing: z.array(Missing), changes: z.array(FieldChange) });
export type WorksheetSaved = Json<typeof WorksheetSaved>;

export const VersionWithChanges = WorksheetVersion.extend({ changes: z.array(FieldChange) });
export type VersionWithChanges = Json<typeof VersionWithChanges>;

/** Every version, newest first. */
export const VersionList = z.object({ versions: z.array(VersionWithChanges) });
export type VersionList = Json<typeof VersionList>;

/** The who-does-what table of a step (VERI): the team's own, or the content's default. */
export const StepRoleTableView = z.object({
  step: Step,
  /** The service reads stored tables with this same schema. */
  table: RoleTable,
  /** False while the step shows the content's default. */
  custom: z.boolean(),
});
export type StepRoleTableView = Json<typeof StepRoleTableView>;

export const RoleTables = z.object({ steps: z.array(StepRoleTableView) });
export type RoleTables = Json<typeof RoleTables>;

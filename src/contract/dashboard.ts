import { z } from 'zod';
import { PROGRAMME_STATUSES } from '#core/dashboard/status.js';
import { KPI_DIRECTIONS, KPI_STATUSES } from '#core/measurement/kpis.js';
import { AnchoringChecklist } from './anchoring.js';
import { BreachFigures } from './breaches.js';
import { Day, Instant, type Json } from './common.js';
import { ActionSummary } from './execution.js';
import { Attention, ProgrammeProgress } from './programmes.js';

/** The board's view (bestuursdashboard): where each programme stands and, for those who may see them, the breach register's figures. */

const Point = z.object({ date: Day, value: z.number() });

export const DashboardKpi = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(KPI_DIRECTIONS),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  targetDate: Day.nullable(),
  latest: Point.nullable(),
  status: z.enum(KPI_STATUSES),
  /** The KPI's line as 6.1 draws it, oldest first. */
  points: z.array(Point),
});
export type DashboardKpi = Json<typeof DashboardKpi>;

const Substeps = ProgrammeProgress.shape.openBehind;

/** Why a programme needs attention, most pressing first (core/dashboard/status.ts). */
const StatusReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal(['overdueActions', 'kpisWorse', 'kpisTargetMissed', 'openDecisions']), count: z.number().int() }),
  z.object({ code: z.literal('noCheckinPlanned') }),
  z.object({ code: z.literal('openBehind'), keys: Substeps }),
]);

/** One programme as the board sees it. */
export const DashboardProgramme = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['active', 'archived']),
  updatedAt: Instant,
  currentStep: ProgrammeProgress.shape.currentStep,
  progress: ProgrammeProgress.shape.overall,
  attention: Attention,
  /** On track or needs attention, with the reasons; null once archived. */
  standing: z.object({ status: z.enum(PROGRAMME_STATUSES), reasons: z.array(StatusReason) }).nullable(),
  actions: ActionSummary,
  nextCheckin: Day.nullable(),
  lastCheckin: Day.nullable(),
  kpis: z.array(DashboardKpi),
  anchoring: AnchoringChecklist.shape.progress,
});
export type DashboardProgramme = Json<typeof DashboardProgramme>;

export const Dashboard = z.object({
  /** The day in Amsterdam the standings were judged on. */
  today: Day,
  programmes: z.array(DashboardProgramme),
  /** Null for a role that may not see the register's figures. */
  breaches: BreachFigures.nullable(),
});
export type Dashboard = Json<typeof Dashboard>;

import { z } from 'zod';
import { COMB_FACTORS } from '#core/comb.js';
import { INDICATORS } from '#core/interventions/indicators.js';
import { KPI_DIRECTIONS, KPI_MEASURES, KPI_STATUSES } from '#core/measurement/kpis.js';
import { MEASUREMENT_DECISIONS, StoredMeasurementPlan } from '#core/measurement/plan.js';
import { Day, type Json } from './common.js';
import { Missing } from './programmes.js';
import { SurveyStatus } from './surveys.js';

/** Step 6.1: the KPIs with their measurements, the measurement worksheet and the effect per COM-B factor. */

/**
 * A KPI as defined (core/measurement/kpis.ts). Read as stored: a KPI saved before KPIs said what
 * they measure has `measures` null, which today's input rules would refuse.
 */
export const KpiDefinition = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  /** The built-in indicator it is based on, or null for the team's own. */
  indicator: z.enum(INDICATORS).nullable(),
  /** The COM-B factor a survey-score KPI follows. */
  factor: z.enum(COMB_FACTORS).nullable(),
  measures: z.enum(KPI_MEASURES).nullable(),
  /** The chosen intervention whose effect it measures, or null for the programme as a whole. */
  candidateId: z.uuid().nullable(),
  direction: z.enum(KPI_DIRECTIONS),
  baseline: z.number().nullable(),
  baselineDate: Day.nullable(),
  target: z.number().nullable(),
  targetDate: Day.nullable(),
  notes: z.string(),
});
export type KpiDefinition = Json<typeof KpiDefinition>;

/** A point of a KPI's line: entered by the team, or taken by Wegwijs from a closed survey, knowledge check or the breach register (id null: not removable). */
export const MeasurementPoint = z.object({
  id: z.uuid().nullable(),
  date: Day,
  value: z.number(),
  note: z.string(),
  source: z.enum(['team', 'survey', 'knowledgeCheck', 'breaches']),
  surveyId: z.uuid().nullable(),
  /** Only on a point from a knowledge check. */
  checkId: z.uuid().optional(),
});
export type MeasurementPoint = Json<typeof MeasurementPoint>;

/** Where a KPI stands (core/measurement/kpis.ts, kpiProgress). */
export const KpiProgress = z.object({
  latest: MeasurementPoint.nullable(),
  change: z.number().nullable(),
  share: z.number().nullable(),
  status: z.enum(KPI_STATUSES),
});
export type KpiProgress = Json<typeof KpiProgress>;

export const Kpi = KpiDefinition.extend({
  /** What it measures: the behaviour (an outcome), a determinant, or reach. */
  kind: z.enum(KPI_MEASURES).nullable(),
  /** Oldest first. */
  measurements: z.array(MeasurementPoint),
  progress: KpiProgress,
  missing: z.array(Missing),
});
export type Kpi = Json<typeof Kpi>;

/** An indicator the plans of the chosen interventions name that no KPI uses yet. */
export const KpiSuggestion = z.object({
  indicator: z.enum(INDICATORS),
  candidates: z.array(z.object({ id: z.uuid(), title: z.string() })),
});
export type KpiSuggestion = Json<typeof KpiSuggestion>;

export const KpiList = z.object({
  /** The server's calendar day. */
  today: Day,
  kpis: z.array(Kpi),
  suggestions: z.array(KpiSuggestion),
});
export type KpiList = Json<typeof KpiList>;

/** A measurement the team entered. */
export const Measurement = z.object({ id: z.uuid(), kpiId: z.uuid(), date: Day, value: z.number(), note: z.string() });
export type Measurement = Json<typeof Measurement>;

/** The measurement worksheet with where the track stands (core/measurement/plan.ts). */
export const MeasurementPlanView = z.object({
  /** False while the worksheet shows its empty start. */
  saved: z.boolean(),
  /** The service reads the stored worksheet with this same schema. */
  plan: StoredMeasurementPlan,
  /** The KPI that counts the behaviour, as the worksheet names it. */
  outcome: KpiDefinition.omit({ factor: true, measures: true, candidateId: true, notes: true }).nullable(),
  track: z.object({
    /** The 0-meting is carried out. */
    baselineDone: z.boolean(),
    /** The 1-meting: the KPI's first point on or after the day planned for it. */
    followUp: MeasurementPoint.nullable(),
    /** Measurements after the 0-meting and before the planned 1-meting. */
    interim: z.number().int(),
  }),
  missing: z.array(Missing),
  reminder: z.enum(['baselineNotPlanned', 'baselineNotDone']).nullable(),
  /** What the figures suggest after the 1-meting. */
  suggestion: z
    .object({
      decision: z.enum(MEASUREMENT_DECISIONS),
      reason: z.enum(['targetReached', 'improvedNotReached', 'notImproved']),
      baseline: z.number(),
      followUp: z.number(),
      target: z.number(),
    })
    .nullable(),
  /** The KPIs that count the behaviour: the ones the worksheet may name. */
  behaviourKpis: z.array(z.object({ id: z.uuid(), name: z.string(), unit: z.string() })),
});
export type MeasurementPlanView = Json<typeof MeasurementPlanView>;

/** One COM-B factor of a follow-up survey against its baseline (core/measurement/effect.ts). */
export const FactorComparison = z.object({
  factor: z.enum(COMB_FACTORS),
  before: z.number().nullable(),
  /** On the baseline's scale, so the two can be compared when the scales differ. */
  after: z.number().nullable(),
  difference: z.number().nullable(),
  /** The 95% confidence interval of the difference. */
  ci: z.tuple([z.number(), z.number()]).nullable(),
  verdict: z.enum(['improved', 'worse', 'noClearChange', 'tooSmall', 'notMeasured']),
});
export type FactorComparison = Json<typeof FactorComparison>;

/** A follow-up survey ("1-meting") against the survey it repeats. */
export const FollowUp = z.object({
  id: z.uuid(),
  title: z.string(),
  status: SurveyStatus,
  responses: z.number().int(),
  baseline: z.object({ id: z.uuid(), title: z.string(), responses: z.number().int() }),
  /** The stricter of the two surveys' minimum group sizes (each fixed when it opened). */
  minGroupSize: z.number().int(),
  /** Only once both surveys are closed. */
  comparisons: z.array(FactorComparison).nullable(),
});
export type FollowUp = Json<typeof FollowUp>;

export const EffectView = z.object({ minGroupSize: z.number().int(), followUps: z.array(FollowUp) });
export type EffectView = Json<typeof EffectView>;

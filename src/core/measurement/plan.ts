import { z } from 'zod';
import { Day, ItemId, Line, Paragraph, filled, rows, type Missing } from '../worksheets/fields.js';
import { kpiProgress, type KpiDirection, type Measurement } from './kpis.js';

/**
 * The measurement worksheet ("Werkblad effectmeting"), which runs beside the six steps. In the
 * Wegwijzer informatieveilig gedrag (IVGZ, informatieveiliggedragzorg.nl; our summary in
 * shared/domain/steps.md, "The measurement track") the effect is measured on the target behaviour
 * itself — observation, logs, registrations, self-report only as a last resort — with a baseline
 * ("0-meting") before the interventions and a follow-up ("1-meting") by the same method in the
 * same group, or by comparing groups with and without the intervention, against a target
 * ("streefwaarde") set beforehand. A COM-B survey or a knowledge check measures what drives the
 * behaviour (its determinants), not the behaviour; how many an intervention reached is neither.
 * The MRC guidance on process evaluation keeps the three apart: outcomes, mechanisms of impact,
 * and implementation, reach included (Moore et al. 2015, BMJ 350:h1258).
 *
 * The numbers themselves live in one KPI (its baseline is the 0-meting, its target the
 * streefwaarde, its measurements after the baseline the 1-meting), so nothing is entered twice.
 */

/** How the behaviour is measured, most direct first. */
export const MEASUREMENT_METHODS = ['observation', 'logs', 'registrations', 'selfReport'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];

/** Before and after in one group, or groups with and without the intervention. */
export const MEASUREMENT_DESIGNS = ['beforeAfter', 'groups'] as const;
export type MeasurementDesign = (typeof MEASUREMENT_DESIGNS)[number];

/** What the team decides after the 1-meting: anchor what works (6.2), strengthen it, or go back to the analysis (3). */
export const MEASUREMENT_DECISIONS = ['anchor', 'strengthen', 'reanalyse'] as const;
export type MeasurementDecision = (typeof MEASUREMENT_DECISIONS)[number];

export const MeasurementPlan = z
  .strictObject({
    /** The KPI that counts the target behaviour. */
    outcomeKpiId: z.uuid().nullable(),
    method: z.enum(MEASUREMENT_METHODS).nullable(),
    /** What exactly is counted, where, over which period, by whom. */
    methodDetail: Paragraph,
    /** Why the behaviour itself cannot be counted, when the team falls back on self-report. */
    selfReportReason: Paragraph,
    design: z.enum(MEASUREMENT_DESIGNS).nullable(),
    /** With groups: which group gets the intervention and which does not, and how alike they are. */
    groups: Paragraph,
    /** Who is measured; the same at the 0-meting and the 1-meting. */
    population: Line,
    baselinePlannedOn: Day.nullable(),
    followUpPlannedOn: Day.nullable(),
    /** Where the measurement went differently from the plan, with the day it was noticed. */
    deviations: rows(z.strictObject({ id: ItemId, date: Day, description: Paragraph.min(1) }), 50),
    decision: z.enum(MEASUREMENT_DECISIONS).nullable(),
    decisionReason: Paragraph,
  })
  .superRefine((p, ctx) => {
    if (p.baselinePlannedOn && p.followUpPlannedOn && p.followUpPlannedOn <= p.baselinePlannedOn) {
      ctx.addIssue({ code: 'custom', message: 'followUpBeforeBaseline', path: ['followUpPlannedOn'] });
    }
  });
export type MeasurementPlan = z.infer<typeof MeasurementPlan>;

export const emptyMeasurementPlan = (): MeasurementPlan => ({
  outcomeKpiId: null,
  method: null,
  methodDetail: '',
  selfReportReason: '',
  design: null,
  groups: '',
  population: '',
  baselinePlannedOn: null,
  followUpPlannedOn: null,
  deviations: [],
  decision: null,
  decisionReason: '',
});

/** The outcome KPI as the plan reads it. */
export interface OutcomeKpi {
  direction: KpiDirection;
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  measurements: readonly Measurement[];
}

/** Where the measurement track stands. */
export interface MeasurementTrack {
  /** The 0-meting is carried out: the outcome KPI has a baseline with its day. */
  baselineDone: boolean;
  /** The latest measurement of the outcome KPI after its baseline day: the 1-meting. */
  followUp: Measurement | null;
}

export function measurementTrack(kpi: OutcomeKpi | null): MeasurementTrack {
  if (!kpi || kpi.baseline === null || kpi.baselineDate === null) return { baselineDone: false, followUp: null };
  const after = kpi.measurements.filter((m) => m.date > kpi.baselineDate!);
  return { baselineDone: true, followUp: after.reduce<Measurement | null>((latest, m) => (latest === null || m.date >= latest.date ? m : latest), null) };
}

/** What the worksheet still lacks, in the order the team meets it. */
export function measurementPlanMissing(plan: MeasurementPlan, kpi: OutcomeKpi | null): Missing[] {
  const missing: Missing[] = [];
  if (plan.method === null) missing.push({ code: 'fieldRequired', field: 'method' });
  if (!filled(plan.methodDetail)) missing.push({ code: 'fieldRequired', field: 'methodDetail' });
  if (plan.method === 'selfReport' && !filled(plan.selfReportReason)) missing.push({ code: 'fieldRequired', field: 'selfReportReason' });
  if (plan.design === null) missing.push({ code: 'fieldRequired', field: 'design' });
  if (plan.design === 'groups' && !filled(plan.groups)) missing.push({ code: 'fieldRequired', field: 'groups' });
  if (!filled(plan.population)) missing.push({ code: 'fieldRequired', field: 'population' });
  if (plan.outcomeKpiId === null || !kpi) missing.push({ code: 'fieldRequired', field: 'outcomeKpiId' });
  else if (kpi.target === null) missing.push({ code: 'measurementTargetMissing', field: 'outcomeKpiId' });
  if (plan.baselinePlannedOn === null) missing.push({ code: 'fieldRequired', field: 'baselinePlannedOn' });
  if (plan.followUpPlannedOn === null) missing.push({ code: 'fieldRequired', field: 'followUpPlannedOn' });
  return missing;
}

/**
 * The reminder on the sub-steps before the interventions (3.4, 4.1): the 0-meting must be planned,
 * and taken before step 5 starts, or nothing can show what the interventions changed. Null when it
 * has been carried out.
 */
export function baselineReminder(plan: MeasurementPlan | null, track: MeasurementTrack): 'baselineNotPlanned' | 'baselineNotDone' | null {
  if (track.baselineDone) return null;
  return plan?.baselinePlannedOn ? 'baselineNotDone' : 'baselineNotPlanned';
}

export interface DecisionSuggestion {
  decision: MeasurementDecision;
  /** Why, as a code the interface explains with the figures. */
  reason: 'targetReached' | 'improvedNotReached' | 'notImproved';
  baseline: number;
  followUp: number;
  target: number;
}

/**
 * What the figures suggest after the 1-meting; the team decides and writes down why (a change
 * between two measurements can be chance, a change of method or season: the deviations say). Null
 * until there is a baseline, a target and a 1-meting.
 */
export function suggestedDecision(kpi: OutcomeKpi | null): DecisionSuggestion | null {
  const { followUp } = measurementTrack(kpi);
  if (!kpi || followUp === null || kpi.baseline === null || kpi.target === null) return null;
  const { status } = kpiProgress(kpi, [followUp]);
  const improved = kpi.direction === 'increase' ? followUp.value > kpi.baseline : followUp.value < kpi.baseline;
  const figures = { baseline: kpi.baseline, followUp: followUp.value, target: kpi.target };
  if (status === 'reached') return { decision: 'anchor', reason: 'targetReached', ...figures };
  if (improved) return { decision: 'strengthen', reason: 'improvedNotReached', ...figures };
  return { decision: 'reanalyse', reason: 'notImproved', ...figures };
}

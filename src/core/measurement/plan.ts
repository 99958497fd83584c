import { z } from 'zod';
import { Day, ItemId, Line, Paragraph, filled, rows, type Missing } from '../worksheets/fields.js';
import { kpiProgress, series, type KpiDirection, type Measurement } from './kpis.js';

/**
 * The measurement worksheet ("Werkblad effectmeting"), which runs beside the six steps. In the
 * Wegwijzer informatieveilig gedrag (IVGZ, informatieveiliggedragzorg.nl, its measurement
 * worksheet beside the six steps) the effect is measured on the target behaviour
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

/**
 * How the behaviour is measured, most direct first. Observation and logs watch staff: measure per
 * group, never per person; the works council must consent to a system for observing staff
 * behaviour (WOR art. 27 lid 1 onder l); logs kept for another purpose (NEN 7513 access logs) may
 * be reused only when that fits it (AVG art. 5 lid 1 onder b, art. 6 lid 4); and a DPIA may be
 * due (AVG art. 35). The worksheet says so beside the choice.
 */
export const MEASUREMENT_METHODS = ['observation', 'logs', 'registrations', 'selfReport'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];

/** The worksheet keeps at most this many deviations. */
export const MAX_DEVIATIONS = 50;

/** Before and after in one group, or groups with and without the intervention. */
export const MEASUREMENT_DESIGNS = ['beforeAfter', 'groups'] as const;
export type MeasurementDesign = (typeof MEASUREMENT_DESIGNS)[number];

/** What the team decides after the 1-meting: anchor what works (6.2), strengthen it, or go back to the analysis (3). */
export const MEASUREMENT_DECISIONS = ['anchor', 'strengthen', 'reanalyse'] as const;
export type MeasurementDecision = (typeof MEASUREMENT_DECISIONS)[number];

/** The fields as stored: read back without the rules across fields, so an older plan never loses its deviations and decision. */
export const StoredMeasurementPlan = z.strictObject({
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
  /**
   * Where the measurement went differently from the plan, with the day it was noticed: written by
   * the team, or recorded by Wegwijs (an id starting with RECORDED_PREFIX), which the team cannot
   * change or remove (keepRecorded).
   */
  deviations: rows(z.strictObject({ id: ItemId, date: Day, description: Paragraph.min(1) }), MAX_DEVIATIONS),
  decision: z.enum(MEASUREMENT_DECISIONS).nullable(),
  decisionReason: Paragraph,
});

export const MeasurementPlan = StoredMeasurementPlan.superRefine((p, ctx) => {
  if (p.baselinePlannedOn && p.followUpPlannedOn && p.followUpPlannedOn <= p.baselinePlannedOn) {
    ctx.addIssue({ code: 'custom', message: 'followUpBeforeBaseline', path: ['followUpPlannedOn'] });
  }
});
export type MeasurementPlan = z.infer<typeof MeasurementPlan>;
export type Deviation = MeasurementPlan['deviations'][number];

/** The id prefix of a deviation Wegwijs records itself; "auto-" and a UUID without dashes fit ItemId's 40 characters. */
export const RECORDED_PREFIX = 'auto-';
export const isRecorded = (deviation: Pick<Deviation, 'id'>) => deviation.id.startsWith(RECORDED_PREFIX);

/**
 * The deviations a saved worksheet keeps: the team's own as sent, and every recorded one as stored,
 * whatever the input says. A recorded deviation is the trace of a change after the 0-meting, so a
 * stale browser tab that never saw it, or an edit, must not wipe it: a recorded id the store does
 * not hold is dropped, a changed text ignored, and one the input left out comes back at the end.
 */
export function keepRecorded(stored: readonly Deviation[], input: readonly Deviation[]): Deviation[] {
  const recorded = new Map(stored.filter(isRecorded).map((d) => [d.id, d]));
  const kept = input.flatMap((d) => (!isRecorded(d) ? [d] : recorded.has(d.id) ? [recorded.get(d.id)!] : []));
  const sent = new Set(kept.map((d) => d.id));
  return [...kept, ...[...recorded.values()].filter((d) => !sent.has(d.id))];
}

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

/** The 0-meting is taken once the KPI has a baseline value with its day. */
export const baselineTaken = (kpi: Pick<OutcomeKpi, 'baseline' | 'baselineDate'>) => kpi.baseline !== null && kpi.baselineDate !== null;

/**
 * The outcome KPI's figures the 0-meting fixes. The Wegwijzer takes the 0-meting and sets the
 * streefwaarde before the interventions (see the top of this file), so the 1-meting is read
 * against figures nobody moved after seeing them.
 */
export const FIXED_AT_BASELINE = ['baseline', 'baselineDate', 'target'] as const;
export type FixedField = (typeof FIXED_AT_BASELINE)[number];
type FixedFigures = Pick<OutcomeKpi, FixedField>;
export interface FixedChange {
  field: FixedField;
  before: number | string | null;
  after: number | string | null;
}

/**
 * What a change of the outcome KPI moves of the figures its 0-meting fixed: nothing before the
 * 0-meting is taken. Clearing one counts as a change. A first streefwaarde set after the 0-meting
 * does not: nothing was fixed yet, and it still comes before the interventions.
 */
export function fixedChanges(before: FixedFigures, after: FixedFigures): FixedChange[] {
  if (!baselineTaken(before)) return [];
  return FIXED_AT_BASELINE.filter((f) => before[f] !== after[f] && !(f === 'target' && before.target === null)).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/** Where the measurement track stands. */
export interface MeasurementTrack {
  /** The 0-meting is carried out: the outcome KPI has a baseline with its day. */
  baselineDone: boolean;
  /**
   * The 1-meting: the outcome KPI's first measurement on or after the day the plan set for it.
   * Points before that day (a monthly count Wegwijs adds, a check in between) are interim
   * measurements: the 1-meting is the one planned, not whichever came last.
   */
  followUp: Measurement | null;
  /** Measurements after the 0-meting and before the planned 1-meting. */
  interim: number;
}

export function measurementTrack(kpi: OutcomeKpi | null, plan: Pick<MeasurementPlan, 'followUpPlannedOn'> | null): MeasurementTrack {
  if (!kpi || !baselineTaken(kpi)) return { baselineDone: false, followUp: null, interim: 0 };
  const after = series(kpi.measurements.filter((m) => m.date > kpi.baselineDate!));
  const from = plan?.followUpPlannedOn ?? null;
  const followUp = from === null ? null : (after.find((m) => m.date >= from) ?? null);
  return { baselineDone: true, followUp, interim: after.filter((m) => from === null || m.date < from).length };
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
  // A decision is written down with its reasons (the Wegwijzer's step 6: the team reports why).
  if (plan.decision !== null && !filled(plan.decisionReason)) missing.push({ code: 'fieldRequired', field: 'decisionReason' });
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
 * until there is a baseline, a target and a 1-meting, and for a design with groups: that compares
 * the group with the intervention to the one without, which one KPI's line before and after
 * cannot show.
 */
export function suggestedDecision(kpi: OutcomeKpi | null, plan: Pick<MeasurementPlan, 'followUpPlannedOn' | 'design'> | null): DecisionSuggestion | null {
  const { followUp } = measurementTrack(kpi, plan);
  if (!kpi || !plan || plan.design === 'groups' || followUp === null || kpi.baseline === null || kpi.target === null) return null;
  const { status } = kpiProgress(kpi, [followUp]);
  const improved = kpi.direction === 'increase' ? followUp.value > kpi.baseline : followUp.value < kpi.baseline;
  const figures = { baseline: kpi.baseline, followUp: followUp.value, target: kpi.target };
  if (status === 'reached') return { decision: 'anchor', reason: 'targetReached', ...figures };
  if (improved) return { decision: 'strengthen', reason: 'improvedNotReached', ...figures };
  return { decision: 'reanalyse', reason: 'notImproved', ...figures };
}

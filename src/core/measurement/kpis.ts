import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { INDICATORS, type IndicatorKey } from '../interventions/indicators.js';
import { Day, Line, Paragraph, plainText, type Missing } from '../worksheets/fields.js';

/**
 * Step 6: the team turns the indicators of its plans (4.4) into KPIs, each with a unit, a baseline
 * ("0-meting"), a target and measurements over time, and follows the progress towards the target.
 */

/** Whether higher is better (report rate) or lower is better (click rate). */
export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/**
 * A number a team can enter: in zod 4 `z.number()` already refuses Infinity and NaN, and the bound
 * keeps differences and ratios of two such numbers finite too (near 1e308 they overflow). A trillion
 * is more than any count, percentage or score a programme measures.
 */
export const KPI_VALUE_MAX = 1e12;
const Finite = z.number().min(-KPI_VALUE_MAX).max(KPI_VALUE_MAX);

/** The built-in indicators where less is better; for the others (scores, reports, completion) more is. */
const LOWER_IS_BETTER: readonly IndicatorKey[] = ['phishingClickRate', 'unlockedScreens', 'misdirectedMail'];
export const defaultDirection = (indicator: IndicatorKey): KpiDirection => (LOWER_IS_BETTER.includes(indicator) ? 'decrease' : 'increase');

/** Whether `value` lies strictly beyond `from` in the KPI's direction. */
const beyond = (direction: KpiDirection, value: number, from: number) => (direction === 'increase' ? value > from : value < from);

/** The indicator Wegwijs feeds from the programme's surveys: it follows one COM-B factor's score. */
export const SURVEY_INDICATOR = 'surveyFactorScore' satisfies IndicatorKey;

/** What a KPI measures: the behaviour itself (an outcome), a factor behind it (a determinant), or how many an intervention reached. */
export const KPI_MEASURES = ['behaviour', 'determinant', 'reach'] as const;
export type KpiMeasures = (typeof KPI_MEASURES)[number];

/**
 * The built-in indicators by what they measure. Survey scores follow a COM-B factor and a
 * knowledge check tests psychological capability (knowledge): determinants. Training completion
 * counts who an intervention reached (reach, Moore et al. 2015, BMJ 350:h1258; see plan.ts). The rest count the behaviour or
 * its direct trace; a breach handled in time is one of reporting it straight away, since the
 * 72 hours run from the moment staff notice it (core/breach/awareness.ts).
 */
export const INDICATOR_MEASURES: Record<IndicatorKey, KpiMeasures> = {
  surveyFactorScore: 'determinant',
  knowledgeCheckScore: 'determinant',
  trainingCompletion: 'reach',
  breachReports: 'behaviour',
  breachHandledInTime: 'behaviour',
  phishingReportRate: 'behaviour',
  phishingClickRate: 'behaviour',
  emergencyAccessJustified: 'behaviour',
  unlockedScreens: 'behaviour',
  misdirectedMail: 'behaviour',
  observedBehaviour: 'behaviour',
};

/**
 * A built-in indicator says what it measures; a KPI of the team's own says it itself (null for one
 * saved before KPIs said it: then it is no outcome until the team says so).
 */
export const kpiMeasures = (kpi: { indicator: IndicatorKey | null; measures: KpiMeasures | null }): KpiMeasures | null =>
  kpi.indicator ? INDICATOR_MEASURES[kpi.indicator] : kpi.measures;

/** A KPI as the team defines it; based on a built-in indicator or free (indicator null). */
export const KpiInput = z
  .strictObject({
    name: Line.min(1),
    unit: Line.min(1),
    indicator: z.enum(INDICATORS).nullable(),
    /** The COM-B factor a survey-score KPI follows; only that indicator has one. */
    factor: z.enum(COMB_FACTORS).nullable(),
    /** What a KPI of the team's own measures; a built-in indicator says it itself (kpiMeasures). */
    measures: z.enum(KPI_MEASURES).nullable().default(null),
    /** The chosen intervention whose effect it measures, or null for the programme as a whole. */
    candidateId: z.uuid().nullable(),
    direction: z.enum(KPI_DIRECTIONS),
    baseline: Finite.nullable(),
    baselineDate: Day.nullable(),
    target: Finite.nullable(),
    targetDate: Day.nullable(),
    notes: Paragraph,
    /**
     * Why the 0-meting, its day or the streefwaarde of the behaviour KPI moves after the 0-meting
     * (fixedChanges in plan.ts): a change the plan did not foresee, recorded as a deviation with
     * its reason (service: measurement update). The name is older than the 0-meting's part and
     * kept so the API does not change. Not stored on the KPI.
     */
    // Shorter than a deviation's description, so the recorded deviation always fits the worksheet.
    targetChangeReason: plainText().trim().max(2_000).default(''),
  })
  .superRefine((k, ctx) => {
    if (k.baselineDate && k.targetDate && k.targetDate < k.baselineDate) {
      ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['targetDate'] });
    }
    if (k.baseline !== null && k.target !== null && !beyond(k.direction, k.target, k.baseline)) {
      ctx.addIssue({ code: 'custom', message: 'targetWrongDirection', path: ['target'] });
    }
    if (k.indicator === SURVEY_INDICATOR && k.factor === null) {
      ctx.addIssue({ code: 'custom', message: 'kpiFactorRequired', path: ['factor'] });
    }
    if (k.indicator !== SURVEY_INDICATOR && k.factor !== null) {
      ctx.addIssue({ code: 'custom', message: 'kpiFactorNotAllowed', path: ['factor'] });
    }
    if (k.indicator !== null && k.measures !== null) {
      ctx.addIssue({ code: 'custom', message: 'kpiMeasuresNotAllowed', path: ['measures'] });
    }
    // No default: "% that followed the e-learning" must not pass for the behaviour by omission.
    if (k.indicator === null && k.measures === null) {
      ctx.addIssue({ code: 'custom', message: 'kpiMeasuresRequired', path: ['measures'] });
    }
  });
/** A KPI as stored and shown. */
export type KpiInput = Omit<z.infer<typeof KpiInput>, 'targetChangeReason'>;
/** A KPI as the team sends it: with the reason when its fixed figures move after the 0-meting. */
export type KpiChange = z.infer<typeof KpiInput>;

/** One measurement of a KPI on a day. */
export const MeasurementInput = z.strictObject({ date: Day, value: Finite, note: Line });
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export interface Measurement {
  date: string;
  value: number;
}

export const KPI_STATUSES = ['noData', 'noTarget', 'onTrack', 'reached', 'worse'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export interface KpiProgress<T extends Measurement = Measurement> {
  /** The measurement with the latest date; of several on that day, the last entered. */
  latest: T | null;
  /** latest - baseline; null without a measurement or a baseline. */
  change: number | null;
  /** How far from baseline to target: (latest - baseline) / (target - baseline), clamped to [0, 1.5]. */
  share: number | null;
  status: KpiStatus;
}

/** Upper bound of `share`: a chart shows overshoot, but not without limit. */
export const SHARE_MAX = 1.5;

/** Measurements by date, oldest first; measurements on the same day keep their order. */
export function series<T extends Measurement>(measurements: readonly T[]): T[] {
  // Array.prototype.sort is stable; ISO days compare correctly as strings.
  return [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Values stored before KPI_VALUE_MAX could still overflow: such a figure is left out rather than shown as Infinity. */
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Where a KPI stands: its latest measurement, the change since the baseline and the way to the target. */
export function kpiProgress<T extends Measurement>(
  kpi: { direction: KpiDirection; baseline: number | null; target: number | null },
  measurements: readonly T[],
): KpiProgress<T> {
  const latest = series(measurements).at(-1) ?? null;
  const { direction, baseline, target } = kpi;
  const change = latest !== null && baseline !== null ? finiteOrNull(latest.value - baseline) : null;
  const share =
    latest !== null && baseline !== null && target !== null && target !== baseline
      ? finiteOrNull(Math.min(SHARE_MAX, Math.max(0, (latest.value - baseline) / (target - baseline))))
      : null;
  const status: KpiStatus =
    latest === null
      ? 'noData'
      : baseline === null || target === null
        ? 'noTarget'
        : latest.value === target || beyond(direction, latest.value, target)
          ? 'reached'
          : beyond(direction, baseline, latest.value)
            ? 'worse'
            : 'onTrack';
  return { latest, change, share, status };
}

const KPI_REQUIRED = ['baseline', 'target', 'targetDate'] as const;

/** What a KPI still needs before it can be measured against: a baseline, a target and a target date. */
export function kpiMissing(kpi: Pick<KpiInput, (typeof KPI_REQUIRED)[number]>): Missing[] {
  return KPI_REQUIRED.filter((f) => kpi[f] === null).map((field) => ({ code: 'fieldRequired', field }));
}

/** A survey's factor means as the KPIs may use them: null when too few answered to show any. */
export interface SurveyScores {
  id: string;
  title: string;
  /** The day it closed. */
  date: string;
  factors: readonly { factor: CombFactor; mean: number }[] | null;
}

/** The points a survey-score KPI gets from the closed surveys: one per survey that measured the factor and may be shown. */
export function surveyPoints(factor: CombFactor, surveys: readonly SurveyScores[]): { surveyId: string; title: string; date: string; value: number }[] {
  return surveys.flatMap((s) => {
    const score = s.factors?.find((f) => f.factor === factor);
    return score ? [{ surveyId: s.id, title: s.title, date: s.date, value: score.mean }] : [];
  });
}

/** The indicator Wegwijs feeds from the programme's closed knowledge checks: the share of right answers. */
export const KNOWLEDGE_INDICATOR = 'knowledgeCheckScore' satisfies IndicatorKey;

/**
 * A closed knowledge check's mean score (0–100) as the KPIs may use it, over its scored scenarios
 * (src/core/knowledge/scoring.ts: withdrawn ones left out): null when too few answered to show it,
 * or when it holds no scored scenario.
 */
export interface CheckScore {
  id: string;
  title: string;
  /** The day it closed. */
  date: string;
  meanScore: number | null;
}

/** The points a knowledge-check KPI gets: one per closed check of the programme whose score may be shown. */
export function checkPoints(checks: readonly CheckScore[]): { checkId: string; title: string; date: string; value: number }[] {
  return checks.flatMap((c) => (c.meanScore === null ? [] : [{ checkId: c.id, title: c.title, date: c.date, value: c.meanScore }]));
}

export interface KpiSuggestion {
  indicator: IndicatorKey;
  /** The chosen interventions whose plans (4.4) name it. */
  candidates: { id: string; title: string }[];
}

/** The indicators the plans of the chosen interventions name that no KPI uses yet, in the order of INDICATORS. */
export function kpiSuggestions(
  plans: readonly { id: string; title: string; indicators: readonly IndicatorKey[] }[],
  kpis: readonly { indicator: IndicatorKey | null }[],
): KpiSuggestion[] {
  const used = new Set(kpis.map((k) => k.indicator));
  return INDICATORS.filter((indicator) => !used.has(indicator))
    .map((indicator) => ({ indicator, candidates: plans.filter((p) => p.indicators.includes(indicator)).map(({ id, title }) => ({ id, title })) }))
    .filter((s) => s.candidates.length > 0);
}

import type { CombFactor } from '../comb.js';
import { effectiveMinimum, respondentsPerStatement } from '../survey/anonymity.js';

/**
 * Effect measurement per COM-B factor: the follow-up survey ("1-meting") against the baseline
 * ("0-meting"), as a difference in scale points with a 95% confidence interval.
 *
 * Only counts are stored (no respondent's answers are linked), so the spread of a factor score is
 * taken from the pooled item answers. The mean of several items varies less than one item does,
 * so this overstates the uncertainty: the interval is, if anything, too wide, and a change it calls
 * clear is clear. Groups smaller than the organisation's minimum are not compared at all.
 */

export interface FactorSample {
  factor: CombFactor;
  /** Mean of the factor's items, on the survey's own scale. */
  mean: number;
  /** Pooled answers to the factor's items: how many chose 1, 2, … */
  distribution: readonly number[];
  /** The released noise's standard deviation on the mean (src/core/survey/noise.ts); 0 or absent without noise. */
  noiseSd?: number;
  /**
   * The pooled answers on the scale and the number of statements they came from (a released factor
   * score has both). Their ratio is how many respondents the score stands on once "weet ik niet"
   * is left out; absent, every respondent answered every statement.
   */
  n?: number;
  items?: number;
}

export interface SurveySample {
  /** Respondents. */
  responses: number;
  scale: 5 | 7;
  factors: readonly FactorSample[];
}

export type Verdict = 'improved' | 'worse' | 'noClearChange' | 'tooSmall' | 'notMeasured';

export interface FactorComparison {
  factor: CombFactor;
  before: number | null;
  /** On the baseline's scale, so the two can be compared when the scales differ. */
  after: number | null;
  difference: number | null;
  ci: [number, number] | null;
  verdict: Verdict;
}

/** Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom; beyond that the normal 1.96 is close enough. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
export const tQuantile975 = (df: number) => (df >= 31 ? (df >= 120 ? 1.96 : 1.96 + 2.4 / df) : T975[Math.max(1, Math.floor(df)) - 1]!);

/** Variance of the answers in a distribution over 1..scale (sample variance). */
function variance(distribution: readonly number[]): number {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n < 2) return 0;
  const mean = distribution.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  return distribution.reduce((a, c, i) => a + c * (i + 1 - mean) ** 2, 0) / (n - 1);
}

/** Maps a mean and a variance from one scale onto another, point 1 onto 1 and the top onto the top. */
function rescale(mean: number, v: number, from: number, to: number) {
  const k = (to - 1) / (from - 1);
  return { mean: 1 + (mean - 1) * k, variance: v * k * k };
}

/** How many respondents a factor score stands on: never more than answered the survey. */
const sampleSize = (survey: SurveySample, factor: FactorSample) =>
  factor.n !== undefined && factor.items ? Math.min(survey.responses, respondentsPerStatement(factor.n, factor.items)) : survey.responses;

/** Each factor of the baseline, compared with the follow-up (Welch's interval for two independent groups). */
export function compareFactors(before: SurveySample, after: SurveySample, organisationMinimum: number): FactorComparison[] {
  const minimum = effectiveMinimum(organisationMinimum);
  return before.factors.map((b) => {
    const a = after.factors.find((f) => f.factor === b.factor);
    const empty = { factor: b.factor, before: null, after: null, difference: null, ci: null };
    if (!a) return { ...empty, verdict: 'notMeasured' as const };
    const [nx, ny] = [sampleSize(before, b), sampleSize(after, a)];
    // A factor most answered "weet ik niet" to stands on too few, however many took part.
    if (nx < minimum || ny < minimum) return { ...empty, verdict: 'tooSmall' as const };
    const x = { mean: b.mean, variance: variance(b.distribution) };
    const y = rescale(a.mean, variance(a.distribution), after.scale, before.scale);
    const k = (before.scale - 1) / (after.scale - 1);
    // The privacy noise adds its own, known variance to each mean, so the interval widens by it.
    const [sx, sy] = [x.variance / nx + (b.noiseSd ?? 0) ** 2, y.variance / ny + ((a.noiseSd ?? 0) * k) ** 2];
    const se = Math.sqrt(sx + sy);
    const difference = y.mean - x.mean;
    const df = se === 0 ? Infinity : (sx + sy) ** 2 / (sx ** 2 / (nx - 1) + sy ** 2 / (ny - 1));
    const margin = tQuantile975(df) * se;
    const ci: [number, number] = [difference - margin, difference + margin];
    const verdict = ci[0] > 0 ? 'improved' : ci[1] < 0 ? 'worse' : 'noClearChange';
    return { factor: b.factor, before: x.mean, after: y.mean, difference, ci, verdict };
  });
}

/**
 * A survey as the effect measurement receives it: its factor scores only when enough answered to
 * show them (`factors` null otherwise), and always which factors it asks about.
 */
export interface SurveyOutcome {
  responses: number;
  scale: 5 | 7;
  measured: readonly CombFactor[];
  factors: readonly FactorSample[] | null;
}

/**
 * Each factor the baseline asks about, compared with the follow-up. When either survey's scores
 * were withheld (too few answered) no number reaches the comparison, so none can leak from it.
 */
export function compareSurveys(before: SurveyOutcome, after: SurveyOutcome, organisationMinimum: number): FactorComparison[] {
  if (before.factors && after.factors) return compareFactors({ ...before, factors: before.factors }, { ...after, factors: after.factors }, organisationMinimum);
  return before.measured.map((factor) => ({
    factor,
    before: null,
    after: null,
    difference: null,
    ci: null,
    verdict: after.measured.includes(factor) ? ('tooSmall' as const) : ('notMeasured' as const),
  }));
}

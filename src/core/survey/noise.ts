/**
 * Calibrated noise on released answer counts (differential privacy), so that a team member who
 * adds answers of their own and knows every other answer still cannot read one colleague's answers
 * from the results (the "stuffing" attack, docs/anonymity.md).
 *
 * Mechanism: every count of a released distribution (per statement and per view: the whole survey
 * and each shown group) gets independent two-sided geometric noise, the discrete Laplace mechanism
 * (Ghosh, Roughgarden & Sundararajan 2012, "Universally utility-maximizing privacy mechanisms",
 * SIAM J. Comput. 41(6); Dwork & Roth 2014, "The Algorithmic Foundations of Differential Privacy",
 * §3.3). Counts stay whole numbers, so the floating-point weakness of a continuous Laplace sampler
 * (Mironov 2012, CCS) does not apply to what is shown. Means and factor scores are computed from
 * the noisy counts: post-processing, which costs no privacy (Dwork & Roth, Prop. 2.1).
 *
 * The noise is drawn once per survey from a secret seed fixed when it opens, so every view of the
 * results shows the same figures: asking again cannot average the noise away.
 */

/**
 * The privacy budget per statement: whether one person answered x or y changes two counts of a
 * view by 1, so a view with noise scale b is (2/b)-differentially private for that answer. A person
 * who answers the grouping questions appears in the whole-survey view and in one group per
 * question; the views together stay within ε = 2 per statement (sequential composition, Dwork &
 * Roth Thm. 3.16). Wegwijs' own choice of ε: someone who knows every other answer guesses a
 * 5-point answer right with a chance of at most e²/(e²+4) ≈ 65% instead of 20%, and all answers of
 * a ten-statement survey with a chance below 1.4%, while the mean of 50 answers without grouping
 * questions moves by about 0.09 scale points.
 */
export const EPSILON_PER_STATEMENT = 2;

/**
 * How the budget is shared over the views: without grouping questions the whole survey gets all of
 * it; with them, half goes to the whole survey (the figures the effect measurement, the KPIs and
 * the board report use) and the other half is split over the grouping questions. An even split
 * over all views would give the whole survey b = 1 + (grouping questions); with two of them that
 * hid a change of a full scale point in two of three surveys of 35 answers (bench/README.md).
 */
export function noiseScales(groupQuestions: number): { overall: number; group: number } {
  const perStatement = 2 / EPSILON_PER_STATEMENT;
  if (groupQuestions === 0) return { overall: perStatement, group: perStatement };
  return { overall: 2 * perStatement, group: 2 * groupQuestions * perStatement };
}

/** A uniform number in (0, 1), the same every time for the same label: the survey's seeded source. */
export type NoiseSource = (label: string) => number;

/** A round's noise: its seeded source and the scale b of the whole-round view and of each group's. */
export interface Noise {
  source: NoiseSource;
  overall: number;
  group: number;
}

/** The noise of one view: the round's source at that view's scale. */
export interface ViewNoise {
  source: NoiseSource;
  scale: number;
}

export const viewNoise = (noise: Noise, view: 'overall' | 'group'): ViewNoise => ({ source: noise.source, scale: noise[view] });

const alpha = (b: number) => Math.exp(-1 / b);

/** One geometric draw on {0, 1, …} with P(k) = (1 − α)·α^k, by inversion. */
const geometric = (u: number, a: number) => Math.floor(Math.log(u) / Math.log(a));

/** Discrete Laplace noise: the difference of two independent geometric draws. */
export function discreteLaplace(noise: ViewNoise, label: string): number {
  const a = alpha(noise.scale);
  return geometric(noise.source(`${label}+`), a) - geometric(noise.source(`${label}-`), a);
}

/** The variance of one count's noise: 2α/(1 − α)². */
export const noiseVariance = (b: number) => (2 * alpha(b)) / (1 - alpha(b)) ** 2;

/**
 * A distribution as released: each count plus its noise, never below zero (clamping is
 * post-processing). `label` names the view and statement, so every count has its own draw.
 */
export function noisyCounts(counts: readonly number[], noise: ViewNoise, label: string): number[] {
  return counts.map((c, i) => Math.max(0, c + discreteLaplace(noise, `${label}:${i}`)));
}

/**
 * How far the noise moves the mean of one statement over `n` answers, as a standard deviation:
 * the noise of each count weighs with that point's distance from the mean (taken as the scale's
 * middle). Used to explain the effect on the results page and to widen the effect interval.
 */
export function meanNoiseSd(n: number, scale: number, b: number): number {
  if (n <= 0) return 0;
  const middle = (scale + 1) / 2;
  let spread = 0;
  for (let v = 1; v <= scale; v++) spread += (v - middle) ** 2;
  return Math.sqrt(spread * noiseVariance(b)) / n;
}

/**
 * APEASE (Michie et al. 2014): candidates are weighed on affordability, practicability,
 * effectiveness (and cost-effectiveness), acceptability, side-effects/safety and equity. Each
 * core-team member rates each criterion 1 (poor) to 5 (good); "side-effects" is rated the same way
 * round (5 = few or harmless side-effects), so higher is always better.
 */
export const APEASE_CRITERIA = ['affordability', 'practicability', 'effectiveness', 'acceptability', 'sideEffects', 'equity'] as const;
export type ApeaseCriterion = (typeof APEASE_CRITERIA)[number];

/** One member's ratings of one candidate; a criterion left out is "don't know". */
export type ApeaseRating = Partial<Record<ApeaseCriterion, number>>;

export interface CriterionView {
  criterion: ApeaseCriterion;
  /** Null when nobody rated it. */
  mean: number | null;
  raters: number;
  min: number | null;
  max: number | null;
  /** How many members gave each score: counts[0] is the number of 1s, counts[4] of 5s. */
  counts: number[];
  /** Members differ by two points or more: worth talking about before choosing. */
  disagreement: boolean;
}

export interface CandidateView {
  candidateId: string;
  criteria: CriterionView[];
  /** Mean of the rated criteria' means; null while nothing is rated. */
  overall: number | null;
  /** The criterion means below 3 ("poor"), which a choice should answer for. */
  concerns: ApeaseCriterion[];
  disagreements: ApeaseCriterion[];
}

/** How far apart two ratings of one criterion must be to count as a disagreement. */
export const DISAGREEMENT_GAP = 2;

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The team's combined view of one candidate from each member's ratings. */
export function combineRatings(candidateId: string, ratings: readonly ApeaseRating[]): CandidateView {
  const criteria = APEASE_CRITERIA.map((criterion) => {
    const values = ratings.map((r) => r[criterion]).filter((v): v is number => typeof v === 'number');
    const min = values.length ? Math.min(...values) : null;
    const max = values.length ? Math.max(...values) : null;
    const counts = [1, 2, 3, 4, 5].map((score) => values.filter((v) => v === score).length);
    return { criterion, mean: mean(values), raters: values.length, min, max, counts, disagreement: min !== null && max! - min >= DISAGREEMENT_GAP };
  });
  const rated = criteria.filter((c) => c.mean !== null);
  return {
    candidateId,
    criteria,
    overall: mean(rated.map((c) => c.mean!)),
    concerns: rated.filter((c) => c.mean! < 3).map((c) => c.criterion),
    disagreements: criteria.filter((c) => c.disagreement).map((c) => c.criterion),
  };
}

/** Candidates best first; unrated ones last, in their given order. */
export function rankCandidates(views: readonly CandidateView[]): CandidateView[] {
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (b.v.overall ?? -1) - (a.v.overall ?? -1) || a.i - b.i)
    .map(({ v }) => v);
}

import type { CombFactor } from '../comb.js';
import { decideDisclosure, effectiveMinimum, type Cell } from './anonymity.js';
import { measuredFactors, type SurveyDefinition } from './definition.js';

/** Answers of one cell (respondents with the same group answers): per item, how many chose 1, 2, … */
export interface CellCounts extends Cell {
  counts: number[][];
}

export interface Score {
  n: number;
  mean: number;
  /** How many answers fell on each point of the scale, from 1 upwards. */
  distribution: number[];
}
export interface ItemScore extends Score {
  itemId: string;
  factor: CombFactor | null;
}
export interface FactorScore extends Score {
  factor: CombFactor;
  /** The number of statements the factor's score is the mean of. */
  items: number;
}
export interface Scores {
  n: number;
  factors: FactorScore[];
  items: ItemScore[];
}
export interface GroupScores extends Scores {
  optionId: string;
}
export interface QuestionResults {
  questionId: string;
  groups: GroupScores[];
  /** Options not shown (too few respondents, or they would reveal a small group); their sizes stay hidden. */
  hiddenOptions: number;
  /** Why a whole question is withheld although its groups are large enough on their own. */
  withheld: 'combination' | null;
}
export interface SurveyResults {
  responses: number;
  minGroupSize: number;
  /** Null when fewer than the minimum answered: then nothing is shown at all. */
  overall: Scores | null;
  questions: QuestionResults[];
}

function score(distribution: number[]): Score {
  const n = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, count, i) => a + count * (i + 1), 0);
  return { n, mean: n === 0 ? 0 : sum / n, distribution };
}

const addInto = (target: number[], source: readonly number[]) => source.forEach((v, i) => (target[i] = (target[i] ?? 0) + v));

/**
 * Scores of a set of cells: per item the distribution and mean, per factor the pooled distribution
 * and the mean of its items (every respondent answers every item, so that is the mean of the
 * respondents' factor scores).
 */
function scoresOf(definition: SurveyDefinition, cells: readonly CellCounts[]): Scores {
  const perItem = definition.items.map(() => Array<number>(definition.scale).fill(0));
  for (const cell of cells) cell.counts.forEach((counts, i) => addInto(perItem[i]!, counts));
  const items = definition.items.map((item, i) => ({ itemId: item.id, factor: item.factor, ...score(perItem[i]!) }));
  const factors = measuredFactors(definition).map((factor) => {
    const mine = items.filter((i) => i.factor === factor);
    const pooled = Array<number>(definition.scale).fill(0);
    mine.forEach((i) => addInto(pooled, i.distribution));
    return { factor, items: mine.length, ...score(pooled), mean: mine.reduce((a, i) => a + i.mean, 0) / mine.length };
  });
  return { n: cells.reduce((a, c) => a + c.n, 0), factors, items };
}

/** The results as they may be shown: suppressed where a group is too small, from the cell counts. */
export function surveyResults(definition: SurveyDefinition, cells: readonly CellCounts[], organisationMinimum: number): SurveyResults {
  const disclosure = decideDisclosure(cells, definition.groups.length, organisationMinimum);
  const responses = cells.reduce((a, c) => a + c.n, 0);
  return {
    responses,
    minGroupSize: effectiveMinimum(organisationMinimum),
    overall: disclosure.overall ? scoresOf(definition, cells) : null,
    questions: definition.groups.map((question, d) => {
      const shown = disclosure.shown[d]!;
      return {
        questionId: question.id,
        groups: question.options
          .filter((o) => shown.has(o.id))
          .map((o) => ({ optionId: o.id, ...scoresOf(definition, cells.filter((c) => c.groups[d] === o.id)) })),
        hiddenOptions: question.options.length - shown.size,
        withheld: disclosure.withheld[d]!,
      };
    }),
  };
}

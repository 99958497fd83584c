import { z } from 'zod';
import { COMB_FACTORS } from '../comb.js';
import { decideDisclosure, effectiveMinimum, type Cell } from './anonymity.js';
import { measuredFactors, type SurveyDefinition } from './definition.js';
import { EPSILON_PER_STATEMENT, meanNoiseSd, noisyCounts, viewNoise, type Noise, type ViewNoise } from './noise.js';

/**
 * Answers of one cell (respondents with the same group answers): per item, how many chose 1, 2, …
 * A "weet ik niet" is in the cell's n but in none of its item's counts.
 */
export interface CellCounts extends Cell {
  counts: number[][];
}

const count = z.number().int().min(0).max(10_000_000);
const scaleMean = z.number().min(1).max(7);
const key = z.string().max(100);

export const Score = z.object({
  /** Respondents for a view; for a statement or factor its answers on the scale, "weet ik niet" left out (with the released noise). */
  n: count,
  mean: scaleMean,
  /** How many answers fell on each point of the scale, from 1 upwards (with the released noise). */
  distribution: z.array(count).min(5).max(7),
  /** How far the noise may move the mean, as a standard deviation (0 without noise). */
  noiseSd: z.number().min(0).max(1000),
});
export type Score = z.infer<typeof Score>;
const ItemScore = Score.extend({ itemId: key, factor: z.enum(COMB_FACTORS).nullable() });
export type ItemScore = z.infer<typeof ItemScore>;
const FactorScore = Score.extend({
  factor: z.enum(COMB_FACTORS),
  /** The number of statements the factor's score is the mean of. */
  items: z.number().int().min(1).max(60),
});
export type FactorScore = z.infer<typeof FactorScore>;
const Scores = z.object({ n: count, factors: z.array(FactorScore).max(COMB_FACTORS.length), items: z.array(ItemScore).max(60) });
export type Scores = z.infer<typeof Scores>;
export type GroupScores = Scores & { optionId: string };
const QuestionResults = z.object({
  questionId: key,
  groups: z.array(Scores.extend({ optionId: key })).max(40),
  /** Options not shown (too few respondents, or they would reveal a small group); their sizes stay hidden. */
  hiddenOptions: z.number().int().min(0).max(40),
  /** Why a whole question is withheld although its groups are large enough on their own. */
  withheld: z.literal('combination').nullable(),
});
export type QuestionResults = z.infer<typeof QuestionResults>;

/**
 * A closed survey's results as released. Also the shape in which they travel in the organisation
 * export and are kept after an import (docs/anonymity.md): the released figures, never the answers.
 */
export const SurveyResults = z.object({
  responses: count,
  minGroupSize: z.number().int().min(3).max(50),
  /** Null when fewer than the minimum answered: then nothing is shown at all. */
  overall: Scores.nullable(),
  questions: z.array(QuestionResults).max(3),
  /** The privacy budget per statement when the counts carry noise (src/core/survey/noise.ts). */
  epsilon: z.number().positive().max(100).nullable(),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

/**
 * The score of a released distribution: n, mean and the noise's spread on that mean all come from
 * the released counts alone (post-processing). The exact number who answered "weet ik niet" is
 * never an input, so no figure shows it (docs/anonymity.md, section 7). `statements` is how many
 * statements' counts were pooled into it, each with its own noise.
 */
function score(distribution: number[], noise: ViewNoise | null, statements = 1): Score {
  const n = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, count, i) => a + count * (i + 1), 0);
  const noiseSd = noise ? meanNoiseSd(n, distribution.length, noise.scale) * Math.sqrt(statements) : 0;
  // A distribution emptied by "weet ik niet" or by noise: the middle of the scale, the least telling.
  return { n, mean: n === 0 ? (distribution.length + 1) / 2 : sum / n, distribution, noiseSd };
}

const addInto = (target: number[], source: readonly number[]) => source.forEach((v, i) => (target[i] = (target[i] ?? 0) + v));

/**
 * Scores of a set of cells (one view, named by `view` for its noise): per item the distribution and
 * mean of the answers on the scale, per factor the pooled distribution of its items and its mean:
 * the mean of every answer on the scale to the factor's statements. "Weet ik niet" counts as
 * missing: it leaves an item's n and mean, and a statement most did not know weighs less in its
 * factor instead of pulling it to the middle. With noise, each item's counts get their own draw and
 * everything else is computed from those.
 */
function scoresOf(definition: SurveyDefinition, cells: readonly CellCounts[], noise: ViewNoise | null, view: string): Scores {
  const n = cells.reduce((a, c) => a + c.n, 0);
  const perItem = definition.items.map(() => Array<number>(definition.scale).fill(0));
  for (const cell of cells) cell.counts.forEach((counts, i) => addInto(perItem[i]!, counts));
  const items = definition.items.map((item, i) => ({
    itemId: item.id,
    factor: item.factor,
    ...score(noise ? noisyCounts(perItem[i]!, noise, `${view}/${item.id}`) : perItem[i]!, noise),
  }));
  const factors = measuredFactors(definition).map((factor) => {
    const mine = items.filter((i) => i.factor === factor);
    const pooled = Array<number>(definition.scale).fill(0);
    mine.forEach((i) => addInto(pooled, i.distribution));
    return { factor, items: mine.length, ...score(pooled, noise, mine.length) };
  });
  return { n, factors, items };
}

/**
 * The results as they may be shown: suppressed where a group is too small, from the cell counts,
 * and with the survey's noise when it has one (every survey opened since the noise exists).
 */
export function surveyResults(
  definition: SurveyDefinition,
  cells: readonly CellCounts[],
  organisationMinimum: number,
  noise: Noise | null = null,
): SurveyResults {
  const disclosure = decideDisclosure(cells, definition.groups.length, organisationMinimum);
  const responses = cells.reduce((a, c) => a + c.n, 0);
  return {
    responses,
    minGroupSize: effectiveMinimum(organisationMinimum),
    overall: disclosure.overall ? scoresOf(definition, cells, noise && viewNoise(noise, 'overall'), 'all') : null,
    questions: definition.groups.map((question, d) => {
      const shown = disclosure.shown[d]!;
      return {
        questionId: question.id,
        groups: question.options
          .filter((o) => shown.has(o.id))
          .map((o) => ({
            optionId: o.id,
            ...scoresOf(
              definition,
              cells.filter((c) => c.groups[d] === o.id),
              noise && viewNoise(noise, 'group'),
              `${question.id}=${o.id}`,
            ),
          })),
        hiddenOptions: question.options.length - shown.size,
        withheld: disclosure.withheld[d]!,
      };
    }),
    epsilon: noise ? EPSILON_PER_STATEMENT : null,
  };
}

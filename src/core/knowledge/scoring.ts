import type { CheckDefinition, ScenarioCatalogue } from './definition.js';

/** The right option of each scenario of a check, in the check's order. */
export const rightOptions = (definition: CheckDefinition, catalogue: ScenarioCatalogue): number[] =>
  definition.scenarios.map((key) => catalogue.get(key)!.right);

/** How many of the answers (one option per scenario, in order) are right. */
export const correctCount = (rights: readonly number[], answers: readonly number[]): number =>
  rights.reduce((sum, right, i) => sum + (answers[i] === right ? 1 : 0), 0);

/** A score as the share of right answers, 0–100. */
export const percentRight = (correct: number, asked: number): number => (asked === 0 ? 0 : (100 * correct) / asked);

import type { CheckDefinition, ScenarioCatalogue } from './definition.js';

/**
 * The right option of each scenario of a check, in the check's order; null for a withdrawn one,
 * which no longer counts towards anyone's score. A scenario is withdrawn because its "right"
 * option turned out not to be right: `sharing-teacher` called consent of the young person and the
 * parents together right for telling a school, but a 12–15-year-old who can weigh it decides that
 * alone (BW art. 7:457 lid 1 with art. 7:465 lid 1 en 2; Jeugdwet art. 7.3.11 lid 1). Checks that
 * already hold it keep serving it, with its feedback, but score nobody on it.
 */
export const rightOptions = (definition: CheckDefinition, catalogue: ScenarioCatalogue): (number | null)[] =>
  definition.scenarios.map((key) => {
    const scenario = catalogue.get(key)!;
    return scenario.retired ? null : scenario.right;
  });

/** How many scenarios count towards a score: the asked ones not withdrawn. */
export const scoredCount = (rights: readonly (number | null)[]): number => rights.filter((right) => right !== null).length;

/** How many of the answers (one option per scenario, in order) are right; a withdrawn scenario counts for none. */
export const correctCount = (rights: readonly (number | null)[], answers: readonly number[]): number =>
  rights.reduce<number>((sum, right, i) => sum + (right !== null && answers[i] === right ? 1 : 0), 0);

/** A score as the share of right answers, 0–100. */
export const percentRight = (correct: number, asked: number): number => (asked === 0 ? 0 : (100 * correct) / asked);

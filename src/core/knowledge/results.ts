import { z } from 'zod';
import { decideDisclosure, effectiveMinimum } from '../survey/anonymity.js';
import { EPSILON_PER_STATEMENT, noisyCounts, viewNoise, type Noise, type ViewNoise } from '../survey/noise.js';
import { MAX_DEPARTMENTS, MAX_SCENARIOS, type CheckDefinition, type ScenarioCatalogue } from './definition.js';
import { percentRight, rightOptions } from './scoring.js';

/** Respondents of one department (null: not asked or not given) who chose the same options. */
export interface ResponseCell {
  department: string | null;
  answers: readonly number[];
  n: number;
}

const count = z.number().int().min(0).max(10_000_000);
const percent = z.number().min(0).max(100);

const ScenarioResult = z.object({
  key: z.string().max(60),
  n: count,
  /**
   * How many chose the right option; null for a withdrawn scenario, which has no right option to
   * count (src/core/knowledge/scoring.ts). Results released before it was withdrawn keep their count.
   */
  right: count.nullable(),
  percentRight: percent.nullable(),
  /** How many chose each option, from the first: shows which wrong answer is common. */
  chosen: z.array(count).max(20),
});
export type ScenarioResult = z.infer<typeof ScenarioResult>;
const ScoreSummary = z.object({
  n: count,
  /**
   * The mean score: the share of right answers over all respondents and the scored scenarios
   * (withdrawn ones left out), 0–100; null when the check holds no scored scenario.
   */
  meanScore: percent.nullable(),
  scenarios: z.array(ScenarioResult).max(MAX_SCENARIOS),
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;
const DepartmentResult = ScoreSummary.extend({ departmentId: z.string().max(100) });
export type DepartmentResult = z.infer<typeof DepartmentResult>;

/**
 * A closed check's results as released; also how they travel in the organisation export and are
 * kept after an import, as a survey's are (src/core/survey/results.ts).
 */
export const CheckResults = z.object({
  responses: count,
  minGroupSize: z.number().int().min(3).max(50),
  /** Null when fewer than the minimum answered: then nothing is shown at all. */
  overall: ScoreSummary.nullable(),
  departments: z.array(DepartmentResult).max(MAX_DEPARTMENTS),
  /** Departments of the list left out: too few answered, or showing them would reveal a small rest. */
  hiddenDepartments: z.number().int().min(0).max(MAX_DEPARTMENTS),
  /** The privacy budget per scenario when the counts carry noise (src/core/survey/noise.ts). */
  epsilon: z.number().positive().max(100).nullable(),
});
export type CheckResults = z.infer<typeof CheckResults>;

/**
 * Scores of one view (named by `view` for its noise). With noise, each scenario's choice counts
 * get their own draw, as a survey statement's do, and the shares are computed from those.
 */
function summary(
  definition: CheckDefinition,
  catalogue: ScenarioCatalogue,
  cells: readonly ResponseCell[],
  noise: ViewNoise | null,
  view: string,
): ScoreSummary {
  const rights = rightOptions(definition, catalogue);
  const n = cells.reduce((a, c) => a + c.n, 0);
  const answeredOf = (chosen: readonly number[]) => (noise ? chosen.reduce((a, b) => a + b, 0) : n);
  const scenarios = definition.scenarios.map((key, i) => {
    const counted = Array<number>(catalogue.get(key)!.options).fill(0);
    for (const cell of cells) counted[cell.answers[i]!] = (counted[cell.answers[i]!] ?? 0) + cell.n;
    // A withdrawn scenario keeps its choices (and their noise) but scores nothing.
    const chosen = noise ? noisyCounts(counted, noise, `${view}/${key}`) : counted;
    const option = rights[i];
    const right = option == null ? null : (chosen[option] ?? 0);
    return { key, n, right, percentRight: right === null ? null : percentRight(right, answeredOf(chosen)), chosen };
  });
  // Every respondent answers every scenario: the mean score is the share of right answers over the scored ones.
  const scored = scenarios.filter((s) => s.right !== null);
  const right = scored.reduce((a, s) => a + s.right!, 0);
  const answered = scored.reduce((a, s) => a + answeredOf(s.chosen), 0);
  return { n, meanScore: scored.length === 0 ? null : percentRight(right, answered), scenarios };
}

/** Whether a check's results may be shown at all, and which departments (the rule below). */
export function checkDisclosure(definition: { departments: readonly unknown[] }, cells: readonly ResponseCell[], organisationMinimum: number) {
  const grouped = definition.departments.length > 0;
  const disclosure = decideDisclosure(
    cells.map((c) => ({ groups: grouped ? [c.department] : [], n: c.n })),
    grouped ? 1 : 0,
    organisationMinimum,
  );
  return { overall: disclosure.overall, shown: disclosure.shown[0] ?? new Set<string>() };
}

/**
 * The results as they may be shown, by the survey's rules (src/core/survey/anonymity.ts): nothing
 * below the organisation's minimum, and a department only when it and the rest (the other
 * departments and those who did not say) are each large enough, so no figure follows by subtraction.
 */
export function checkResults(
  definition: CheckDefinition,
  catalogue: ScenarioCatalogue,
  cells: readonly ResponseCell[],
  organisationMinimum: number,
  noise: Noise | null = null,
): CheckResults {
  const disclosure = checkDisclosure(definition, cells, organisationMinimum);
  const shown = disclosure.shown;
  return {
    responses: cells.reduce((a, c) => a + c.n, 0),
    minGroupSize: effectiveMinimum(organisationMinimum),
    overall: disclosure.overall ? summary(definition, catalogue, cells, noise && viewNoise(noise, 'overall'), 'all') : null,
    departments: definition.departments
      .filter((d) => shown.has(d.id))
      .map((d) => ({
        departmentId: d.id,
        ...summary(
          definition,
          catalogue,
          cells.filter((c) => c.department === d.id),
          noise && viewNoise(noise, 'group'),
          `department=${d.id}`,
        ),
      })),
    hiddenDepartments: definition.departments.length - shown.size,
    epsilon: noise ? EPSILON_PER_STATEMENT : null,
  };
}

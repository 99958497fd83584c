import { decideDisclosure, effectiveMinimum } from '../survey/anonymity.js';
import type { CheckDefinition, ScenarioCatalogue } from './definition.js';
import { correctCount, percentRight, rightOptions } from './scoring.js';

/** Respondents of one department (null: not asked or not given) who chose the same options. */
export interface ResponseCell {
  department: string | null;
  answers: readonly number[];
  n: number;
}

export interface ScenarioResult {
  key: string;
  n: number;
  /** How many chose the right option. */
  right: number;
  percentRight: number;
  /** How many chose each option, from the first: shows which wrong answer is common. */
  chosen: number[];
}
export interface ScoreSummary {
  n: number;
  /** The mean score: the share of right answers over all respondents and scenarios, 0–100. */
  meanScore: number;
  scenarios: ScenarioResult[];
}
export interface DepartmentResult extends ScoreSummary {
  departmentId: string;
}
export interface CheckResults {
  responses: number;
  minGroupSize: number;
  /** Null when fewer than the minimum answered: then nothing is shown at all. */
  overall: ScoreSummary | null;
  departments: DepartmentResult[];
  /** Departments of the list left out: too few answered, or showing them would reveal a small rest. */
  hiddenDepartments: number;
}

function summary(definition: CheckDefinition, catalogue: ScenarioCatalogue, cells: readonly ResponseCell[]): ScoreSummary {
  const rights = rightOptions(definition, catalogue);
  const n = cells.reduce((a, c) => a + c.n, 0);
  const correct = cells.reduce((a, c) => a + c.n * correctCount(rights, c.answers), 0);
  const scenarios = definition.scenarios.map((key, i) => {
    const chosen = Array<number>(catalogue.get(key)!.options).fill(0);
    for (const cell of cells) chosen[cell.answers[i]!] = (chosen[cell.answers[i]!] ?? 0) + cell.n;
    const right = chosen[rights[i]!] ?? 0;
    return { key, n, right, percentRight: percentRight(right, n), chosen };
  });
  return { n, meanScore: percentRight(correct, n * definition.scenarios.length), scenarios };
}

/**
 * The results as they may be shown, by the survey's rules (src/core/survey/anonymity.ts): nothing
 * below the organisation's minimum, and a department only when it and the rest (the other
 * departments and those who did not say) are each large enough, so no figure follows by subtraction.
 */
export function checkResults(definition: CheckDefinition, catalogue: ScenarioCatalogue, cells: readonly ResponseCell[], organisationMinimum: number): CheckResults {
  const grouped = definition.departments.length > 0;
  const disclosure = decideDisclosure(
    cells.map((c) => ({ groups: grouped ? [c.department] : [], n: c.n })),
    grouped ? 1 : 0,
    organisationMinimum,
  );
  const shown = disclosure.shown[0] ?? new Set<string>();
  return {
    responses: cells.reduce((a, c) => a + c.n, 0),
    minGroupSize: effectiveMinimum(organisationMinimum),
    overall: disclosure.overall ? summary(definition, catalogue, cells) : null,
    departments: definition.departments
      .filter((d) => shown.has(d.id))
      .map((d) => ({ departmentId: d.id, ...summary(definition, catalogue, cells.filter((c) => c.department === d.id)) })),
    hiddenDepartments: definition.departments.length - shown.size,
  };
}

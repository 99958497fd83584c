import { checkDisclosure, type ResponseCell } from '../knowledge/results.js';
import { decideDisclosure } from '../survey/anonymity.js';

/**
 * Anonymous answers in the organisation export. Raw answers travel only for a closed survey or
 * check whose retention keeps them, shuffled and without anything that tells when they came in;
 * otherwise only counts that show no more than the results page does (this file).
 */

/**
 * A uniformly shuffled copy (Fisher–Yates). `below(n)` must give a uniform whole number in [0, n)
 * from a cryptographic source (crypto.randomInt): the order of rows is what could tie an answer to
 * the colleague one saw answering first, so it must not be predictable either.
 */
export function shuffled<T>(items: readonly T[], below: (n: number) => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A survey's tally cell as stored: per grouping question an option (null: not said), and per statement and scale point a count. */
export interface TallyCell {
  groups: (string | null)[];
  n: number;
  counts: number[];
}

/**
 * A closed survey's tally cut down to what its results page shows, for an export without its raw
 * answers: every option the page does not show becomes "not said", and the cells that then
 * coincide are added up. The page's own rule (decideDisclosure) makes every remaining cell hold at
 * least the minimum, and reading these cells gives the same figures (only a question withheld for
 * its combination with another then reads as one with no group large enough). Nothing at all when
 * the page shows nothing (fewer answers than the minimum).
 */
export function disclosedSurveyTally(cells: readonly TallyCell[], questions: number, minimum: number): TallyCell[] {
  const disclosure = decideDisclosure(cells, questions, minimum);
  if (!disclosure.overall) return [];
  const merged = new Map<string, TallyCell>();
  for (const cell of cells) {
    const groups = cell.groups.map((option, d) => (option !== null && disclosure.shown[d]!.has(option) ? option : null));
    const key = JSON.stringify(groups);
    const into = merged.get(key);
    if (!into) merged.set(key, { groups, n: cell.n, counts: [...cell.counts] });
    else {
      into.n += cell.n;
      cell.counts.forEach((c, i) => (into.counts[i] = (into.counts[i] ?? 0) + c));
    }
  }
  return [...merged.values()];
}

/**
 * A closed check's tally cut down to what its results page shows: departments the page does not
 * show become "not said", and within each department shown (and the rest) the combinations of
 * chosen options, which would single out a respondent, are replaced by ones with the same count
 * per scenario and option (the page's figures are made of those counts alone). Nothing at all when
 * the page shows nothing.
 */
export function disclosedCheckTally(departments: readonly { id: string }[], cells: readonly ResponseCell[], minimum: number): ResponseCell[] {
  const disclosure = checkDisclosure({ departments }, cells, minimum);
  if (!disclosure.overall) return [];
  const byDepartment = new Map<string | null, ResponseCell[]>();
  for (const cell of cells) {
    const department = cell.department !== null && disclosure.shown.has(cell.department) ? cell.department : null;
    byDepartment.set(department, byDepartment.get(department) ?? []).get(department)!.push(cell);
  }
  return [...byDepartment].flatMap(([department, group]) => sameCountsPerScenario(group).map((c) => ({ ...c, department })));
}

/** Combinations of options with the same number of respondents per scenario and option: the i-th respondent takes the i-th smallest option of each scenario. */
function sameCountsPerScenario(cells: readonly ResponseCell[]): Omit<ResponseCell, 'department'>[] {
  const scenarios = cells[0]?.answers.length ?? 0;
  const sorted = Array.from({ length: scenarios }, (_, s) => cells.flatMap((c) => Array<number>(c.n).fill(c.answers[s]!)).sort((a, b) => a - b));
  const n = cells.reduce((a, c) => a + c.n, 0);
  const combined = new Map<string, { answers: number[]; n: number }>();
  for (let r = 0; r < n; r++) {
    const answers = sorted.map((options) => options[r]!);
    const key = answers.join(',');
    const into = combined.get(key);
    if (into) into.n += 1;
    else combined.set(key, { answers, n: 1 });
  }
  return [...combined.values()];
}

/**
 * Who may be seen in survey results. Answers are only ever shown as aggregates of at least the
 * organisation's minimum number of respondents (never fewer than three), and the groups that are
 * shown are chosen so that no difference between shown figures isolates a smaller group.
 */
export const MIN_GROUP_FLOOR = 3;

export const effectiveMinimum = (organisationMinimum: number) => Math.max(MIN_GROUP_FLOOR, Math.floor(organisationMinimum));

/**
 * How many respondents a pooled score (a factor's, a domain's) stands on once "weet ik niet" is left
 * out: its answers on the scale per statement. Below the minimum it is too thin to draw on, however
 * many took part (docs/anonymity.md, section 7).
 */
export const respondentsPerStatement = (answers: number, statements: number) => answers / statements;

/** Respondents with the same answers to every grouping question; `groups` holds one option id (or null) per question. */
export interface Cell {
  groups: readonly (string | null)[];
  n: number;
}

export interface Disclosure {
  /** The whole survey may be shown. */
  overall: boolean;
  /** Per grouping question: the options whose results may be shown (empty: none of this question). */
  shown: Set<string>[];
  /** Per grouping question: why options are hidden beyond their own size. */
  withheld: ('combination' | null)[];
}

const OTHER = '\u0000other';

/**
 * The options of one question worth showing on their own: each has at least `min` respondents, and
 * the respondents left over (hidden options plus those who did not answer) are either none or at
 * least `min` too. Otherwise "everyone minus the shown groups" would reveal the small rest, so
 * the smallest shown option joins the hidden ones until the rest is safe.
 */
export function showableOptions(sizes: ReadonlyMap<string | null, number>, min: number): Set<string> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const shown = [...sizes].filter(([option, n]) => option !== null && n >= min).sort((a, b) => b[1] - a[1]);
  let rest = total - shown.reduce((a, [, n]) => a + n, 0);
  while (shown.length > 0 && rest > 0 && rest < min) rest += shown.pop()![1];
  return new Set(shown.map(([option]) => option as string));
}

/** Cell sizes after hiding: an option that is not shown counts as "other". */
function mergedCells(cells: readonly Cell[], shown: readonly Set<string>[], dims: readonly number[]) {
  const merged = new Map<string, number>();
  for (const cell of cells) {
    const key = dims.map((d) => (cell.groups[d] !== null && shown[d]!.has(cell.groups[d]!) ? cell.groups[d] : OTHER)).join('\u0001');
    merged.set(key, (merged.get(key) ?? 0) + cell.n);
  }
  return merged;
}

/**
 * Decides what may be shown. Each question alone is made safe by `showableOptions`. When two or
 * more questions are shown, a viewer could also subtract across them (a department that is nearly
 * all one profession): that is only safe when every combination of shown options (with "other")
 * holds none or at least `min` respondents, because then every figure one can derive is a sum over
 * such combinations. When that fails, fewer questions are shown: the combination that shows the
 * most options and passes wins.
 */
export function decideDisclosure(cells: readonly Cell[], questions: number, organisationMinimum: number): Disclosure {
  const min = effectiveMinimum(organisationMinimum);
  const total = cells.reduce((a, c) => a + c.n, 0);
  const none: Disclosure = { overall: false, shown: Array.from({ length: questions }, () => new Set()), withheld: Array(questions).fill(null) };
  if (total < min) return none;

  const perQuestion = Array.from({ length: questions }, (_, d) => {
    const sizes = new Map<string | null, number>();
    for (const cell of cells) sizes.set(cell.groups[d] ?? null, (sizes.get(cell.groups[d] ?? null) ?? 0) + cell.n);
    return showableOptions(sizes, min);
  });
  const candidates = Array.from({ length: questions }, (_, d) => d).filter((d) => perQuestion[d]!.size > 0);

  let best: number[] = [];
  let bestOptions = -1;
  for (let mask = (1 << candidates.length) - 1; mask > 0; mask--) {
    const dims = candidates.filter((_, i) => mask & (1 << i));
    const safe = dims.length === 1 || [...mergedCells(cells, perQuestion, dims).values()].every((n) => n === 0 || n >= min);
    const options = dims.reduce((a, d) => a + perQuestion[d]!.size, 0);
    if (safe && options > bestOptions) [best, bestOptions] = [dims, options];
  }
  return {
    overall: true,
    shown: perQuestion.map((options, d) => (best.includes(d) ? options : new Set())),
    withheld: perQuestion.map((options, d) => (options.size > 0 && !best.includes(d) ? 'combination' : null)),
  };
}

/**
 * What a team sees of a count while answers still come in: the answers up to yesterday, rounded
 * down to a multiple of the minimum group size. A live, exact count would tell an insider the
 * moment one particular colleague answered (the first step of the stuffing attack,
 * docs/anonymity.md); a daily, coarse one still shows whether the survey is going well.
 */
export const liveCount = (answersBeforeToday: number, minimum: number) => Math.floor(answersBeforeToday / minimum) * minimum;

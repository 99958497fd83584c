import { describe, expect, it } from 'vitest';
import { disclosedCheckTally, disclosedSurveyTally, shuffled, type TallyCell } from '../../src/core/export/answers.js';
import type { CheckDefinition, ScenarioCatalogue } from '../../src/core/knowledge/definition.js';
import { checkResults, type ResponseCell } from '../../src/core/knowledge/results.js';
import type { SurveyDefinition } from '../../src/core/survey/definition.js';
import { surveyResults, type CellCounts } from '../../src/core/survey/results.js';

/** A small seeded generator (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const whole = (r: () => number, below: number) => Math.floor(r() * below);

const SCALE = 5;
const DEFINITION = {
  scale: SCALE,
  items: [
    { id: 'i1', factor: 'C-psy' },
    { id: 'i2', factor: 'C-psy' },
    { id: 'i3', factor: 'M-ref' },
  ],
  groups: [
    { id: 'department', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    { id: 'profession', options: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] },
  ],
} as unknown as SurveyDefinition;

/** A tally as closing counts it: per combination of group answers (null: not said) how many, and per statement and scale point. */
function surveyTally(r: () => number): TallyCell[] {
  const cells: TallyCell[] = [];
  // From a handful of answers to a few hundred; combinations empty, small or large, or (as in a
  // real team, where departments and professions go together) a few large ones and a stray one.
  const size = [3, 10, 30][whole(r, 3)]!;
  const clustered = r() < 0.4;
  for (const department of ['a', 'b', 'c', null]) {
    for (const profession of ['x', 'y', 'z', null]) {
      const n = clustered ? (r() < 0.6 ? 0 : r() < 0.15 ? 1 + whole(r, 2) : 8 + whole(r, 20)) : r() < 0.3 ? 0 : whole(r, r() < 0.3 ? 4 : size);
      if (n === 0) continue;
      const counts = DEFINITION.items.flatMap(() => {
        const points = Array<number>(SCALE).fill(0);
        for (let k = 0; k < n; k++) points[whole(r, SCALE)]! += 1;
        return points;
      });
      cells.push({ groups: [department, profession], n, counts });
    }
  }
  return cells;
}
const asCells = (tally: TallyCell[]): CellCounts[] =>
  tally.map((t) => ({ groups: t.groups, n: t.n, counts: DEFINITION.items.map((_, i) => t.counts.slice(i * SCALE, (i + 1) * SCALE)) }));
/** The page with one known difference: a question withheld for its combination with another reads as one without a group large enough. */
const page = (tally: TallyCell[], minimum: number) => {
  const results = surveyResults(DEFINITION, asCells(tally), minimum);
  return { ...results, questions: results.questions.map((q) => ({ ...q, withheld: null })) };
};

describe('shuffling the raw answers', () => {
  it('keeps every row and uses the random source for the order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => i);
    const r = random(7);
    const mixed = shuffled(rows, (n) => whole(r, n));
    expect([...mixed].sort((a, b) => a - b)).toEqual(rows);
    expect(mixed).not.toEqual(rows);
    expect(shuffled(rows, () => 0)).not.toEqual(rows);
  });
});

describe("a survey's tally cut down to its results page", () => {
  it.each([3, 5, 8])('reads as the same page, with every cell at least the minimum of %i (200 random tallies)', (minimum) => {
    const r = random(minimum);
    for (let run = 0; run < 200; run++) {
      const tally = surveyTally(r);
      const cut = disclosedSurveyTally(tally, DEFINITION.groups.length, minimum);
      const shown = page(tally, minimum);
      expect(page(cut, minimum)).toEqual(shown.overall ? shown : { ...shown, responses: 0 });
      for (const cell of cut) expect(cell.n).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('names only the options the page shows, and is empty when the page shows nothing', () => {
    const cell = (groups: (string | null)[], n: number): TallyCell => ({ groups, n, counts: Array<number>(DEFINITION.items.length * SCALE).fill(0).map((_, i) => (i % SCALE === 0 ? n : 0)) });
    const tally = [cell(['a', 'x'], 12), cell(['b', 'x'], 9), cell(['c', 'y'], 2), cell([null, 'z'], 4)];
    const cut = disclosedSurveyTally(tally, 2, 5);
    expect(cut.map((c) => [c.groups, c.n])).toEqual([
      [['a', 'x'], 12],
      [['b', 'x'], 9],
      [[null, null], 6],
    ]);
    expect(disclosedSurveyTally([cell(['a', 'x'], 4)], 2, 5)).toEqual([]);
  });
});

describe("a check's tally cut down to its results page", () => {
  const CATALOGUE: ScenarioCatalogue = new Map([
    ['s1', { options: 3, right: 1 }],
    ['s2', { options: 4, right: 0 }],
    ['s3', { options: 2, right: 1 }],
  ]);
  const CHECK = { scenarios: ['s1', 's2', 's3'], departments: [{ id: 'ic', name: 'IC' }, { id: 'cardio', name: 'Cardio' }, { id: 'long', name: 'Long' }] } as CheckDefinition;

  function checkTally(r: () => number): ResponseCell[] {
    const cells = new Map<string, ResponseCell>();
    const respondents = whole(r, 40);
    for (let k = 0; k < respondents; k++) {
      const department = [null, 'ic', 'cardio', 'long'][whole(r, 4)]!;
      const answers = CHECK.scenarios.map((key) => whole(r, CATALOGUE.get(key)!.options));
      const id = `${department}|${answers.join(',')}`;
      const cell = cells.get(id) ?? { department, answers, n: 0 };
      cell.n += 1;
      cells.set(id, cell);
    }
    return [...cells.values()];
  }

  it.each([3, 5])('reads as the same page, with every department kept at least the minimum of %i (200 random tallies)', (minimum) => {
    const r = random(100 + minimum);
    for (let run = 0; run < 200; run++) {
      const tally = checkTally(r);
      const cut = disclosedCheckTally(CHECK.departments, tally, minimum);
      const shown = checkResults(CHECK, CATALOGUE, tally, minimum);
      expect(checkResults(CHECK, CATALOGUE, cut, minimum)).toEqual(shown.overall ? shown : { ...shown, responses: 0 });
      const departments = new Set(cut.map((c) => c.department));
      for (const department of departments) expect(cut.filter((c) => c.department === department).reduce((a, c) => a + c.n, 0)).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('keeps the counts per scenario and option, not who chose which combination', () => {
    const tally: ResponseCell[] = [
      { department: 'ic', answers: [0, 0, 0], n: 1 },
      { department: 'ic', answers: [1, 1, 1], n: 1 },
      { department: 'ic', answers: [2, 0, 1], n: 3 },
      { department: 'cardio', answers: [1, 0, 1], n: 5 },
    ];
    const cut = disclosedCheckTally(CHECK.departments, tally, 5);
    expect(cut.filter((c) => c.department === 'ic')).toEqual([
      { department: 'ic', answers: [0, 0, 0], n: 1 },
      { department: 'ic', answers: [1, 0, 1], n: 1 },
      { department: 'ic', answers: [2, 0, 1], n: 2 },
      { department: 'ic', answers: [2, 1, 1], n: 1 },
    ]);
    // The same counts per scenario, from respondents who combined them otherwise: the same cut tally.
    const otherwise: ResponseCell[] = [
      { department: 'ic', answers: [2, 1, 0], n: 1 },
      { department: 'ic', answers: [0, 0, 1], n: 1 },
      { department: 'ic', answers: [1, 0, 1], n: 1 },
      { department: 'ic', answers: [2, 0, 1], n: 2 },
      { department: 'cardio', answers: [1, 0, 1], n: 5 },
    ];
    expect(disclosedCheckTally(CHECK.departments, otherwise, 5)).toEqual(cut);
  });
});

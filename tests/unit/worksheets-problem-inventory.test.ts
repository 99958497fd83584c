import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERIA,
  ProblemInventory,
  chosenProblem,
  emptyProblemInventory,
  problemAfterSave,
  problemInventoryMissing,
  problemScore,
  problemStatement,
  problemToConfirm,
  rankProblems,
  type CandidateProblem,
  type Criterion,
} from '#core/worksheets/problem-inventory.js';

const problem = (id: string, scores: CandidateProblem['scores'] = {}, patch: Partial<CandidateProblem> = {}): CandidateProblem => ({
  id,
  title: `Probleem ${id}`,
  source: 'incidents',
  sourceOther: '',
  description: '',
  whyItMatters: '',
  behaviour: '',
  scores,
  ...patch,
});
const crit = (id: string, weight: number, label = ''): Criterion => ({ id, label, weight });
const twoCriteria = [crit('impact', 2), crit('urgency', 1)];
const inventory = (patch: Partial<ProblemInventory> = {}): ProblemInventory => ({ ...emptyProblemInventory(), ...patch });

describe('problemScore', () => {
  it('is the plain mean when all weights are 1', () => {
    const criteria = [crit('a', 1), crit('b', 1), crit('c', 1), crit('d', 1)];
    expect(problemScore(problem('p', { a: 5, b: 4, c: 3, d: 2 }), criteria)).toBe(3.5);
    expect(problemScore(problem('p', { a: 1, b: 1, c: 1, d: 1 }), criteria)).toBe(1);
  });

  it('weighs each rating by its criterion weight (1–3)', () => {
    // (5*2 + 2*1) / 3 = 4
    expect(problemScore(problem('p', { impact: 5, urgency: 2 }), twoCriteria)).toBe(4);
    // (1*3 + 5*1) / 4 = 2
    expect(problemScore(problem('p', { x: 1, y: 5 }), [crit('x', 3), crit('y', 1)])).toBe(2);
  });

  it('skips criteria not rated, whether absent or null, including their weight', () => {
    expect(problemScore(problem('p', { urgency: 3 }), twoCriteria)).toBe(3);
    expect(problemScore(problem('p', { impact: null, urgency: 2 }), twoCriteria)).toBe(2);
    expect(problemScore(problem('p', { impact: 4 }), twoCriteria)).toBe(4);
  });

  it('ignores ratings for criteria that are no longer in the list', () => {
    expect(problemScore(problem('p', { impact: 2, removed: 5 }), twoCriteria)).toBe(2);
  });

  it('is null when nothing is rated, or there are no criteria', () => {
    expect(problemScore(problem('p', {}), twoCriteria)).toBeNull();
    expect(problemScore(problem('p', { impact: null, urgency: null }), twoCriteria)).toBeNull();
    expect(problemScore(problem('p', { impact: 5 }), [])).toBeNull();
  });

  it('rounds to two decimals, half up', () => {
    expect(problemScore(problem('p', { impact: 4, urgency: 3 }), twoCriteria)).toBe(3.67); // 11/3
    expect(problemScore(problem('p', { a: 4, b: 3, c: 3 }), [crit('a', 1), crit('b', 1), crit('c', 1)])).toBe(3.33); // 10/3
    // (4*3 + 3*3 + 2*2) / 8 = 25/8 = 3.125
    expect(problemScore(problem('p', { a: 4, b: 3, c: 2 }), [crit('a', 3), crit('b', 3), crit('c', 2)])).toBe(3.13);
  });
});

describe('rankProblems', () => {
  it('orders by score, complete before partial on an equal score, unrated last in insertion order', () => {
    const ranked = rankProblems(
      inventory({
        criteria: twoCriteria,
        problems: [
          problem('unrated1'),
          problem('partial4', { impact: 4 }),
          problem('low', { impact: 1, urgency: 1 }),
          problem('full4', { impact: 4, urgency: 4 }),
          problem('unrated2', { impact: null }),
          problem('top', { impact: 5, urgency: 5 }),
          problem('partialTop', { urgency: 5 }),
        ],
      }),
    );
    expect(ranked.map((r) => r.problem.id)).toEqual(['top', 'partialTop', 'full4', 'partial4', 'low', 'unrated1', 'unrated2']);
    expect(ranked.map((r) => r.score)).toEqual([5, 5, 4, 4, 1, null, null]);
    expect(ranked.map((r) => r.complete)).toEqual([true, false, true, false, true, false, false]);
  });

  it('gives equal scores (with equal completeness) a shared rank and skips the ranks they take', () => {
    const ranked = rankProblems(
      inventory({
        criteria: twoCriteria,
        problems: [
          problem('a', { impact: 3, urgency: 3 }),
          problem('b', { impact: 4, urgency: 4 }),
          problem('c', { impact: 4, urgency: 4 }),
          problem('d', { impact: 4 }),
          problem('e', { impact: 3, urgency: 3 }),
          problem('f'),
        ],
      }),
    );
    expect(ranked.map((r) => [r.problem.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 3],
      ['a', 4],
      ['e', 4],
      ['f', 6],
    ]);
  });

  it('keeps insertion order for equal scores', () => {
    const ranked = rankProblems(
      inventory({ criteria: twoCriteria, problems: [problem('z', { impact: 2, urgency: 2 }), problem('a', { impact: 2, urgency: 2 })] }),
    );
    expect(ranked.map((r) => r.problem.id)).toEqual(['z', 'a']);
  });

  it('treats everything as unrated (and incomplete) without criteria', () => {
    const ranked = rankProblems(inventory({ criteria: [], problems: [problem('a', { impact: 5 }), problem('b')] }));
    expect(ranked.map((r) => [r.problem.id, r.score, r.complete])).toEqual([
      ['a', null, false],
      ['b', null, false],
    ]);
  });

  it('returns an empty table for no problems', () => {
    expect(rankProblems(emptyProblemInventory())).toEqual([]);
  });
});

describe('chosenProblem and problemStatement', () => {
  const inv = inventory({ problems: [problem('a'), problem('b', {}, { title: 'Mail naar verkeerde adres' })] });

  it('finds the chosen problem by id', () => {
    expect(chosenProblem({ ...inv, chosenId: 'b' })?.title).toBe('Mail naar verkeerde adres');
  });

  it('is null without a choice or when the chosen problem was removed', () => {
    expect(chosenProblem(inv)).toBeNull();
    expect(chosenProblem({ ...inv, chosenId: 'gone' })).toBeNull();
  });

  it('builds the statement from title and description, separated by a blank line', () => {
    expect(problemStatement(problem('a', {}, { title: 'Datalekken per e-mail', description: 'Twaalf meldingen in 2025.' }))).toBe(
      'Datalekken per e-mail\n\nTwaalf meldingen in 2025.',
    );
  });

  it('leaves out an empty title or description', () => {
    expect(problemStatement(problem('a', {}, { title: 'Alleen titel', description: '   ' }))).toBe('Alleen titel');
    expect(problemStatement(problem('a', {}, { title: '', description: 'Alleen beschrijving' }))).toBe('Alleen beschrijving');
    expect(problemStatement(problem('a', {}, { title: '', description: '' }))).toBe('');
  });
});

describe('the programme problem from 1.1: never overwritten silently', () => {
  const chose = (title: string) => inventory({ problems: [problem('a', {}, { title }), problem('b', {}, { title: 'Schermen open' })], chosenId: 'a' });

  it('fills an empty problem with the chosen statement, asked or not', () => {
    expect(problemAfterSave('', chose('Mail naar verkeerde adres'), false)).toBe('Mail naar verkeerde adres');
    expect(problemAfterSave('  ', chose('Mail naar verkeerde adres'), false)).toBe('Mail naar verkeerde adres');
  });

  it('replaces a written problem only when the team said so', () => {
    expect(problemAfterSave('Onze eigen tekst', chose('Mail naar verkeerde adres'), false)).toBe('Onze eigen tekst');
    expect(problemAfterSave('Onze eigen tekst', chose('Mail naar verkeerde adres'), true)).toBe('Mail naar verkeerde adres');
  });

  it('leaves the problem alone without a choice, or with an empty statement', () => {
    expect(problemAfterSave('Onze eigen tekst', inventory({ problems: [problem('a')] }), true)).toBe('Onze eigen tekst');
    expect(problemAfterSave('Onze eigen tekst', chose(''), true)).toBe('Onze eigen tekst');
  });

  it('asks only when a written problem would change, and not again for what the saved version already proposed', () => {
    expect(problemToConfirm('Onze eigen tekst', undefined, chose('Mail naar verkeerde adres'))).toBe('Mail naar verkeerde adres');
    expect(problemToConfirm('', undefined, chose('Mail naar verkeerde adres'))).toBeNull();
    expect(problemToConfirm('Mail naar verkeerde adres', undefined, chose('Mail naar verkeerde adres'))).toBeNull();
    expect(problemToConfirm('Onze eigen tekst', chose('Mail naar verkeerde adres'), chose('Mail naar verkeerde adres'))).toBeNull();
    expect(problemToConfirm('Onze eigen tekst', chose('Mail naar verkeerde adres'), { ...chose('Mail naar verkeerde adres'), chosenId: 'b' })).toBe(
      'Schermen open',
    );
  });
});

describe('problemInventoryMissing', () => {
  const complete = inventory({
    criteria: twoCriteria,
    problems: [problem('a', { impact: 3, urgency: 4 })],
    chosenId: 'a',
    rationale: 'Grootste risico',
  });
  const codes = (inv: ProblemInventory) => problemInventoryMissing(inv).map((m) => m.code);

  it('is empty for a complete inventory', () => {
    expect(problemInventoryMissing(complete)).toEqual([]);
  });

  it('reports an empty start: no problems, no choice, no rationale', () => {
    expect(problemInventoryMissing(emptyProblemInventory())).toEqual([
      { code: 'noProblems', field: 'problems' },
      { code: 'noChoice', field: 'chosenId' },
      { code: 'fieldRequired', field: 'rationale' },
    ]);
  });

  it('reports a problem without a title, with its 1-based number', () => {
    const inv = { ...complete, problems: [...complete.problems, problem('b', {}, { title: '  ' })] };
    expect(problemInventoryMissing(inv)).toEqual([{ code: 'problemTitle', field: 'problems.1.title', params: { n: 2 } }]);
  });

  it('asks for the own words only when the source is "other"', () => {
    const other = { ...complete, problems: [problem('a', { impact: 3, urgency: 4 }, { source: 'other' })] };
    expect(problemInventoryMissing(other)).toEqual([{ code: 'problemSourceOther', field: 'problems.0.sourceOther', params: { n: 1 } }]);
    expect(problemInventoryMissing({ ...other, problems: [{ ...other.problems[0]!, sourceOther: 'Cliëntenraad' }] })).toEqual([]);
    // sourceOther left empty with a listed source is fine
    expect(codes({ ...complete, problems: [problem('a', { impact: 3, urgency: 4 }, { source: 'board' })] })).toEqual([]);
  });

  it('reports no criteria', () => {
    expect(codes({ ...complete, criteria: [] })).toEqual(['noCriteria']);
  });

  it('asks a label only for criteria the team added, not for the defaults', () => {
    const criteria = [...DEFAULT_CRITERIA.map((id) => crit(id, 1)), crit('own', 2)];
    const scores = Object.fromEntries(criteria.map((c) => [c.id, 3]));
    const inv = { ...complete, criteria, problems: [problem('a', scores)] };
    expect(problemInventoryMissing(inv)).toEqual([{ code: 'criterionLabel', field: 'criteria.4.label', params: { n: 5 } }]);
    expect(problemInventoryMissing({ ...inv, criteria: [...criteria.slice(0, 4), crit('own', 2, 'Kosten')] })).toEqual([]);
  });

  it('reports no choice when the chosen id points at a removed problem', () => {
    expect(problemInventoryMissing({ ...complete, chosenId: 'gone' })).toEqual([{ code: 'noChoice', field: 'chosenId' }]);
  });

  it('reports a chosen problem that is not rated on every criterion', () => {
    expect(problemInventoryMissing({ ...complete, problems: [problem('a', { impact: 3, urgency: null })] })).toEqual([
      { code: 'chosenNotScored', field: 'chosenId' },
    ]);
  });

  it('needs a rationale that is more than white space', () => {
    expect(problemInventoryMissing({ ...complete, rationale: ' \n ' })).toEqual([{ code: 'fieldRequired', field: 'rationale' }]);
  });
});

describe('ProblemInventory schema', () => {
  it('accepts the empty start', () => {
    const parsed = ProblemInventory.safeParse(emptyProblemInventory());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.criteria.map((c) => c.id)).toEqual(['impact', 'behaviourShare', 'urgency', 'support']);
  });

  it('accepts a filled inventory and trims text', () => {
    const parsed = ProblemInventory.parse(inventory({ problems: [problem('a', { impact: 5, urgency: null }, { title: '  Phishing  ' })], chosenId: 'a' }));
    expect(parsed.problems[0]?.title).toBe('Phishing');
  });

  it('refuses duplicate problem ids, pointing at the second', () => {
    const result = ProblemInventory.safeParse(inventory({ problems: [problem('a'), problem('b'), problem('a')] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'duplicateId', path: ['problems', 2, 'id'] })]);
  });

  it('refuses duplicate criterion ids', () => {
    const result = ProblemInventory.safeParse(inventory({ criteria: [crit('x', 1), crit('x', 2)] }));
    expect(result.error?.issues[0]).toMatchObject({ message: 'duplicateId', path: ['criteria', 1, 'id'] });
  });

  it('refuses an unknown source', () => {
    const result = ProblemInventory.safeParse(inventory({ problems: [problem('a', {}, { source: 'rumour' as never })] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['problems', 0, 'source']);
  });

  it.each([6, 0, 2.5, -1])('refuses a score of %s', (score) => {
    const result = ProblemInventory.safeParse(inventory({ problems: [problem('a', { impact: score })] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['problems', 0, 'scores', 'impact']);
  });

  it('accepts scores 1 and 5 and null', () => {
    expect(ProblemInventory.safeParse(inventory({ problems: [problem('a', { impact: 1, urgency: 5, support: null })] })).success).toBe(true);
  });

  it('refuses a NUL character anywhere in text', () => {
    expect(ProblemInventory.safeParse(inventory({ rationale: 'a\u0000b' })).success).toBe(false);
    expect(ProblemInventory.safeParse(inventory({ problems: [problem('a', {}, { title: 'x\u0000' })] })).success).toBe(false);
  });

  it('refuses weights outside 1–3, unknown keys and bad ids', () => {
    expect(ProblemInventory.safeParse(inventory({ criteria: [crit('x', 4)] })).success).toBe(false);
    expect(ProblemInventory.safeParse(inventory({ criteria: [crit('x', 0)] })).success).toBe(false);
    expect(ProblemInventory.safeParse({ ...emptyProblemInventory(), extra: 1 }).success).toBe(false);
    expect(ProblemInventory.safeParse(inventory({ problems: [problem('a b')] })).success).toBe(false);
    expect(ProblemInventory.safeParse(inventory({ problems: [problem('a', { 'bad key': 3 })] })).success).toBe(false);
  });

  it('refuses more than 10 criteria and an over-long title', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => crit(`c${i}`, 1));
    expect(ProblemInventory.safeParse(inventory({ criteria: eleven })).success).toBe(false);
    expect(ProblemInventory.safeParse(inventory({ criteria: eleven.slice(0, 10) })).success).toBe(true);
    expect(ProblemInventory.safeParse(inventory({ problems: [problem('a', {}, { title: 'x'.repeat(301) })] })).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { SURVEY_ITEM_BANK } from '#content/comb.js';
import { Diagnosis, diagnosisSuggestions, domainScores, type DiagnosisEntry, type SurveyFactorScore } from '#core/research/diagnosis.js';
import type { ItemScore } from '#core/survey/results.js';

/** 3.4 read finer than the six factors: a barrier's TDF domain, from the team or from the survey. */
describe('the TDF domain of a diagnosis entry', () => {
  const entry = (changes: Partial<DiagnosisEntry> = {}): DiagnosisEntry => ({
    id: 'e1',
    factor: 'C-psy',
    kind: 'barrier',
    description: 'Vergeet de reden bij drukte',
    evidence: '3 interviews',
    sources: ['interviews'],
    weight: 4,
    mustChange: '',
    ...changes,
  });

  it('is optional, so a diagnosis saved before it still parses', () => {
    expect(Diagnosis.parse({ entries: [entry()], summary: '' }).entries[0]!.tdf).toBeUndefined();
    expect(Diagnosis.parse({ entries: [entry({ tdf: null })], summary: '' }).entries[0]!.tdf).toBeNull();
    expect(Diagnosis.parse({ entries: [entry({ tdf: 'memoryAttentionDecision' })], summary: '' }).entries[0]!.tdf).toBe('memoryAttentionDecision');
  });

  it('must belong to the entry’s factor', () => {
    for (const factor of ['M-ref', null] as const) {
      const wrong = Diagnosis.safeParse({ entries: [entry({ factor, tdf: 'memoryAttentionDecision' })], summary: '' });
      expect(
        wrong.error?.issues.map((i) => [i.path.join('.'), i.message]),
        String(factor),
      ).toEqual([['entries.0.tdf', 'tdfFactor']]);
    }
    expect(Diagnosis.safeParse({ entries: [entry({ tdf: 'unknown' as never })], summary: '' }).success).toBe(false);
  });
});

describe('survey scores per TDF domain', () => {
  const item = (itemId: string, distribution: number[]): ItemScore => ({
    itemId,
    factor: 'C-psy',
    distribution,
    n: distribution.reduce((a, b) => a + b, 0),
    mean: distribution.reduce((a, c, i) => a + c * (i + 1), 0) / distribution.reduce((a, b) => a + b, 0),
    noiseSd: 0,
  });
  const items = [
    { id: 'i1', bankId: 'cpsy-know-how' },
    { id: 'i2', bankId: 'cpsy-remember' },
    { id: 'i3', bankId: 'cpsy-attention' },
    { id: 'i4', bankId: null },
  ];

  it('tags the bank’s memory and attention statements with their domain', () => {
    expect(SURVEY_ITEM_BANK.filter((b) => b.tdf).map((b) => [b.id, b.factor, b.tdf])).toEqual([
      ['cpsy-remember', 'C-psy', 'memoryAttentionDecision'],
      ['cpsy-attention', 'C-psy', 'memoryAttentionDecision'],
    ]);
  });

  it('pools the answers to the statements of a domain, and leaves out the others', () => {
    const scores = [item('i1', [0, 0, 0, 10, 10]), item('i2', [6, 4, 0, 0, 0]), item('i3', [2, 4, 4, 0, 0]), item('i4', [10, 0, 0, 0, 0])];
    expect(domainScores(items, scores, 5, SURVEY_ITEM_BANK)).toEqual([
      { factor: 'C-psy', tdf: 'memoryAttentionDecision', mean: (8 * 1 + 8 * 2 + 4 * 3) / 20, scale: 5, n: 20, distribution: [8, 8, 4, 0, 0], items: 2 },
    ]);
    // A survey without those statements, or with only "don't know" answers to them, has no domain score.
    expect(domainScores(items.slice(0, 1), scores, 5, SURVEY_ITEM_BANK)).toEqual([]);
    expect(
      domainScores(items, [item('i1', [0, 0, 0, 10, 10]), { ...item('i2', [1, 0, 0, 0, 0]), distribution: [0, 0, 0, 0, 0], n: 0 }], 5, SURVEY_ITEM_BANK),
    ).toEqual([]);
  });

  it('suggests a low domain score as a barrier of its factor that names the domain', () => {
    const [low] = diagnosisSuggestions([], { scores: [memory([8, 8, 4, 0, 0])], minGroupSize: 5 });
    expect(low).toMatchObject({ factor: 'C-psy', tdf: 'memoryAttentionDecision', kind: 'barrier', source: 'survey' });
    expect(diagnosisSuggestions([], { scores: [released([16, 16, 8, 0, 0], 4)], minGroupSize: 5 })[0]!.tdf).toBeNull();
  });
});

/** Survey scores as the results release them: C-psy's four statements, two of them about memory and attention. */
function released(distribution: number[], items: number, tdf?: 'memoryAttentionDecision'): SurveyFactorScore {
  const n = distribution.reduce((a, b) => a + b, 0);
  return { factor: 'C-psy', ...(tdf && { tdf }), mean: distribution.reduce((a, c, i) => a + c * (i + 1), 0) / n, scale: 5, n, distribution, items };
}
const memory = (distribution: number[]) => released(distribution, 2, 'memoryAttentionDecision');
/** The factor pools the answers to its two other statements and to the two memory statements. */
const cpsy = (others: number[], memoryAnswers: number[]) =>
  released(
    others.map((c, i) => c + memoryAnswers[i]!),
    4,
  );

describe('survey suggestions that stand on enough answers, each counted once', () => {
  const suggest = (scores: SurveyFactorScore[], minGroupSize = 5) =>
    diagnosisSuggestions([], { scores, minGroupSize }).map((s) => [s.tdf ?? s.factor, s.kind, s.survey?.without ?? null]);

  it('suggest nothing from a score fewer than the minimum per statement answered on the scale ("weet ik niet" left out)', () => {
    // 40 took part, but the two memory statements drew 9 answers on the scale: 4.5 per statement.
    expect(suggest([memory([5, 4, 0, 0, 0])])).toEqual([]);
    expect(suggest([memory([6, 4, 0, 0, 0])])).toEqual([['memoryAttentionDecision', 'barrier', null]]);
    // A factor of four statements with 18 answers: 4.5 per statement.
    const fewFactor: SurveyFactorScore = { factor: 'O-phy', mean: 1.5, scale: 5, n: 18, distribution: [9, 9, 0, 0, 0], items: 4 };
    expect(suggest([fewFactor])).toEqual([]);
    expect(suggest([fewFactor], 4)).toEqual([['O-phy', 'barrier', null]]);
    // Never below the floor of three, whatever the organisation set.
    expect(suggest([{ ...fewFactor, n: 8, distribution: [4, 4, 0, 0, 0] }], 1)).toEqual([]);
  });

  it('does not suggest psychological capability on the strength of the memory statements it also suggests on their own', () => {
    // Memory and attention low, knowing how and why neither low nor high: the factor as a whole is low only because of the domain.
    const factor = cpsy([0, 0, 10, 10, 0], [10, 10, 0, 0, 0]);
    expect(suggest([factor])).toEqual([['C-psy', 'barrier', null]]);
    expect(suggest([factor, memory([10, 10, 0, 0, 0])])).toEqual([['memoryAttentionDecision', 'barrier', null]]);
  });

  it('still suggests the factor when its other statements point the same way, on those statements only', () => {
    const suggestions = diagnosisSuggestions([], { scores: [cpsy([8, 12, 0, 0, 0], [10, 10, 0, 0, 0]), memory([10, 10, 0, 0, 0])], minGroupSize: 5 });
    expect(suggestions.map((s) => [s.tdf ?? s.factor, s.kind, s.survey?.without ?? null])).toEqual([
      ['C-psy', 'barrier', ['memoryAttentionDecision']],
      ['memoryAttentionDecision', 'barrier', null],
    ]);
    expect(suggestions[0]!.survey).toMatchObject({ n: 20, items: 2, distribution: [8, 12, 0, 0, 0], mean: 1.6 });
  });

  it('puts the domain right after its factor, even when the domain weighs more, so the order does not follow the noise', () => {
    const heavierDomain = suggest([cpsy([4, 16, 0, 0, 0], [20, 0, 0, 0, 0]), memory([20, 0, 0, 0, 0])]);
    expect(heavierDomain.map(([what]) => what)).toEqual(['C-psy', 'memoryAttentionDecision']);
    const [factor, domain] = diagnosisSuggestions([], { scores: [cpsy([4, 16, 0, 0, 0], [20, 0, 0, 0, 0]), memory([20, 0, 0, 0, 0])], minGroupSize: 5 });
    expect(domain!.weight).toBeGreaterThan(factor!.weight);
  });

  it('suggests the factor on all its statements when the domain is not suggested itself', () => {
    // Most said "weet ik niet" to the memory statements: 2.5 answers per statement.
    expect(suggest([cpsy([8, 12, 0, 0, 0], [3, 2, 0, 0, 0]), memory([3, 2, 0, 0, 0])])).toEqual([['C-psy', 'barrier', null]]);
  });
});

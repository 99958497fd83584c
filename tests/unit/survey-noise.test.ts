import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { liveCount } from '#core/survey/anonymity.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import { compareFactors } from '#core/measurement/effect.js';
import { discreteLaplace, EPSILON_PER_STATEMENT, meanNoiseSd, noiseScales, noiseVariance, noisyCounts, viewNoise } from '#core/survey/noise.js';
import { surveyResults, type CellCounts } from '#core/survey/results.js';
import { seededNoise } from '#server/security/release-rules.js';

const text = (nl: string) => ({ nl, en: '' });
const STATEMENTS = 10;
/** A survey of ten statements and one grouping question: the shape of the stuffing attack. */
const definition: SurveyDefinition = {
  behaviour: 'melden',
  intro: text(''),
  scale: 5,
  items: Array.from({ length: STATEMENTS }, (_, i) => ({ id: `s${i}`, factor: 'C-psy' as const, text: text(`Stelling ${i}`), bankId: null })),
  groups: [
    {
      id: 'dept',
      question: text('Afdeling?'),
      options: [
        { id: 'target', label: text('A') },
        { id: 'rest', label: text('B') },
      ],
    },
  ],
};
const oneHot = (answer: number) => [1, 2, 3, 4, 5].map((v) => (v === answer ? 1 : 0));
/** Respondents of one group, each with their own answers. */
function cellOf(group: string, people: number[][]): CellCounts {
  const counts = definition.items.map((_, i) => [0, 0, 0, 0, 0].map((_, v) => people.filter((p) => p[i] === v + 1).length));
  return { groups: [group], n: people.length, counts };
}

describe('the noise source and mechanism', () => {
  it('gives the same draw for the same seed and label, and another for another label or seed', () => {
    const a = seededNoise('seed-a', 1);
    expect(a.source('all/s1:0+')).toBe(seededNoise('seed-a', 1).source('all/s1:0+'));
    expect(a.source('all/s1:0+')).not.toBe(a.source('all/s1:0-'));
    expect(a.source('all/s1:0+')).not.toBe(seededNoise('seed-b', 1).source('all/s1:0+'));
    const u = a.source('x');
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1);
  });

  it('shares ε = 2 per statement over the views: half to the whole survey, half over the grouping questions', () => {
    expect(EPSILON_PER_STATEMENT).toBe(2);
    // A view with scale b spends 2/b of the budget on each statement; one person is in the
    // whole-survey view and in one group per grouping question.
    const spent = (g: number) => 2 / noiseScales(g).overall + (g === 0 ? 0 : g * (2 / noiseScales(g).group));
    for (const g of [0, 1, 2, 3, 5]) expect(spent(g)).toBeCloseTo(EPSILON_PER_STATEMENT, 10);
    expect(noiseScales(0).overall).toBe(1);
    expect(noiseScales(2)).toEqual({ overall: 2, group: 4 });
  });

  it('draws discrete Laplace noise with mean 0 and the stated variance', () => {
    const noise = viewNoise(seededNoise(randomBytes(16).toString('hex'), 1), 'overall');
    const draws = Array.from({ length: 8_000 }, (_, i) => discreteLaplace(noise, `d${i}`));
    expect(draws.every(Number.isInteger)).toBe(true);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(variance / noiseVariance(noise.scale)).toBeGreaterThan(0.85);
    expect(variance / noiseVariance(noise.scale)).toBeLessThan(1.15);
  });

  it('never releases a negative count', () => {
    const noise = viewNoise(seededNoise('clamp', 2), 'group');
    for (let i = 0; i < 200; i++) expect(noisyCounts([0, 1, 0, 0, 0], noise, `v${i}`).every((c) => c >= 0)).toBe(true);
  });

  it('states how far it moves a mean: about 0.09 points for 50 answers without grouping questions', () => {
    expect(meanNoiseSd(50, 5, noiseScales(0).overall)).toBeCloseTo(0.086, 2);
    expect(meanNoiseSd(0, 5, 1)).toBe(0);
  });
});

describe('the stuffing attack against released results (docs/anonymity.md)', () => {
  /**
   * The audit's attack: the target is the only real member of group A; the insider adds min − 1
   * answers with known values to A, and reads the target's answer per statement as the point where
   * A's released distribution exceeds the known answers most.
   */
  function attack(seed: string, target: number[]) {
    const fakes = Array.from({ length: 4 }, (_, k) => definition.items.map((_, i) => ((i + k) % 5) + 1));
    const others = Array.from({ length: 12 }, (_, k) => definition.items.map((_, i) => ((i * 3 + k) % 5) + 1));
    const results = surveyResults(definition, [cellOf('target', [target, ...fakes]), cellOf('rest', others)], 5, seededNoise(seed, 1));
    const group = results.questions[0]!.groups.find((g) => g.optionId === 'target')!;
    return group.items.map((item, i) => {
      const known = fakes.reduce((sum, f) => sum.map((c, v) => c + oneHot(f[i]!)[v]!), [0, 0, 0, 0, 0]);
      const left = item.distribution.map((c, v) => c - known[v]!);
      return left.indexOf(Math.max(...left)) + 1;
    });
  }

  it('recovers an answer exactly without noise (the weakness it answers)', () => {
    const target = definition.items.map((_, i) => ((i * 2) % 5) + 1);
    const fakes = Array.from({ length: 4 }, (_, k) => definition.items.map((_, i) => ((i + k) % 5) + 1));
    const exact = surveyResults(
      definition,
      [
        cellOf('target', [target, ...fakes]),
        cellOf(
          'rest',
          Array.from({ length: 12 }, () => target),
        ),
      ],
      5,
    );
    const group = exact.questions[0]!.groups.find((g) => g.optionId === 'target')!;
    const recovered = group.items.map((item, i) => item.distribution.findIndex((c, v) => c - fakes.filter((f) => f[i] === v + 1).length === 1) + 1);
    expect(recovered).toEqual(target);
  });

  it('no longer recovers a person’s answers: per statement no better than the ε bound, the whole person almost never', () => {
    expectNoBetterThanTheBound((answers) => attack(randomBytes(16).toString('hex'), answers));
  }, 30_000);
});

/**
 * Runs an attack 300 times on varied answers: per statement it may guess no better than the bound of
 * one view with one grouping question (b = 2, ε = 1: e/(e+4) ≈ 0.40), and never the whole person.
 */
function expectNoBetterThanTheBound(guess: (answers: number[]) => number[]) {
  const runs = 300;
  let rightStatements = 0;
  let wholePerson = 0;
  for (let r = 0; r < runs; r++) {
    const answers = definition.items.map((_, i) => ((i * 7 + r) % 5) + 1);
    const right = guess(answers).filter((g, i) => g === answers[i]).length;
    rightStatements += right;
    if (right === STATEMENTS) wholePerson++;
  }
  const bound = Math.exp(1) / (Math.exp(1) + 4);
  expect(rightStatements / (runs * STATEMENTS)).toBeLessThan(bound + 0.05);
  expect(wholePerson).toBe(0);
}

describe('"weet ik niet" against the released results (docs/anonymity.md, section 7)', () => {
  const DONT_KNOW = 0;
  const target = definition.items.map((_, i) => ((i * 2) % 5) + 1);
  const dontKnows = Array.from({ length: 4 }, () => definition.items.map(() => DONT_KNOW));
  const others = Array.from({ length: 12 }, (_, k) => definition.items.map((_, i) => ((i * 3 + k) % 5) + 1));
  /** The target's group: the target and four who said "weet ik niet" to everything (real colleagues, or an insider's stuffing). */
  const group = (who: number[], seed: string | null) =>
    surveyResults(
      definition,
      [cellOf('target', [who, ...dontKnows]), cellOf('rest', others)],
      5,
      seed === null ? null : seededNoise(seed, 1),
    ).questions[0]!.groups.find((g) => g.optionId === 'target')!;

  it('without noise, a statement all but one did not know shows that one answer exactly (the weakness the noise answers)', () => {
    const exact = group(target, null);
    expect(exact.n).toBe(5);
    exact.items.forEach((item, i) => expect(item.distribution).toEqual(oneHot(target[i]!)));
  });

  it('with noise, the one answer is guessed no better than the ε bound, and the whole person almost never', () => {
    expectNoBetterThanTheBound((answers) =>
      group(answers, randomBytes(16).toString('hex')).items.map((item) => item.distribution.indexOf(Math.max(...item.distribution)) + 1),
    );
  }, 30_000);

  it('shows no exact count of "weet ik niet": a statement’s n and noise are read from its released counts only', () => {
    const seed = randomBytes(16).toString('hex');
    const b = seededNoise(seed, 1).group;
    // The target answered statement 0, or did not know it: the same seed, one answer apart.
    const answered = group(target, seed);
    const unknown = group([DONT_KNOW, ...target.slice(1)], seed);
    expect(unknown.n).toBe(answered.n);
    expect(unknown.items.slice(1)).toEqual(answered.items.slice(1));
    const moved = answered.items[0]!.distribution.map((c, v) => c - unknown.items[0]!.distribution[v]!);
    // Only the count at the target's answer may move, by one (or not at all, where the noise went below zero).
    const at = target[0]! - 1;
    expect(moved.map((d, v) => (v === at ? 0 : d))).toEqual([0, 0, 0, 0, 0]);
    expect([0, 1]).toContain(moved[at]);
    for (const released of [answered, unknown]) {
      for (const item of released.items) {
        expect(item.n).toBe(item.distribution.reduce((a, c) => a + c, 0));
        expect(item.noiseSd).toBe(meanNoiseSd(item.n, 5, b));
      }
      for (const factor of released.factors) expect(factor.noiseSd).toBeCloseTo(meanNoiseSd(factor.n, 5, b) * Math.sqrt(factor.items), 12);
    }
  });
});

describe('the count a team sees while answers come in', () => {
  it('is rounded down to the minimum, so one more answer rarely shows', () => {
    expect(liveCount(0, 5)).toBe(0);
    expect(liveCount(4, 5)).toBe(0);
    expect(liveCount(5, 5)).toBe(5);
    expect(liveCount(13, 5)).toBe(10);
  });
});

describe('the effect interval with released noise', () => {
  it('widens by the noise the means carry', () => {
    const sample = (mean: number, noiseSd: number) => ({
      responses: 40,
      scale: 5 as const,
      factors: [{ factor: 'C-psy' as const, mean, distribution: [4, 8, 12, 10, 6], noiseSd }],
    });
    const [plain] = compareFactors(sample(3, 0), sample(3.3, 0), 5);
    const [noisy] = compareFactors(sample(3, 0.2), sample(3.3, 0.2), 5);
    expect(noisy!.ci![1] - noisy!.ci![0]).toBeGreaterThan(plain!.ci![1] - plain!.ci![0]);
  });
});

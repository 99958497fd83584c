import { describe, expect, it } from 'vitest';
import { compareFactors, compareSurveys, tQuantile975, type SurveyOutcome, type SurveySample } from '#core/measurement/effect.js';

const sample = (responses: number, distribution: number[], scale: 5 | 7 = 5, factor: 'C-psy' | 'O-soc' = 'C-psy'): SurveySample => {
  const n = distribution.reduce((a, b) => a + b, 0);
  const mean = distribution.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  return { responses, scale, factors: [{ factor, mean, distribution }] };
};

describe('comparing the follow-up with the baseline per factor', () => {
  it('gives the difference with Welch’s 95% interval', () => {
    // Five answered 2 and five 3 before; five 3 and five 4 after: one point up.
    const [c] = compareFactors(sample(10, [0, 5, 5, 0, 0]), sample(10, [0, 0, 5, 5, 0]), 5);
    expect(c).toMatchObject({ factor: 'C-psy', before: 2.5, after: 3.5, verdict: 'improved' });
    expect(c!.difference).toBeCloseTo(1);
    // se = √(2 · 0.2778 / 10) = 0.2357, df = 18, t = 2.101.
    expect(c!.ci![0]).toBeCloseTo(0.5048, 3);
    expect(c!.ci![1]).toBeCloseTo(1.4952, 3);
  });

  it('calls a change within the noise no clear change, and a clear fall worse', () => {
    expect(compareFactors(sample(8, [1, 2, 2, 2, 1]), sample(8, [1, 1, 3, 2, 1]), 5)[0]!.verdict).toBe('noClearChange');
    expect(compareFactors(sample(30, [0, 0, 0, 10, 20]), sample(30, [10, 20, 0, 0, 0]), 5)[0]!.verdict).toBe('worse');
  });

  it('says plainly when a group is too small to tell, below the organisation’s minimum (never below 3)', () => {
    expect(compareFactors(sample(4, [0, 4, 0, 0, 0]), sample(40, [0, 0, 0, 40, 0]), 5)[0]).toMatchObject({ verdict: 'tooSmall', difference: null, ci: null });
    expect(compareFactors(sample(3, [0, 3, 0, 0, 0]), sample(3, [0, 0, 0, 3, 0]), 1)[0]!.verdict).not.toBe('tooSmall');
  });

  it('takes the respondents a factor stands on from its answers on the scale: "weet ik niet" does not count', () => {
    // 40 took part; with one statement, only 10 of them answered it on the scale.
    const withAnswers = (responses: number, distribution: number[]): SurveySample => {
      const s = sample(responses, distribution);
      return { ...s, factors: [{ ...s.factors[0]!, n: distribution.reduce((a, b) => a + b, 0), items: 1 }] };
    };
    const [narrow] = compareFactors(sample(10, [0, 5, 5, 0, 0]), sample(10, [0, 0, 5, 5, 0]), 5);
    const [same] = compareFactors(withAnswers(40, [0, 5, 5, 0, 0]), withAnswers(40, [0, 0, 5, 5, 0]), 5);
    expect(same!.ci).toEqual(narrow!.ci);
    // Four of forty answered on the scale: too few, however many took part.
    expect(compareFactors(withAnswers(40, [0, 2, 2, 0, 0]), withAnswers(40, [0, 0, 20, 20, 0]), 5)[0]!.verdict).toBe('tooSmall');
  });

  it('marks a factor the follow-up did not measure', () => {
    expect(compareFactors(sample(10, [0, 5, 5, 0, 0]), sample(10, [0, 0, 5, 5, 0], 5, 'O-soc'), 5)[0]!.verdict).toBe('notMeasured');
  });

  it('compares a seven-point follow-up on the baseline’s five-point scale', () => {
    // 3 of 5 and 4 of 7 are both the middle of their scale.
    const [c] = compareFactors(sample(10, [0, 0, 10, 0, 0]), sample(10, [0, 0, 0, 10, 0, 0, 0], 7), 5);
    expect(c!.after).toBeCloseTo(3);
    expect(c!.difference).toBeCloseTo(0);
    expect(c!.verdict).toBe('noClearChange');
  });
});

describe('comparing two surveys whose scores may have been withheld', () => {
  const outcome = (responses: number, factors: SurveySample['factors'] | null, measured: SurveyOutcome['measured'] = ['C-psy', 'O-soc']): SurveyOutcome => ({
    responses,
    scale: 5,
    measured,
    factors,
  });
  const scores = sample(10, [0, 5, 5, 0, 0]).factors;

  it('compares the scores when both surveys may be shown', () => {
    const [c] = compareSurveys(outcome(10, scores, ['C-psy']), outcome(10, sample(10, [0, 0, 5, 5, 0]).factors, ['C-psy']), 5);
    expect(c).toMatchObject({ factor: 'C-psy', before: 2.5, after: 3.5, verdict: 'improved' });
  });

  it('says too small for every factor both ask about when either survey was withheld, with no numbers at all', () => {
    const expected = [
      { factor: 'C-psy', before: null, after: null, difference: null, ci: null, verdict: 'tooSmall' },
      { factor: 'O-soc', before: null, after: null, difference: null, ci: null, verdict: 'notMeasured' },
    ];
    expect(compareSurveys(outcome(10, scores), outcome(2, null, ['C-psy']), 5)).toEqual(expected);
    expect(compareSurveys(outcome(2, null), outcome(10, scores, ['C-psy']), 5)).toEqual(expected);
  });
});

describe('the t quantile', () => {
  it('follows the table for small samples and approaches 1.96 for large ones', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(18)).toBe(2.101);
    expect(tQuantile975(40)).toBeCloseTo(2.021, 2);
    expect(tQuantile975(100)).toBeCloseTo(1.984, 2);
    expect(tQuantile975(Infinity)).toBe(1.96);
    expect(tQuantile975(0.4)).toBe(12.706);
  });
});

import { describe, expect, it } from 'vitest';
import { APEASE_CRITERIA, combineRatings, rankCandidates } from '#core/interventions/apease.js';

describe('combining the team’s APEASE ratings', () => {
  it('averages each criterion over the members who rated it, and overall over the rated criteria', () => {
    const view = combineRatings('badge', [
      { affordability: 2, practicability: 4, effectiveness: 5, acceptability: 4, sideEffects: 4, equity: 5 },
      { affordability: 2, practicability: 2, effectiveness: 5, acceptability: 4 },
    ]);
    expect(view.criteria.map((c) => [c.criterion, c.mean, c.raters])).toEqual([
      ['affordability', 2, 2],
      ['practicability', 3, 2],
      ['effectiveness', 5, 2],
      ['acceptability', 4, 2],
      ['sideEffects', 4, 1],
      ['equity', 5, 1],
    ]);
    expect(view.overall).toBeCloseTo((2 + 3 + 5 + 4 + 4 + 5) / 6);
    expect(view.concerns).toEqual(['affordability']);
  });

  it('marks a criterion where members are two or more points apart', () => {
    const view = combineRatings('poster', [
      { effectiveness: 1, equity: 4 },
      { effectiveness: 3, equity: 5 },
    ]);
    expect(view.disagreements).toEqual(['effectiveness']);
    expect(view.criteria.find((c) => c.criterion === 'effectiveness')).toMatchObject({ min: 1, max: 3, disagreement: true });
  });

  it('counts how many members gave each score, for the spread in the matrix', () => {
    const view = combineRatings('quiz', [{ affordability: 4 }, { affordability: 5 }, { affordability: 4, equity: 1 }, {}]);
    expect(view.criteria.find((c) => c.criterion === 'affordability')?.counts).toEqual([0, 0, 0, 2, 1]);
    expect(view.criteria.find((c) => c.criterion === 'equity')?.counts).toEqual([1, 0, 0, 0, 0]);
    expect(view.criteria.find((c) => c.criterion === 'practicability')?.counts).toEqual([0, 0, 0, 0, 0]);
  });

  it('has no overall score and no concerns while nothing is rated', () => {
    const view = combineRatings('x', [{}, {}]);
    expect(view.overall).toBeNull();
    expect(view.criteria).toHaveLength(APEASE_CRITERIA.length);
    expect(view.concerns).toEqual([]);
  });
});

describe('ranking candidates', () => {
  it('puts the best overall first and unrated candidates last, keeping ties in order', () => {
    const views = [
      combineRatings('a', [{ effectiveness: 3 }]),
      combineRatings('b', []),
      combineRatings('c', [{ effectiveness: 5 }]),
      combineRatings('d', [{ effectiveness: 3 }]),
    ];
    expect(rankCandidates(views).map((v) => v.candidateId)).toEqual(['c', 'a', 'd', 'b']);
  });
});

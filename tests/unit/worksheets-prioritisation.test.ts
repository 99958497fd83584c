import { describe, expect, it } from 'vitest';
import type { BehaviourList } from '#core/worksheets/behaviours.js';
import {
  Prioritisation,
  chosenBehaviours,
  emptyPrioritisation,
  prioritisationMissing,
  rankBehaviours,
  type BehaviourRating,
} from '#core/worksheets/prioritisation.js';

const list = (...ids: string[]): BehaviourList => ({ behaviours: ids.map((id) => ({ id, description: `Gedrag ${id}`, link: '' })) });
const r = (impact: number | null, changeability: number | null, measurability: number | null): BehaviourRating => ({ impact, changeability, measurability });
const prio = (patch: Partial<Prioritisation> = {}): Prioritisation => ({ ...emptyPrioritisation(), ...patch });

describe('rankBehaviours', () => {
  it('orders by the mean of the three ratings, rounded to two decimals', () => {
    const ranked = rankBehaviours(list('a', 'b', 'c', 'd'), prio({ ratings: { a: r(2, 2, 2), b: r(5, 4, 4), c: r(5, 5, 4), d: r(1, 2, 4) } }));
    expect(ranked.map((x) => [x.behaviour.id, x.priority])).toEqual([
      ['c', 4.67],
      ['b', 4.33],
      ['d', 2.33],
      ['a', 2],
    ]);
  });

  it('puts unrated and partly rated behaviours last, in list order, with a null priority', () => {
    const ranked = rankBehaviours(list('u1', 'p', 'x', 'u2'), prio({ ratings: { p: r(5, 5, null), x: r(1, 1, 1) } }));
    expect(ranked.map((x) => [x.behaviour.id, x.priority])).toEqual([
      ['x', 1],
      ['u1', null],
      ['p', null],
      ['u2', null],
    ]);
  });

  it('gives unrated behaviours an empty rating', () => {
    expect(rankBehaviours(list('a'), prio())[0]?.rating).toEqual(r(null, null, null));
  });

  it('keeps list order on equal priorities', () => {
    const ranked = rankBehaviours(list('z', 'a', 'm'), prio({ ratings: { z: r(3, 3, 3), a: r(5, 1, 3), m: r(4, 4, 1) } }));
    expect(ranked.map((x) => x.behaviour.id)).toEqual(['z', 'a', 'm']);
  });

  it('ignores ratings and choices of behaviours removed from 2.1', () => {
    const ranked = rankBehaviours(list('a'), prio({ ratings: { a: r(1, 1, 1), gone: r(5, 5, 5) }, chosenIds: ['gone'] }));
    expect(ranked).toEqual([{ behaviour: list('a').behaviours[0], rating: r(1, 1, 1), priority: 1, chosen: false }]);
  });

  it('marks the chosen behaviours', () => {
    const ranked = rankBehaviours(list('a', 'b', 'c'), prio({ chosenIds: ['c', 'a'] }));
    expect(ranked.map((x) => [x.behaviour.id, x.chosen])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });

  it('is empty for an empty list', () => {
    expect(rankBehaviours({ behaviours: [] }, prio({ ratings: { a: r(5, 5, 5) } }))).toEqual([]);
  });
});

describe('chosenBehaviours', () => {
  it('returns chosen behaviours that still exist, in list order', () => {
    expect(chosenBehaviours(list('a', 'b', 'c'), prio({ chosenIds: ['c', 'gone', 'a'] })).map((b) => b.id)).toEqual(['a', 'c']);
  });
  it('is empty without a choice', () => {
    expect(chosenBehaviours(list('a'), prio())).toEqual([]);
  });
});

describe('prioritisationMissing', () => {
  it('reports nothing to rate, no choice and no rationale for an empty 2.1 list', () => {
    expect(prioritisationMissing(emptyPrioritisation(), { behaviours: [] })).toEqual([
      { code: 'noBehavioursToRate' },
      { code: 'noBehaviourChosen', field: 'chosenIds' },
      { code: 'fieldRequired', field: 'rationale' },
    ]);
  });

  it('is complete when every behaviour is fully rated, one is chosen and there is a rationale', () => {
    expect(prioritisationMissing(prio({ ratings: { a: r(1, 2, 3), b: r(5, 5, 5) }, chosenIds: ['b'], rationale: 'Meeste impact' }), list('a', 'b'))).toEqual(
      [],
    );
  });

  it('reports each behaviour not (fully) rated, by id and 1-based number', () => {
    const p = prio({ ratings: { b: r(5, null, 5), c: r(1, 1, 1) }, chosenIds: ['c'], rationale: 'x' });
    expect(prioritisationMissing(p, list('a', 'b', 'c'))).toEqual([
      { code: 'behaviourNotRated', field: 'ratings.a', params: { n: 1 } },
      { code: 'behaviourNotRated', field: 'ratings.b', params: { n: 2 } },
    ]);
  });

  it('reports no choice when the chosen behaviour was removed from 2.1', () => {
    expect(prioritisationMissing(prio({ ratings: { a: r(3, 3, 3) }, chosenIds: ['gone'], rationale: 'x' }), list('a'))).toEqual([
      { code: 'noBehaviourChosen', field: 'chosenIds' },
    ]);
  });

  it('needs a rationale that is more than white space', () => {
    expect(prioritisationMissing(prio({ ratings: { a: r(3, 3, 3) }, chosenIds: ['a'], rationale: '   ' }), list('a'))).toEqual([
      { code: 'fieldRequired', field: 'rationale' },
    ]);
  });
});

describe('Prioritisation schema', () => {
  it('accepts the empty start and a filled one', () => {
    expect(Prioritisation.safeParse(emptyPrioritisation()).success).toBe(true);
    expect(Prioritisation.safeParse(prio({ ratings: { a: r(1, null, 5) }, chosenIds: ['a'] })).success).toBe(true);
  });
  it('refuses ratings outside 1–5, an incomplete rating object, more than five choices and bad ids', () => {
    expect(Prioritisation.safeParse(prio({ ratings: { a: r(6, 1, 1) } })).success).toBe(false);
    expect(Prioritisation.safeParse(prio({ ratings: { a: { impact: 1 } as BehaviourRating } })).success).toBe(false);
    expect(Prioritisation.safeParse(prio({ chosenIds: ['a', 'b', 'c', 'd', 'e'] })).success).toBe(true);
    expect(Prioritisation.safeParse(prio({ chosenIds: ['a', 'b', 'c', 'd', 'e', 'f'] })).success).toBe(false);
    expect(Prioritisation.safeParse(prio({ chosenIds: ['a b'] })).success).toBe(false);
    expect(Prioritisation.safeParse(prio({ ratings: { 'a/b': r(1, 1, 1) } })).success).toBe(false);
  });
});

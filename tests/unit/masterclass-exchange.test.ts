import { describe, expect, it } from 'vitest';
import {
  asOwnIntervention,
  barrierFigures,
  copiedAtLeast,
  countOrganisations,
  ExchangeInput,
  MIN_ORGANISATIONS,
  readExchangeEffect,
} from '#core/masterclass/exchange.js';
import { OwnIntervention } from '#core/interventions/library.js';

const published = (changes: Record<string, unknown> = {}) =>
  ExchangeInput.parse({
    title: 'Vergrendelen met één toets',
    setting: 'hospital',
    targetBehaviour: 'screen-locking',
    behaviour: 'Verpleegkundigen vergrendelen hun scherm bij het weglopen',
    barrier: 'C-phy',
    whatWeDid: 'Een sticker met Windows+L op elk toetsenbord, en een week lang uitleg op de afdeling.',
    functions: ['education', 'environmentalRestructuring'],
    effort: 'low',
    effect: { measure: 'Vergrendelde schermen bij de steekproef', before: 40, after: 75, unit: '%' },
    ...changes,
  });

const item = (organisationId: string, barrier = 'C-phy', measured = true) => ({
  organisationId,
  barrier,
  effect: measured ? { measure: 'Vergrendeld', before: 1, after: 2, unit: '' } : null,
});

describe('the exchange: published interventions and cross-organisation figures', () => {
  it('counts organisations from five up, never the smaller number', () => {
    expect(MIN_ORGANISATIONS).toBe(5);
    expect(countOrganisations([])).toBeNull();
    expect(countOrganisations(['a', 'b', 'c', 'd'])).toBeNull();
    expect(countOrganisations(['a', 'b', 'c', 'd', 'e'])).toBe(5);
  });

  it('counts per organisation, not per item: one organisation publishing five times is one', () => {
    expect(countOrganisations(['a', 'a', 'a', 'a', 'a'])).toBeNull();
    expect(countOrganisations(['a', 'a', 'b', 'c', 'd', 'd'])).toBeNull();
    expect(countOrganisations(['a', 'a', 'b', 'c', 'd', 'e', 'e'])).toBe(5);
  });

  it('shows how many organisations copied an item only in steps of five, never the exact number', () => {
    const orgs = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`);
    const table: [number, number | null][] = [
      [0, null],
      [4, null],
      [5, 5],
      [6, 5],
      [9, 5],
      [10, 10],
      [14, 10],
      [15, 15],
      [23, 20],
    ];
    for (const [n, expected] of table) expect(copiedAtLeast(orgs(n)), `${n} organisations`).toBe(expected);
    // Per organisation, not per copy.
    expect(copiedAtLeast([...orgs(9), 'o0', 'o1'])).toBe(5);
  });

  it('suppresses a barrier published by four organisations, even with many items', () => {
    const items = ['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd'].map((o) => item(o));
    const phy = barrierFigures(items).find((f) => f.barrier === 'C-phy');
    expect(phy).toEqual({ barrier: 'C-phy', organisations: null, measured: null });
  });

  it('shows a barrier published by five organisations, and how many measured an effect only from five', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const figures = barrierFigures([...five.map((o, i) => item(o, 'C-phy', i < 4)), item('a', 'M-aut')]);
    expect(figures.find((f) => f.barrier === 'C-phy')).toEqual({ barrier: 'C-phy', organisations: 5, measured: null });
    expect(figures.find((f) => f.barrier === 'M-aut')).toEqual({ barrier: 'M-aut', organisations: null, measured: null });
    const allMeasured = barrierFigures(five.map((o) => item(o)));
    expect(allMeasured.find((f) => f.barrier === 'C-phy')).toEqual({ barrier: 'C-phy', organisations: 5, measured: 5 });
  });

  it('gives a figure for every COM-B factor, in the model’s order', () => {
    expect(barrierFigures([]).map((f) => f.barrier)).toEqual(['C-psy', 'C-phy', 'O-phy', 'O-soc', 'M-ref', 'M-aut']);
  });

  it('lands in another library as a valid own intervention, without the effect', () => {
    const own = asOwnIntervention({ ...published(), publishedBy: 'Ziekenhuis Noord' });
    expect(OwnIntervention.parse(own)).toEqual(own);
    expect(own).toEqual({
      title: 'Vergrendelen met één toets',
      description: 'Een sticker met Windows+L op elk toetsenbord, en een week lang uitleg op de afdeling.',
      example: 'Verpleegkundigen vergrendelen hun scherm bij het weglopen (Ziekenhuis Noord)',
      functions: ['education', 'environmentalRestructuring'],
      factors: ['C-phy'],
      fits: ['screen-locking'],
      effort: 'low',
      bcts: [],
    });
  });

  it('stays a valid own intervention at the longest texts allowed', () => {
    const longest = published({ title: 'T'.repeat(300), behaviour: 'B'.repeat(300), whatWeDid: 'W'.repeat(4_000) });
    expect(OwnIntervention.safeParse(asOwnIntervention({ ...longest, publishedBy: 'O'.repeat(300) })).success).toBe(true);
  });

  it('refuses an unknown barrier, no functions, an effect that is no number or out of range, a title over 300', () => {
    const fieldOf = (changes: Record<string, unknown>) => {
      const result = ExchangeInput.safeParse({ ...published(), ...changes });
      return result.success ? null : result.error.issues[0]!.path.join('.');
    };
    expect(fieldOf({ barrier: 'C-soc' })).toBe('barrier');
    expect(fieldOf({ functions: [] })).toBe('functions');
    expect(fieldOf({ effect: { measure: 'x', before: Number.NaN, after: 1, unit: '' } })).toBe('effect.before');
    expect(fieldOf({ effect: { measure: 'x', before: 1, after: 1e12, unit: '' } })).toBe('effect.after');
    expect(fieldOf({ effect: { measure: 'x', before: 1, after: 1, unit: 'a\u0000' } })).toBe('effect.unit');
    expect(fieldOf({ title: 'x'.repeat(301) })).toBe('title');
    expect(fieldOf({ effect: null })).toBeNull();
  });

  it('reads a stored effect back, and anything else as not measured', () => {
    expect(readExchangeEffect({ measure: 'm', before: 1, after: 2, unit: '%' })).toEqual({ measure: 'm', before: 1, after: 2, unit: '%' });
    expect(readExchangeEffect(null)).toBeNull();
    expect(readExchangeEffect({ measure: 'm', before: 'veel' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { COMB_FACTORS, TDF_DOMAINS, TDF_FACTOR, type CombFactor, type TdfDomain } from '#core/comb.js';
import { BCW_MATRIX, INTERVENTION_FUNCTIONS, TDF_MATRIX, factorsFor, linkOf, proposeFunctions, type BarrierRef } from '#core/interventions/functions.js';

/** The BCW table as ../shared/domain/README.md gives it ("Which functions can address which factor"). */
const DOMAIN_TABLE = `
| factor | functions |
|---|---|
| C-psy | education, training, enablement |
| C-phy | training, enablement |
| O-phy | training, restriction, environmental restructuring, enablement |
| O-soc | restriction, environmental restructuring, modelling, enablement |
| M-ref | education, persuasion, incentivisation, coercion |
| M-aut | persuasion, incentivisation, coercion, training, environmental restructuring, modelling, enablement |
`;

/** The names the domain text uses for the functions, mapped to our codes. */
const NAMES: Record<string, string> = {
  education: 'education',
  persuasion: 'persuasion',
  incentivisation: 'incentivisation',
  coercion: 'coercion',
  training: 'training',
  restriction: 'restriction',
  'environmental restructuring': 'environmentalRestructuring',
  modelling: 'modelling',
  enablement: 'enablement',
};

describe('the BCW matrix', () => {
  it('is the table of the method’s domain text, row by row', () => {
    for (const factor of COMB_FACTORS) {
      const row = DOMAIN_TABLE.split('\n').find((line) => line.startsWith(`| ${factor} |`));
      expect(row, factor).toBeDefined();
      const functions = row!
        .split('|')[2]!
        .split(',')
        .map((name) => NAMES[name.trim()]);
      expect(BCW_MATRIX[factor], factor).toEqual(functions);
    }
  });

  it('lists every function under at least one factor, in the order of the nine functions', () => {
    for (const fn of INTERVENTION_FUNCTIONS) expect(factorsFor(fn).length).toBeGreaterThan(0);
    for (const factor of COMB_FACTORS) {
      const order = BCW_MATRIX[factor].map((fn) => INTERVENTION_FUNCTIONS.indexOf(fn));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(factorsFor('education')).toEqual(['C-psy', 'M-ref']);
  });
});

describe('the TDF refinement', () => {
  it('links memory, attention and decision processes to training, environmental restructuring and enablement, within C-psy', () => {
    expect(TDF_MATRIX.memoryAttentionDecision).toEqual(['training', 'environmentalRestructuring', 'enablement']);
    expect(TDF_FACTOR.memoryAttentionDecision).toBe('C-psy');
    expect(BCW_MATRIX['C-psy']).not.toContain('environmentalRestructuring');
  });
});

describe('how a function addresses a barrier', () => {
  it('makes enablement secondary where its row holds what it goes beyond, for capability and opportunity', () => {
    for (const factor of ['C-psy', 'O-phy', 'O-soc'] as const) expect(linkOf('enablement', { factor }), factor).toBe('secondary');
    // A body that cannot is not trained away: for physical capability enablement stands beside training.
    expect(linkOf('enablement', { factor: 'C-phy' })).toBe('primary');
    expect(linkOf('enablement', { factor: 'C-psy', tdf: 'memoryAttentionDecision' })).toBe('secondary');
    expect(linkOf('enablement', { factor: 'M-aut' })).toBe('primary');
    expect(linkOf('enablement', { factor: 'M-ref' })).toBeNull();
  });

  it('keeps every other link of the matrix primary', () => {
    for (const factor of COMB_FACTORS) {
      for (const fn of BCW_MATRIX[factor].filter((f) => f !== 'enablement')) expect(linkOf(fn, { factor }), `${factor} ${fn}`).toBe('primary');
    }
    expect(linkOf('education', { factor: 'C-psy', tdf: 'memoryAttentionDecision' })).toBeNull();
  });
});

describe('proposing functions for barriers', () => {
  const barrier = (factor: CombFactor, weight: number | null = 1, tdf: TdfDomain | null = null): BarrierRef => ({
    id: `${factor}-${tdf ?? ''}`,
    factor,
    tdf,
    description: factor,
    weight,
  });
  const first = (barriers: BarrierRef[]) => proposeFunctions(barriers)[0]!.fn;

  it('ranks by the share of the weight a function addresses as a primary option, with the barriers as the reason', () => {
    const proposals = proposeFunctions([
      { id: 'b1', factor: 'C-psy', description: 'Weet niet wat een datalek is', weight: 5 },
      { id: 'b2', factor: 'M-aut', description: 'Verstuurt uit gewoonte zonder te kijken', weight: 3 },
    ]);
    expect(proposals.map((p) => [p.fn, p.coverage, p.secondaryCoverage])).toEqual([
      ['training', 1, 0],
      ['education', 5 / 8, 0],
      // As much primary weight as persuasion and the others, but also a secondary option for b1.
      ['enablement', 3 / 8, 5 / 8],
      ['persuasion', 3 / 8, 0],
      ['incentivisation', 3 / 8, 0],
      ['coercion', 3 / 8, 0],
      ['environmentalRestructuring', 3 / 8, 0],
      ['modelling', 3 / 8, 0],
    ]);
    expect(proposals[0]!.because).toEqual([
      { barrierId: 'b1', factor: 'C-psy', tdf: null, description: 'Weet niet wat een datalek is', weight: 5, link: 'primary' },
      { barrierId: 'b2', factor: 'M-aut', tdf: null, description: 'Verstuurt uit gewoonte zonder te kijken', weight: 3, link: 'primary' },
    ]);
    expect(proposals[2]!.because.map((b) => [b.barrierId, b.link])).toEqual([
      ['b2', 'primary'],
      ['b1', 'secondary'],
    ]);
  });

  it('puts the function that takes on the heaviest barrier first when coverage is equal', () => {
    // Half the weight each way: the social barrier weighs 4, the two reflective ones 2 each.
    const proposals = proposeFunctions([barrier('O-soc', 4), { ...barrier('M-ref', 2), id: 'a' }, { ...barrier('M-ref', 2), id: 'b' }]);
    expect(proposals.map((p) => [p.fn, p.coverage])).toEqual([
      ['restriction', 0.5],
      ['environmentalRestructuring', 0.5],
      ['modelling', 0.5],
      ['education', 0.5],
      ['persuasion', 0.5],
      ['incentivisation', 0.5],
      ['coercion', 0.5],
      ['enablement', 0],
    ]);
  });

  it('does not put enablement first for a single reflective-motivation barrier: the matrix does not link it', () => {
    const proposals = proposeFunctions([barrier('M-ref', 5)]);
    expect(proposals[0]!.fn).toBe('education');
    expect(proposals.map((p) => p.fn)).not.toContain('enablement');
  });

  it('surfaces environmental restructuring for a barrier of memory, attention and decision processes, with the domain as the reason', () => {
    const proposals = proposeFunctions([barrier('C-psy', 4, 'memoryAttentionDecision')]);
    expect(proposals.map((p) => [p.fn, p.coverage])).toEqual([
      ['training', 1],
      ['environmentalRestructuring', 1],
      ['enablement', 0],
    ]);
    expect(proposals[1]!.because[0]).toMatchObject({ factor: 'C-psy', tdf: 'memoryAttentionDecision', link: 'primary' });
    // The same barrier read only as C-psy has no prompt among its options.
    expect(proposeFunctions([barrier('C-psy', 4)]).map((p) => p.fn)).toEqual(['education', 'training', 'enablement']);
  });

  it('no longer puts enablement first, except where the BCW makes it a primary option for every barrier', () => {
    const readings: [CombFactor, TdfDomain | null][] = [
      ...COMB_FACTORS.map((f) => [f, null] as [CombFactor, null]),
      ...TDF_DOMAINS.map((d) => [TDF_FACTOR[d], d] as [CombFactor, TdfDomain]),
    ];
    const diagnoses: BarrierRef[][] = [];
    for (const [factor, tdf] of readings) diagnoses.push([barrier(factor, 3, tdf)]);
    for (const [i, [f1, d1]] of readings.entries()) {
      for (const [f2, d2] of readings.slice(i + 1)) {
        for (const [w1, w2] of [
          [1, 1],
          [1, 5],
          [5, 1],
          [3, 4],
        ] as const)
          diagnoses.push([barrier(f1, w1, d1), barrier(f2, w2, d2)]);
      }
    }
    expect(diagnoses.length).toBeGreaterThan(80);
    // Enablement addresses a barrier in most of these diagnoses, so a sum of weights would rank it high...
    expect(diagnoses.filter((d) => d.some((b) => linkOf('enablement', b))).length / diagnoses.length).toBeGreaterThan(0.8);
    // ...but it comes first only where it is a primary option for a barrier (physical capability or
    // automatic motivation) and reaches further than the function it ties with.
    const enablementFirst = diagnoses.filter((d) => first(d) === 'enablement');
    expect(enablementFirst.every((d) => d.some((b) => linkOf('enablement', b) === 'primary'))).toBe(true);
    expect(enablementFirst.length / diagnoses.length).toBeLessThan(0.15);
  });

  it('counts an unweighted barrier as 1 and proposes nothing without barriers', () => {
    expect(proposeFunctions([barrier('C-phy', null)]).map((p) => [p.fn, p.coverage, p.secondaryCoverage])).toEqual([
      ['training', 1, 0],
      ['enablement', 1, 0],
    ]);
    expect(proposeFunctions([])).toEqual([]);
  });
});

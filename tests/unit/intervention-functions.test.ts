import { describe, expect, it } from 'vitest';
import { COMB_FACTORS } from '../../src/core/comb.js';
import { BCW_MATRIX, INTERVENTION_FUNCTIONS, factorsFor, proposeFunctions } from '../../src/core/interventions/functions.js';

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
      const functions = row!.split('|')[2]!.split(',').map((name) => NAMES[name.trim()]);
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

describe('proposing functions for barriers', () => {
  it('proposes what the matrix allows, strongest first, with the barriers as the reason', () => {
    const proposals = proposeFunctions([
      { id: 'b1', factor: 'C-psy', description: 'Weet niet wat een datalek is', weight: 5 },
      { id: 'b2', factor: 'M-aut', description: 'Verstuurt uit gewoonte zonder te kijken', weight: 3 },
    ]);
    expect(proposals.map((p) => [p.fn, p.score])).toEqual([
      ['training', 8],
      ['enablement', 8],
      ['education', 5],
      ['persuasion', 3],
      ['incentivisation', 3],
      ['coercion', 3],
      ['environmentalRestructuring', 3],
      ['modelling', 3],
    ]);
    expect(proposals[0]!.because).toEqual([
      { barrierId: 'b1', factor: 'C-psy', description: 'Weet niet wat een datalek is', weight: 5 },
      { barrierId: 'b2', factor: 'M-aut', description: 'Verstuurt uit gewoonte zonder te kijken', weight: 3 },
    ]);
  });

  it('counts an unweighted barrier as 1 and proposes nothing without barriers', () => {
    expect(proposeFunctions([{ id: 'b', factor: 'C-phy', description: 'Code te klein', weight: null }]).map((p) => [p.fn, p.score])).toEqual([
      ['training', 1],
      ['enablement', 1],
    ]);
    expect(proposeFunctions([])).toEqual([]);
  });
});

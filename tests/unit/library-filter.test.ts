import { describe, expect, it } from 'vitest';
import { EMPTY_LIBRARY_FILTER, filterLibrary, groupByMainFunction, type FilterableIntervention } from '#web/routes/interventions/libraryFilter.js';

const item = (id: string, fields: Partial<FilterableIntervention>) => ({
  id,
  title: '',
  description: '',
  example: '',
  functions: [],
  factors: [],
  fits: [],
  effort: 'low' as const,
  ...fields,
});

const ITEMS = [
  item('report-button', {
    title: 'Meldknop in het mailprogramma',
    description: 'Eén klik om een verdachte mail te melden.',
    example: 'De servicedesk krijgt de mail meteen binnen.',
    functions: ['environmentalRestructuring', 'enablement'],
    factors: ['O-phy', 'C-phy'],
    fits: ['phishing-reporting'],
    effort: 'medium',
  }),
  item('phishing-drill', {
    title: 'Oefenphishing met uitleg',
    description: 'Een oefenmail, daarna direct feedback.',
    example: 'Wie klikt, ziet een korte uitleg over de PHISHING-signalen.',
    functions: ['training', 'education'],
    factors: ['C-psy', 'M-aut'],
    fits: ['phishing-reporting', 'general'],
    effort: 'medium',
  }),
  item('lock-screen', {
    title: 'Schermvergrendeling na vijf minuten',
    description: 'Het scherm gaat vanzelf op slot.',
    example: 'Een sticker op de monitor herinnert aan Windows+L.',
    functions: ['environmentalRestructuring'],
    factors: ['O-phy', 'M-aut'],
    fits: ['screen-locking'],
    effort: 'low',
  }),
  item('leadership', {
    title: 'Leidinggevende geeft het goede voorbeeld',
    description: 'De manager vergrendelt zelf zichtbaar het scherm.',
    example: '',
    functions: ['modelling'],
    factors: ['O-soc'],
    fits: ['screen-locking', 'general'],
    effort: 'low',
  }),
];

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const run = (filter: Parameters<typeof filterLibrary>[1]) => ids(filterLibrary(ITEMS, { ...EMPTY_LIBRARY_FILTER, ...filter }));

describe('filterLibrary', () => {
  it('returns everything, in order, when no filter is set', () => {
    expect(run({})).toEqual(['report-button', 'phishing-drill', 'lock-screen', 'leadership']);
    expect(ids(filterLibrary(ITEMS, {}))).toEqual(ids(ITEMS));
  });

  it('filters on an intervention function', () => {
    expect(run({ fn: 'environmentalRestructuring' })).toEqual(['report-button', 'lock-screen']);
    expect(run({ fn: 'modelling' })).toEqual(['leadership']);
    expect(run({ fn: 'coercion' })).toEqual([]);
  });

  it('filters on a COM-B factor', () => {
    expect(run({ factor: 'M-aut' })).toEqual(['phishing-drill', 'lock-screen']);
    expect(run({ factor: 'O-soc' })).toEqual(['leadership']);
    expect(run({ factor: 'M-ref' })).toEqual([]);
  });

  it('filters on a target behaviour', () => {
    expect(run({ behaviour: 'phishing-reporting' })).toEqual(['report-button', 'phishing-drill']);
    expect(run({ behaviour: 'general' })).toEqual(['phishing-drill', 'leadership']);
    expect(run({ behaviour: 'passwords' })).toEqual([]);
  });

  it('filters on effort', () => {
    expect(run({ effort: 'low' })).toEqual(['lock-screen', 'leadership']);
    expect(run({ effort: 'medium' })).toEqual(['report-button', 'phishing-drill']);
    expect(run({ effort: 'high' })).toEqual([]);
  });

  it('searches title, description and example, ignoring case and surrounding spaces', () => {
    expect(run({ query: 'meldknop' })).toEqual(['report-button']);
    expect(run({ query: 'SCHERM' })).toEqual(['lock-screen', 'leadership']);
    expect(run({ query: '  feedback ' })).toEqual(['phishing-drill']);
    expect(run({ query: 'windows+l' })).toEqual(['lock-screen']);
    expect(run({ query: 'phishing-signalen' })).toEqual(['phishing-drill']);
    expect(run({ query: 'bestaat niet' })).toEqual([]);
    expect(run({ query: '   ' })).toEqual(ids(ITEMS));
  });

  it('combines filters: an intervention must match all of them', () => {
    expect(run({ fn: 'environmentalRestructuring', factor: 'M-aut' })).toEqual(['lock-screen']);
    expect(run({ behaviour: 'screen-locking', effort: 'low', fn: 'modelling' })).toEqual(['leadership']);
    expect(run({ behaviour: 'phishing-reporting', query: 'oefen' })).toEqual(['phishing-drill']);
    expect(run({ fn: 'training', factor: 'C-psy', behaviour: 'general', effort: 'medium', query: 'uitleg' })).toEqual(['phishing-drill']);
    expect(run({ fn: 'training', effort: 'low' })).toEqual([]);
  });

  it('does not change the list it is given', () => {
    const copy = ITEMS.map((i) => ({ ...i }));
    filterLibrary(ITEMS, { fn: 'modelling', query: 'x' });
    expect(ITEMS).toEqual(copy);
  });
});

describe('groupByMainFunction', () => {
  it('puts each intervention under its first function only, in the order of the Behaviour Change Wheel, without empty groups', () => {
    expect(groupByMainFunction(ITEMS).map((g) => [g.fn, ids(g.items)])).toEqual([
      ['training', ['phishing-drill']],
      ['environmentalRestructuring', ['report-button', 'lock-screen']],
      ['modelling', ['leadership']],
    ]);
  });

  it('has no group for a filtered list without interventions', () => {
    expect(groupByMainFunction([])).toEqual([]);
  });
});

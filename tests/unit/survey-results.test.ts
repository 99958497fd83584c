import { describe, expect, it } from 'vitest';
import { DONT_KNOW, inLocale, NewSurveyDefinition, responseSchema, storedForm, SurveyDefinition } from '#core/survey/definition.js';
import { surveyResults, type CellCounts } from '#core/survey/results.js';

const text = (nl: string, en = '') => ({ nl, en });
const definition: SurveyDefinition = {
  behaviour: 'melden',
  intro: text(''),
  scale: 5,
  items: [
    { id: 'k1', factor: 'C-psy', text: text('Ik weet hoe.'), bankId: null },
    { id: 'k2', factor: 'C-psy', text: text('Ik snap waarom.'), bankId: null },
    { id: 't1', factor: 'O-phy', text: text('Ik heb tijd.'), bankId: null },
    { id: 'own', factor: null, text: text('Eigen stelling.'), bankId: null },
  ],
  groups: [
    {
      id: 'dept',
      question: text('Afdeling?'),
      options: [
        { id: 'a', label: text('A') },
        { id: 'b', label: text('B') },
      ],
    },
  ],
};
/** n respondents of one group who all gave the same answers. */
const cell = (group: string | null, n: number, answers: number[]): CellCounts => ({
  groups: [group],
  n,
  counts: answers.map((a) => [1, 2, 3, 4, 5].map((v) => (v === a ? n : 0))),
});

describe('the survey definition', () => {
  it('accepts a valid questionnaire and refuses one without statements or with an empty text', () => {
    expect(SurveyDefinition.safeParse(definition).success).toBe(true);
    expect(SurveyDefinition.safeParse({ ...definition, items: [] }).success).toBe(false);
    expect(SurveyDefinition.safeParse({ ...definition, items: [{ ...definition.items[0], text: text('') }] }).success).toBe(false);
    expect(SurveyDefinition.safeParse({ ...definition, scale: 4 }).success).toBe(false);
  });

  it('refuses a statement asked twice, naming the later one; stored definitions still read', () => {
    const repeated = (...items: Partial<SurveyDefinition['items'][number]>[]) => ({
      ...definition,
      items: [...definition.items, ...items.map((item, i) => ({ ...definition.items[0]!, id: `r${i}`, ...item }))],
    });
    const issues = (value: unknown) => {
      const result = NewSurveyDefinition.safeParse(value);
      return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, ...('params' in i ? i.params : {}) }));
    };
    expect(issues(definition)).toEqual([]);
    // Case, spacing and punctuation do not make another statement; empty texts aside.
    expect(issues(repeated({ text: text('  ik WEET   hoe!') }))).toEqual([{ path: 'items.4.text.nl', message: 'repeatedStatement', statement: 1 }]);
    expect(issues(repeated({ text: text('Ik weet hoe het moet.', 'I know how') }, { text: text('Ik weet echt hoe.', 'I know how.') }))).toEqual([
      { path: 'items.5.text.en', message: 'repeatedStatement', statement: 5 },
    ]);
    // As a respondent reads them: a text written in one language only is shown in the other too.
    expect(issues(repeated({ text: text('Ik weet het niet.') }, { text: text('', 'Ik weet het niet') }))).toEqual([
      { path: 'items.5.text.en', message: 'repeatedStatement', statement: 5 },
    ]);
    // Invisible characters, inner punctuation and symbols do not make another statement either.
    const lookAlikes = [
      'Ik\u200b weet\u00ad hoe',
      '"Ik weet, hoe"',
      '- ik weet hoe',
      'Ik we\u034Fet hoe',
      'Ik weet hoe\uFE0F',
      'Ik weet hoe\u3164',
      'Ik wéét hoe',
    ];
    expect(issues(repeated(...lookAlikes.map((t) => ({ text: text(t) }))))).toEqual(
      lookAlikes.map((_, i) => ({ path: `items.${i + 4}.text.nl`, message: 'repeatedStatement', statement: 1 })),
    );
    const bank = { ...definition, items: definition.items.map((item, i) => ({ ...item, bankId: i < 2 ? 'cpsy-know-how' : null })) };
    expect(issues(bank)).toEqual([{ path: 'items.1.bankId', message: 'repeatedBankStatement', statement: 1 }]);
    // A paraphrase is not caught: see docs/anonymity.md, "Known limit".
    expect(issues(repeated({ text: text('Ik weet wel hoe.') }))).toEqual([]);
    expect(SurveyDefinition.safeParse(bank).success).toBe(true);
  });

  it('shows a text in the reader’s language, or in the other when only that one is written', () => {
    expect(inLocale({ nl: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello');
    expect(inLocale({ nl: 'Hallo', en: ' ' }, 'en')).toBe('Hallo');
  });

  it('requires an answer to every statement, on the scale or "weet ik niet", and a known option or none for groups', () => {
    const schema = responseSchema(definition);
    expect(schema.answers.safeParse({ k1: 1, k2: 5, t1: 3, own: 2 }).success).toBe(true);
    expect(schema.answers.safeParse({ k1: 1, k2: 5, t1: 3 }).success).toBe(false);
    expect(schema.answers.safeParse({ k1: DONT_KNOW, k2: 5, t1: DONT_KNOW, own: 2 }).success).toBe(true);
    expect(schema.answers.safeParse({ k1: -1, k2: 5, t1: 3, own: 2 }).success).toBe(false);
    expect(schema.answers.safeParse({ k1: null, k2: 5, t1: 3, own: 2 }).success).toBe(false);
    expect(schema.answers.safeParse({ k1: 1, k2: 6, t1: 3, own: 2 }).success).toBe(false);
    expect(schema.groups.safeParse({ dept: 'a' }).success).toBe(true);
    expect(schema.groups.safeParse({ dept: null }).success).toBe(true);
    expect(schema.groups.safeParse({ dept: 'c' }).success).toBe(false);
    expect(schema.groups.safeParse({ other: 'a' }).success).toBe(false);
  });

  it('stores answers and groups by position only, "weet ik niet" as 0', () => {
    expect(storedForm(definition, { answers: { own: 2, t1: 3, k2: 5, k1: 1 }, groups: {} })).toEqual({ answers: [1, 5, 3, 2], groups: [null] });
    expect(storedForm(definition, { answers: { own: 2, t1: DONT_KNOW, k2: 5, k1: 1 }, groups: {} }).answers).toEqual([1, 5, 0, 2]);
  });

  it('reads a definition saved before the behaviour’s other phrases were stored, and one with them', () => {
    expect(SurveyDefinition.parse(definition)).not.toHaveProperty('behaviourTe');
    const withPhrases = { ...definition, behaviourTe: 'te melden', behaviourEn: 'report' };
    expect(SurveyDefinition.parse(withPhrases)).toMatchObject({ behaviour: 'melden', behaviourTe: 'te melden', behaviourEn: 'report' });
    expect(SurveyDefinition.safeParse({ ...definition, behaviourTe: 'x'.repeat(301) }).success).toBe(false);
  });
});

describe('surveyResults', () => {
  it('scores a factor as the mean of all answers to its statements, with the pooled distribution', () => {
    const results = surveyResults(definition, [cell('a', 6, [2, 4, 5, 1]), cell('b', 4, [4, 4, 1, 1])], 5);
    expect(results.responses).toBe(10);
    const cpsy = results.overall!.factors.find((f) => f.factor === 'C-psy')!;
    expect(cpsy.items).toBe(2);
    // k1: (6×2 + 4×4)/10 = 2.8; k2: 4. Mean of the items: 3.4.
    expect(cpsy.mean).toBeCloseTo(3.4);
    expect(cpsy.distribution).toEqual([0, 6, 0, 14, 0]);
    expect(results.overall!.factors.map((f) => f.factor)).toEqual(['C-psy', 'O-phy']);
    expect(results.overall!.items.find((i) => i.itemId === 'own')).toMatchObject({ factor: null, mean: 1, n: 10 });
  });

  it('shows a group only when it and the rest are large enough', () => {
    const results = surveyResults(definition, [cell('a', 6, [2, 4, 5, 1]), cell('b', 4, [4, 4, 1, 1])], 5);
    expect(results.questions[0]).toMatchObject({ groups: [], hiddenOptions: 2 });
    const bigger = surveyResults(definition, [cell('a', 6, [2, 4, 5, 1]), cell('b', 5, [4, 4, 1, 1])], 5);
    expect(bigger.questions[0]!.groups.map((g) => [g.optionId, g.n])).toEqual([
      ['a', 6],
      ['b', 5],
    ]);
    expect(bigger.questions[0]!.groups[1]!.factors[1]).toMatchObject({ factor: 'O-phy', mean: 1 });
  });

  it('shows nothing below the minimum', () => {
    expect(surveyResults(definition, [cell('a', 4, [1, 1, 1, 1])], 5)).toMatchObject({ responses: 4, overall: null });
  });
});

describe('"weet ik niet / niet van toepassing"', () => {
  /** Six respondents in group a: k1 four times 4 and twice "weet ik niet", k2 six times 2, t1 never answered on the scale, own six times 1. */
  const cells: CellCounts[] = [
    {
      groups: ['a'],
      n: 6,
      counts: [
        [0, 0, 0, 4, 0],
        [0, 6, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [6, 0, 0, 0, 0],
      ],
    },
  ];

  it('counts as missing, not as a score: a statement’s n and mean are of the answers on the scale', () => {
    const overall = surveyResults(definition, cells, 5).overall!;
    expect(overall.n).toBe(6);
    // Not 16/6 (as a 0) and not 22/6 (as the middle, 3): 16/4.
    expect(overall.items[0]).toMatchObject({ itemId: 'k1', n: 4, mean: 4, distribution: [0, 0, 0, 4, 0] });
    expect(overall.items[2]).toMatchObject({ itemId: 't1', n: 0, distribution: [0, 0, 0, 0, 0] });
  });

  it('scores a factor over the answers given: a statement few could answer weighs less', () => {
    const factors = surveyResults(definition, cells, 5).overall!.factors;
    // C-psy: four 4s and six 2s = 28/10, not the mean of the statements' means (3).
    expect(factors.find((f) => f.factor === 'C-psy')).toMatchObject({ n: 10, mean: 2.8, items: 2, distribution: [0, 6, 0, 4, 0] });
    expect(factors.find((f) => f.factor === 'O-phy')).toMatchObject({ n: 0, items: 1 });
  });

  it('leaves the minimum to the respondents: a group is shown by how many answered, not by how many knew', () => {
    const groups = surveyResults(
      definition,
      [
        ...cells,
        {
          groups: ['b'],
          n: 5,
          counts: [
            [0, 0, 5, 0, 0],
            [0, 0, 5, 0, 0],
            [0, 0, 5, 0, 0],
            [0, 0, 5, 0, 0],
          ],
        },
      ],
      5,
    ).questions[0]!.groups;
    expect(groups.map((g) => [g.optionId, g.n])).toEqual([
      ['a', 6],
      ['b', 5],
    ]);
  });
});

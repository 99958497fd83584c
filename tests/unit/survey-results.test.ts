import { describe, expect, it } from 'vitest';
import { inLocale, NewSurveyDefinition, responseSchema, storedForm, SurveyDefinition } from '../../src/core/survey/definition.js';
import { surveyResults, type CellCounts } from '../../src/core/survey/results.js';

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
  groups: [{ id: 'dept', question: text('Afdeling?'), options: [{ id: 'a', label: text('A') }, { id: 'b', label: text('B') }] }],
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
    const repeated = (...items: Partial<SurveyDefinition['items'][number]>[]) => ({ ...definition, items: [...definition.items, ...items.map((item, i) => ({ ...definition.items[0]!, id: `r${i}`, ...item }))] });
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
    expect(issues(repeated({ text: text('Ik weet het niet.') }, { text: text('', 'Ik weet het niet') }))).toEqual([{ path: 'items.5.text.en', message: 'repeatedStatement', statement: 5 }]);
    // Invisible characters, inner punctuation and symbols do not make another statement either.
    const lookAlikes = ['Ik\u200b weet\u00ad hoe', '"Ik weet, hoe"', '- ik weet hoe', 'Ik we\u034Fet hoe', 'Ik weet hoe\uFE0F', 'Ik weet hoe\u3164', 'Ik wéét hoe'];
    expect(issues(repeated(...lookAlikes.map((t) => ({ text: text(t) }))))).toEqual(lookAlikes.map((_, i) => ({ path: `items.${i + 4}.text.nl`, message: 'repeatedStatement', statement: 1 })));
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

  it('requires an answer to every statement on the scale, and a known option or none for groups', () => {
    const schema = responseSchema(definition);
    expect(schema.answers.safeParse({ k1: 1, k2: 5, t1: 3, own: 2 }).success).toBe(true);
    expect(schema.answers.safeParse({ k1: 1, k2: 5, t1: 3 }).success).toBe(false);
    expect(schema.answers.safeParse({ k1: 0, k2: 5, t1: 3, own: 2 }).success).toBe(false);
    expect(schema.answers.safeParse({ k1: 1, k2: 6, t1: 3, own: 2 }).success).toBe(false);
    expect(schema.groups.safeParse({ dept: 'a' }).success).toBe(true);
    expect(schema.groups.safeParse({ dept: null }).success).toBe(true);
    expect(schema.groups.safeParse({ dept: 'c' }).success).toBe(false);
    expect(schema.groups.safeParse({ other: 'a' }).success).toBe(false);
  });

  it('stores answers and groups by position only', () => {
    expect(storedForm(definition, { answers: { own: 2, t1: 3, k2: 5, k1: 1 }, groups: {} })).toEqual({ answers: [1, 5, 3, 2], groups: [null] });
  });
});

describe('surveyResults', () => {
  it('scores a factor as the mean of its statements, with the pooled distribution', () => {
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
    expect(bigger.questions[0]!.groups.map((g) => [g.optionId, g.n])).toEqual([['a', 6], ['b', 5]]);
    expect(bigger.questions[0]!.groups[1]!.factors[1]).toMatchObject({ factor: 'O-phy', mean: 1 });
  });

  it('shows nothing below the minimum', () => {
    expect(surveyResults(definition, [cell('a', 4, [1, 1, 1, 1])], 5)).toMatchObject({ responses: 4, overall: null });
  });
});

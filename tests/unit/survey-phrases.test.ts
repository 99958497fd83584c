import { describe, expect, it } from 'vitest';
import { SURVEY_ITEM_BANK } from '#content/comb.js';
import { fillStatement, type BehaviourPhrases } from '#core/survey/phrases.js';
import { inputOf, modelOf, newModel, setPhrase, toggleBank } from '#web/routes/surveys/builderModel.js';
import type { Survey } from '#web/queries/surveys.queries.js';

const PHRASES: BehaviourPhrases = {
  nl: 'de reden invullen bij gebruik van de noodknop',
  nlTe: 'de reden in te vullen bij gebruik van de noodknop.',
  en: 'fill in the reason when using the emergency button',
};
const bank = (id: string) => SURVEY_ITEM_BANK.find((b) => b.id === id)!;

describe('filling a bank statement with the team’s phrases', () => {
  it('puts the te-form after "om", the whole verb elsewhere, without quotes or a doubled full stop', () => {
    expect(fillStatement(bank('ophy-time').text, PHRASES)).toEqual({
      nl: 'Ik heb genoeg tijd om de reden in te vullen bij gebruik van de noodknop.',
      en: 'I have enough time to fill in the reason when using the emergency button.',
    });
    expect(fillStatement(bank('osoc-colleagues').text, PHRASES).nl).toBe('Ik zie mijn collega’s de reden invullen bij gebruik van de noodknop.');
  });

  it('lower-cases a phrase typed with a capital, but not an abbreviation or a name with a capital inside', () => {
    const typed = { nl: 'De reden invullen', nlTe: 'De reden in te vullen', en: 'Fill in the reason' };
    expect(fillStatement(bank('ophy-time').text, typed)).toEqual({
      nl: 'Ik heb genoeg tijd om de reden in te vullen.',
      en: 'I have enough time to fill in the reason.',
    });
    expect(fillStatement(bank('osoc-colleagues').text, typed).nl).toBe('Ik zie mijn collega’s de reden invullen.');
    for (const kept of ['AVG-formulier invullen', 'USB-sticks versleutelen', 'ZorgMail gebruiken', 'E-mails versleutelen']) {
      expect(fillStatement(bank('osoc-colleagues').text, { nl: kept, nlTe: '', en: '' }).nl, kept).toBe(`Ik zie mijn collega’s ${kept}.`);
    }
    // Every statement has words before the phrase, so lower-casing it never leaves a sentence without its capital.
    for (const item of SURVEY_ITEM_BANK) for (const text of Object.values(item.text)) expect(text, text).toMatch(/^\p{Lu}[^{]*\{/u);
  });

  it('leaves a language empty until the phrase it needs is written', () => {
    expect(fillStatement(bank('ophy-time').text, { ...PHRASES, nlTe: ' ' }).nl).toBe('');
    expect(fillStatement(bank('osoc-colleagues').text, { ...PHRASES, nlTe: '' }).nl).not.toBe('');
    expect(fillStatement(bank('ophy-time').text, { ...PHRASES, en: '' }).en).toBe('');
  });
});

describe('the survey builder’s phrases', () => {
  const draft = (definition: Survey['definition']) => ({ title: 'Concept', linkEnabled: true, definition }) as Survey;

  it('starts a new survey with two statements per factor, and of physical capability only the general one', () => {
    const ids = newModel({ nl: PHRASES.nl, nlTe: PHRASES.nlTe }, { nl: '', en: '' }, 'hospital').items.map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('cphy-'))).toEqual(['cphy-physically-able']);
    expect(ids).toEqual([
      'cpsy-know-how',
      'cpsy-understand-why',
      'cphy-physically-able',
      'ophy-time',
      'ophy-tools',
      'osoc-colleagues',
      'osoc-manager',
      'mref-important',
      'mref-useful',
      'maut-habit',
      'maut-automatic',
    ]);
  });

  it('stores the phrases it filled the statements with, and reads them back', () => {
    const model = setPhrase(newModel({ nl: PHRASES.nl, nlTe: PHRASES.nlTe }, { nl: '', en: '' }, 'hospital'), 'en', PHRASES.en);
    const { definition } = inputOf(model);
    expect(definition).toMatchObject({ behaviour: PHRASES.nl, behaviourTe: PHRASES.nlTe, behaviourEn: PHRASES.en });
    expect(definition.items.every((i) => i.text.nl && !/["“”]/.test(i.text.nl))).toBe(true);
    expect(modelOf(draft(definition), 'hospital').phrases).toEqual({ nl: definition.behaviour, nlTe: definition.behaviourTe, en: PHRASES.en });
  });

  it('rewrites only the statements that still read as filled in when a phrase changes', () => {
    const model = newModel({ nl: PHRASES.nl, nlTe: PHRASES.nlTe }, { nl: '', en: '' }, 'hospital');
    const edited = { ...model, items: model.items.map((i, k) => (k === 0 ? { ...i, text: { ...i.text, nl: 'Eigen woorden.' } } : i)) };
    const changed = setPhrase(edited, 'nlTe', 'het scherm te vergrendelen');
    expect(changed.items[0]!.text.nl).toBe('Eigen woorden.');
    expect(changed.items.find((i) => i.id === 'ophy-time')!.text.nl).toBe('Ik heb genoeg tijd om het scherm te vergrendelen.');
  });

  it('speaks the organisation’s word for whom it cares for, also when a phrase changes', () => {
    const model = setPhrase(newModel({ nl: PHRASES.nl, nlTe: PHRASES.nlTe }, { nl: '', en: '' }, 'vvt'), 'en', PHRASES.en);
    const useful = () => model.items.find((i) => i.id === 'mref-useful')!;
    expect(useful().text).toEqual({ nl: `Het helpt onze cliënten echt als we ${PHRASES.nl}.`, en: `It really helps our clients when we ${PHRASES.en}.` });
    const changed = setPhrase(model, 'nl', 'het scherm vergrendelen');
    expect(changed.items.find((i) => i.id === 'mref-useful')!.text.nl).toBe('Het helpt onze cliënten echt als we het scherm vergrendelen.');
    expect(modelOf(draft(inputOf(model).definition), 'vvt').phrases.en).toBe(PHRASES.en);
  });

  it('keeps a statement of a bank item since retired as the team’s own, also when the bank selection changes', () => {
    const retired = {
      id: 'cphy-read',
      factor: 'C-phy' as const,
      bankId: 'cphy-read',
      text: { nl: 'Ik kan alles goed lezen wat ik nodig heb om "melden" te doen.', en: '' },
    };
    const model = modelOf(draft({ behaviour: 'melden', intro: { nl: '', en: '' }, scale: 5, items: [retired], groups: [] }), 'hospital');
    expect(model.phrases).toEqual({ nl: 'melden', nlTe: '', en: '' });
    expect(toggleBank(model, bank('ophy-time'), true).map((i) => i.id)).toEqual(['ophy-time', 'cphy-read']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  COMB_FACTOR_TEXT,
  GROUPING_PRESETS,
  INTERVIEWER_TIPS,
  INTERVIEW_CLOSING,
  INTERVIEW_DUO_TIPS,
  INTERVIEW_OPENING,
  INTERVIEW_QUESTIONS,
  ITEM_SOURCES,
  SCALE_LABELS,
  SURVEY_ITEM_BANK,
} from '#content/comb.js';
import { COMB_FACTORS } from '#core/comb.js';
import { LOCALES, type LocalizedText } from '#core/locale.js';
import { inSector } from '#core/sector.js';
import { fillStatement, PLACEHOLDER, TE_PLACEHOLDER, type BehaviourPhrases } from '#core/survey/phrases.js';

const count = (text: string, part: string): number => text.split(part).length - 1;
const SAMPLE: LocalizedText = { nl: 'de reden invullen bij de noodknop', en: 'fill in the reason when using the emergency access' };
const SAMPLE_PHRASES: BehaviourPhrases = {
  nl: 'de reden invullen bij gebruik van de noodknop',
  nlTe: 'de reden in te vullen bij gebruik van de noodknop',
  en: SAMPLE.en,
};

describe('COM-B reference content', () => {
  it.each(COMB_FACTORS)('%s has a name, component and what to look for in both languages', (factor) => {
    const text = COMB_FACTOR_TEXT[factor];
    for (const field of [text.name, text.component, text.lookFor]) {
      for (const l of LOCALES) expect(field[l]).toMatch(/\S/);
    }
    expect(text.lookFor.nl).not.toBe(text.lookFor.en);
  });

  it.each(COMB_FACTORS)('%s has 3 or 4 interview questions with the placeholder once per language', (factor) => {
    const questions = INTERVIEW_QUESTIONS[factor];
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(4);
    for (const q of questions) {
      for (const l of LOCALES) expect(count(q[l], PLACEHOLDER), q[l]).toBe(1);
      expect(q.nl).not.toBe(q.en);
    }
  });

  it('has at least 2 survey items per sub-component, one of them from COM-B-Qv1, with unique kebab-case ids prefixed with the factor', () => {
    for (const factor of COMB_FACTORS) {
      const items = SURVEY_ITEM_BANK.filter((i) => i.factor === factor);
      expect(items.length, factor).toBeGreaterThanOrEqual(2);
      expect(
        items.some((i) => i.source.instrument === 'COM-B-Qv1'),
        factor,
      ).toBe(true);
    }
    const ids = SURVEY_ITEM_BANK.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of SURVEY_ITEM_BANK) {
      expect(item.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(item.id.startsWith(`${item.factor.replace('-', '').toLowerCase()}-`), item.id).toBe(true);
    }
  });

  it('names the source of every survey item in both languages, and cites each instrument in full', () => {
    for (const item of SURVEY_ITEM_BANK) {
      expect(Object.keys(ITEM_SOURCES), item.id).toContain(item.source.instrument);
      for (const l of LOCALES) expect(item.source.part[l], item.id).toMatch(/\S/);
      expect(item.source.part.nl, item.id).not.toBe(item.source.part.en);
    }
    const eyesight = SURVEY_ITEM_BANK.find((i) => i.id === 'cphy-eyesight')!.source.part;
    expect(eyesight).toEqual({ nl: 'Fysieke capaciteit (zicht)', en: 'Physical capability (eyesight)' });
    expect(ITEM_SOURCES['COM-B-Qv1']).toContain('doi:10.1111/bjhp.12417');
    expect(ITEM_SOURCES.TDF).toContain('Implementation Science 9:11');
  });

  it('words each survey item in both languages with one placeholder: Dutch the infinitive or the te-form, English the infinitive', () => {
    for (const item of SURVEY_ITEM_BANK) {
      expect(count(item.text.nl, PLACEHOLDER) + count(item.text.nl, TE_PLACEHOLDER), item.text.nl).toBe(1);
      expect(count(item.text.en, PLACEHOLDER), item.text.en).toBe(1);
      expect(item.text.en).not.toContain(TE_PLACEHOLDER);
      expect(item.text.nl).not.toBe(item.text.en);
    }
  });

  // Issue 17: 'Ik doe "de reden invullen bij gebruik van de noodknop" zonder erbij na te denken.'
  it('never quotes the behaviour or follows it with "doen"', () => {
    for (const item of SURVEY_ITEM_BANK) {
      for (const l of LOCALES) expect(item.text[l], item.text[l]).not.toMatch(/["“”„«»‘‚]|'\{|\}'/);
      expect(item.text.nl, item.text.nl).not.toMatch(/\{[a-z-]+\}.*\bdoe[n]?\b/);
    }
  });

  it('asks about the body under physical capability: eyes, hands, strength or stamina, not knowing how', () => {
    const physical = SURVEY_ITEM_BANK.filter((i) => i.factor === 'C-phy');
    for (const item of physical) {
      expect(item.text.nl, item.text.nl).toMatch(/lichamelijk|ogen|handen/);
      expect(item.text.en, item.text.en).toMatch(/physically|eyesight|hands/);
      for (const l of LOCALES) expect(item.text[l], item.text[l]).not.toMatch(/\b(weet|kennis|vaardig|programma|software|skills?|know)/i);
    }
  });

  it('gives 6 to 8 interviewer tips in both languages', () => {
    expect(INTERVIEWER_TIPS.length).toBeGreaterThanOrEqual(6);
    expect(INTERVIEWER_TIPS.length).toBeLessThanOrEqual(8);
    for (const tip of INTERVIEWER_TIPS) for (const l of LOCALES) expect(tip[l]).toMatch(/\S/);
  });

  it('has an opening and a closing script that name the behaviour once, and tips for the duo', () => {
    for (const script of [INTERVIEW_OPENING, INTERVIEW_CLOSING]) {
      for (const l of LOCALES) {
        expect(count(script.map((line) => line[l]).join('\n'), PLACEHOLDER)).toBe(1);
        for (const line of script) expect(line[l], line[l]).toMatch(/[.?]$/);
      }
    }
    // The points the issue asks of each script, in Dutch.
    const opening = inSector(INTERVIEW_OPENING.map((line) => line.nl).join(' '), 'hospital');
    for (const point of [
      'vrijwillig',
      'stoppen',
      'geen gevolgen voor je werk',
      'geen namen',
      'geen gegevens over patiënten',
      'aantekeningen',
      'Alleen het kernteam',
      'rapportage',
      'Vind je het goed',
    ])
      expect(opening).toContain(point);
    const closing = INTERVIEW_CLOSING.map((line) => line.nl).join(' ');
    // Read aloud, so no quotation marks around the behaviour: nobody hears them.
    expect(`${opening} ${closing}`).not.toMatch(/["“”]/);
    for (const point of ['Dank je wel', 'Daarna', 'Met wie moeten we nog meer praten', 'Spreek ons gerust aan']) expect(closing).toContain(point);
    expect(INTERVIEW_DUO_TIPS.length).toBeGreaterThanOrEqual(4);
    for (const tip of INTERVIEW_DUO_TIPS) for (const l of LOCALES) expect(tip[l]).toMatch(/\S/);
  });

  it('has 5- and 7-point scale labels, all filled in', () => {
    expect(SCALE_LABELS[5]).toHaveLength(5);
    expect(SCALE_LABELS[7]).toHaveLength(7);
    for (const label of [...SCALE_LABELS[5], ...SCALE_LABELS[7]]) for (const l of LOCALES) expect(label[l]).toMatch(/\S/);
  });

  it('has grouping questions and unique profession option ids', () => {
    for (const l of LOCALES) {
      expect(GROUPING_PRESETS.department.question[l]).toMatch(/\?$/);
      expect(GROUPING_PRESETS.profession.question[l]).toMatch(/\?$/);
    }
    const options = GROUPING_PRESETS.profession.options;
    expect(options.length).toBeGreaterThanOrEqual(7);
    expect(options.length).toBeLessThanOrEqual(9);
    const ids = options.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of options) {
      expect(o.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const l of LOCALES) expect(o.label[l]).toMatch(/\S/);
    }
  });

  it('reads as complete sentences once a behaviour phrase is filled in', () => {
    for (const l of LOCALES) {
      for (const q of COMB_FACTORS.flatMap((f) => INTERVIEW_QUESTIONS[f])) {
        const filled = inSector(q[l].replace(PLACEHOLDER, SAMPLE[l]), 'hospital');
        expect(filled, filled).not.toContain('{');
        expect(filled, filled).toMatch(/\?$/);
        expect(filled).toContain(SAMPLE[l]);
      }
      for (const item of SURVEY_ITEM_BANK) {
        const filled = inSector(fillStatement(item.text, SAMPLE_PHRASES)[l], 'hospital');
        expect(filled, filled).not.toContain('{');
        expect(filled, filled).toMatch(/^\p{Lu}.*\.$/u);
        expect(filled).toMatch(l === 'nl' ? /de reden in(?:vullen| te vullen) bij gebruik van de noodknop/ : new RegExp(SAMPLE.en));
      }
    }
  });
});

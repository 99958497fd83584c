import { describe, expect, it } from 'vitest';
import {
  COMB_FACTOR_TEXT,
  GROUPING_PRESETS,
  INTERVIEWER_TIPS,
  INTERVIEW_QUESTIONS,
  SCALE_LABELS,
  SURVEY_ITEM_BANK,
} from '../../src/content/comb.js';
import { COMB_FACTORS } from '../../src/core/comb.js';
import { LOCALES, type LocalizedText } from '../../src/core/locale.js';

const PLACEHOLDER = '{behaviour}';
const count = (text: string, part: string): number => text.split(part).length - 1;
const SAMPLE: LocalizedText = { nl: 'de reden invullen bij de noodknop', en: 'fill in the reason when using the emergency access' };

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

  it('has 4 survey items per factor, with unique kebab-case ids prefixed with the factor', () => {
    for (const factor of COMB_FACTORS) expect(SURVEY_ITEM_BANK.filter((i) => i.factor === factor)).toHaveLength(4);
    expect(SURVEY_ITEM_BANK).toHaveLength(24);
    const ids = SURVEY_ITEM_BANK.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of SURVEY_ITEM_BANK) {
      expect(item.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(item.id.startsWith(`${item.factor.replace('-', '').toLowerCase()}-`), item.id).toBe(true);
    }
  });

  it('words each survey item in both languages with the placeholder once', () => {
    for (const item of SURVEY_ITEM_BANK) {
      for (const l of LOCALES) expect(count(item.text[l], PLACEHOLDER), item.text[l]).toBe(1);
      expect(item.text.nl).not.toBe(item.text.en);
    }
  });

  it('gives 6 to 8 interviewer tips in both languages', () => {
    expect(INTERVIEWER_TIPS.length).toBeGreaterThanOrEqual(6);
    expect(INTERVIEWER_TIPS.length).toBeLessThanOrEqual(8);
    for (const tip of INTERVIEWER_TIPS) for (const l of LOCALES) expect(tip[l]).toMatch(/\S/);
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
        const filled = q[l].replace(PLACEHOLDER, SAMPLE[l]);
        expect(filled, filled).not.toContain('{');
        expect(filled, filled).toMatch(/\?$/);
        expect(filled).toContain(SAMPLE[l]);
      }
      for (const item of SURVEY_ITEM_BANK) {
        const filled = item.text[l].replace(PLACEHOLDER, SAMPLE[l]);
        expect(filled, filled).not.toContain('{');
        expect(filled, filled).toMatch(/\.$/);
        expect(filled).toContain(SAMPLE[l]);
      }
    }
  });
});

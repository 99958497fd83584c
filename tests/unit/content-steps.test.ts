import { describe, expect, it } from 'vitest';
import { guidanceFor, STEP_GUIDANCE, stepGuidance } from '#content/steps.js';
import { STEP_NUMBERS, STEPS, SUBSTEP_KEYS } from '#core/steps.js';

/** Every {nl, en} pair in a tree of content, with where it sits. */
function localizedTexts(value: unknown, path = 'STEP_GUIDANCE'): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('nl' in record && 'en' in record) return [[path, record]];
    return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
  }
  return [];
}

describe('the step guidance', () => {
  it('has the six steps in order', () => {
    expect(STEP_GUIDANCE.map((s) => s.number)).toEqual(STEP_NUMBERS);
  });

  it('has every sub-step exactly once, under its own step', () => {
    expect(STEP_GUIDANCE.flatMap((s) => s.substeps.map((ss) => ss.key))).toEqual([...SUBSTEP_KEYS]);
    for (const step of STEP_GUIDANCE) expect(step.substeps.map((s) => s.key)).toEqual([...STEPS[step.number]]);
  });

  it('has no empty text in either language', () => {
    const texts = localizedTexts(STEP_GUIDANCE);
    expect(texts.length).toBeGreaterThan(150);
    for (const [path, text] of texts) {
      expect(typeof text.nl === 'string' && text.nl.trim().length > 0, `${path}.nl`).toBe(true);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `${path}.en`).toBe(true);
    }
  });

  it('gives each sub-step a purpose, an approach and at least one tip and example', () => {
    for (const key of SUBSTEP_KEYS) {
      const g = guidanceFor(key);
      expect(g.approach.nl.length, key).toBeGreaterThan(100);
      expect(g.tips.length, key).toBeGreaterThan(0);
      expect(g.examples.length, key).toBeGreaterThan(0);
    }
  });

  it('finds a step by number', () => {
    expect(stepGuidance(4).title.en).toBe('Choose interventions');
  });
});

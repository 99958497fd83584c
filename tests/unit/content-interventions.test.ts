import { describe, expect, it } from 'vitest';
import { COMB_FACTORS } from '#core/comb.js';
import { BCW_MATRIX, INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { LOCALES } from '#core/locale.js';
import { FREQUENT_BCTS, bctById } from '#content/bct-taxonomy.js';
import { EFFORTS, INTERVENTION_LIBRARY, TARGET_BEHAVIOURS, interventionById } from '#content/interventions.js';

describe('intervention library', () => {
  it('has at least 42 interventions with unique kebab-case ids', () => {
    expect(INTERVENTION_LIBRARY.length).toBeGreaterThanOrEqual(42);
    const ids = INTERVENTION_LIBRARY.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has non-empty texts in both languages, and Dutch titles differ from English ones', () => {
    for (const i of INTERVENTION_LIBRARY) {
      for (const text of [i.title, i.description, i.example]) {
        for (const locale of LOCALES) expect(text[locale].trim(), `${i.id} ${locale}`).not.toBe('');
      }
      expect(i.title.nl, i.id).not.toBe(i.title.en);
    }
  });

  it('uses every intervention function at least three times', () => {
    for (const fn of INTERVENTION_FUNCTIONS) {
      expect(INTERVENTION_LIBRARY.filter((i) => i.functions.includes(fn)).length, fn).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every COM-B factor, target behaviour and effort', () => {
    for (const f of COMB_FACTORS)
      expect(
        INTERVENTION_LIBRARY.some((i) => i.factors.includes(f)),
        f,
      ).toBe(true);
    for (const tag of TARGET_BEHAVIOURS)
      expect(
        INTERVENTION_LIBRARY.some((i) => i.fits.includes(tag)),
        tag,
      ).toBe(true);
    for (const e of EFFORTS)
      expect(
        INTERVENTION_LIBRARY.some((i) => i.effort === e),
        e,
      ).toBe(true);
  });

  it('keeps list sizes within bounds and without duplicates', () => {
    for (const i of INTERVENTION_LIBRARY) {
      for (const [name, list, max] of [
        ['functions', i.functions, 3],
        ['factors', i.factors, 3],
        ['fits', i.fits, 4],
        ['bcts', i.bcts, 3],
      ] as const) {
        expect(list.length, `${i.id} ${name}`).toBeGreaterThanOrEqual(1);
        expect(list.length, `${i.id} ${name}`).toBeLessThanOrEqual(max);
        expect(new Set(list).size, `${i.id} ${name}`).toBe(list.length);
      }
      for (const tag of i.fits) expect(TARGET_BEHAVIOURS).toContain(tag);
      expect(EFFORTS).toContain(i.effort);
    }
  });

  it('only links factors that one of its functions can address per the BCW matrix', () => {
    for (const i of INTERVENTION_LIBRARY) {
      for (const f of i.factors) {
        expect(
          i.functions.some((fn) => BCW_MATRIX[f].includes(fn)),
          `${i.id}: ${f}`,
        ).toBe(true);
      }
    }
  });

  it('serves, with each technique the BCW guide’s table 3.3 lists, one of the functions it lists it under', () => {
    for (const i of INTERVENTION_LIBRARY) {
      for (const bct of i.bcts) {
        const serves = INTERVENTION_FUNCTIONS.filter((fn) => FREQUENT_BCTS[fn].includes(bct));
        if (serves.length > 0)
          expect(
            serves.some((fn) => i.functions.includes(fn)),
            `${i.id}: ${bct} serves ${serves.join(', ')}`,
          ).toBe(true);
      }
    }
  });

  it('tags prompts as environmental restructuring, and social support and goals and planning as enablement (second reading, 2026-12-06)', () => {
    expect(interventionById('manager-asks-in-one-on-one')).toMatchObject({
      functions: ['environmentalRestructuring', 'enablement', 'persuasion'],
      bcts: ['7.1', '3.2', '6.3'],
    });
    expect(interventionById('team-commitment')).toMatchObject({ functions: ['enablement'], factors: ['C-psy', 'O-soc'], bcts: ['1.1', '1.9', '1.5'] });
  });

  it('uses real BCT Taxonomy v1 ids', () => {
    for (const i of INTERVENTION_LIBRARY) {
      for (const bct of i.bcts) {
        expect(bct, i.id).toMatch(/^\d{1,2}\.\d{1,2}$/);
        expect(bctById(bct), `${i.id}: ${bct}`).toBeDefined();
      }
    }
  });

  it('contains the interventions the issue asks for', () => {
    const required = {
      'emergency-access-feedback-infographic': 'emergency-access',
      'phishing-practice-app': 'phishing-reporting',
      'phishing-report-button': 'phishing-reporting',
      'tap-badge-login-auto-lock': 'screen-locking',
      'team-huddle-respected-colleague': 'general',
      'prefilled-breach-report-form': 'breach-reporting',
      'external-recipient-check-prompt': 'email-recipient',
      'privacy-champion-per-team': 'general',
    } as const;
    for (const [id, tag] of Object.entries(required)) {
      const i = interventionById(id);
      expect(i, id).toBeDefined();
      expect(i?.fits, id).toContain(tag);
    }
    expect(interventionById('emergency-access-feedback-infographic')?.functions).toContain('education');
    expect(interventionById('phishing-practice-app')?.functions).toContain('training');
    expect(interventionById('tap-badge-login-auto-lock')?.functions).toContain('environmentalRestructuring');
    expect(interventionById('team-huddle-respected-colleague')?.functions).toContain('modelling');
  });
});

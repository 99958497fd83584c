import { describe, expect, it } from 'vitest';
import { OBSERVER_CHECKLIST, OBSERVER_SCORE_LABELS } from '#content/masterclass/observer-checklist.js';
import { PERSONAS } from '#content/masterclass/personas.js';
import { ROLEPLAY_ROLE_TEXT } from '#content/masterclass/roles.js';
import { COMB_FACTORS } from '#core/comb.js';
import { LOCALES, type LocalizedText } from '#core/locale.js';
import { OBSERVER_CRITERIA, OBSERVER_SCORES, ROLEPLAY_ROLES } from '#core/masterclass/roleplay.js';
import { CARE_RECIPIENT, SECTORS } from '#core/sector.js';

const bothLanguages = (text: LocalizedText, where: string) => {
  for (const l of LOCALES) expect(text[l].trim(), `${where} ${l}`).not.toBe('');
  expect(text.nl, where).not.toBe(text.en);
};

describe('the personas of the interview practice', () => {
  it('are at least eight, with unique keys', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PERSONAS.map((p) => p.key)).size).toBe(PERSONAS.length);
  });

  it('cover every sector at least once', () => {
    for (const sector of SECTORS) expect(PERSONAS.filter((p) => p.sector === sector).length, sector).toBeGreaterThanOrEqual(1);
  });

  it.each(PERSONAS.map((p) => [p.key, p] as const))('%s has every factor, with one or two real barriers', (_, persona) => {
    expect(Object.keys(persona.factors).sort()).toEqual([...COMB_FACTORS].sort());
    const barriers = COMB_FACTORS.filter((f) => persona.factors[f].kind === 'barrier');
    expect(barriers.length).toBeGreaterThanOrEqual(1);
    expect(barriers.length).toBeLessThanOrEqual(2);
    for (const f of COMB_FACTORS) expect(['barrier', 'enabler', 'neutral']).toContain(persona.factors[f].kind);
  });

  it.each(PERSONAS.map((p) => [p.key, p] as const))('%s has its texts in Dutch and English, and a first name only', (key, persona) => {
    for (const field of ['role', 'situation', 'behaviour', 'briefing'] as const) bothLanguages(persona[field], `${key}.${field}`);
    for (const f of COMB_FACTORS) bothLanguages(persona.factors[f].reveals, `${key}.${f}`);
    expect(persona.name).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(persona.briefing.nl).toContain(persona.name);
    expect(persona.briefing.en).toContain(persona.name);
  });

  it.each(PERSONAS.map((p) => [p.key, p] as const))('%s speaks of the people cared for in its own sector’s word, without placeholders', (key, persona) => {
    const texts = [persona.role, persona.situation, persona.behaviour, persona.briefing, ...COMB_FACTORS.map((f) => persona.factors[f].reveals)];
    const other = CARE_RECIPIENT[persona.sector] === 'patient' ? /cliënt|client/i : /patiënt|patient/i;
    for (const text of texts) {
      for (const l of LOCALES) {
        expect(text[l], key).not.toMatch(/\{\p{L}+\}/u);
        expect(text[l], key).not.toMatch(other);
      }
    }
  });
});

describe("the observer's checklist and the roles", () => {
  it('has a label and what to look for per criterion, in both languages', () => {
    expect(Object.keys(OBSERVER_CHECKLIST)).toEqual([...OBSERVER_CRITERIA]);
    for (const c of OBSERVER_CRITERIA) {
      bothLanguages(OBSERVER_CHECKLIST[c].label, `${c}.label`);
      bothLanguages(OBSERVER_CHECKLIST[c].lookFor, `${c}.lookFor`);
    }
    expect(Object.keys(OBSERVER_SCORE_LABELS).map(Number)).toEqual([...OBSERVER_SCORES]);
  });

  it('names every role and its task', () => {
    expect(Object.keys(ROLEPLAY_ROLE_TEXT)).toEqual([...ROLEPLAY_ROLES]);
    for (const r of ROLEPLAY_ROLES) bothLanguages(ROLEPLAY_ROLE_TEXT[r].task, r);
  });
});

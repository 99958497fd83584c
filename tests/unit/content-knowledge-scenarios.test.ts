import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_SCENARIOS, OFFERED_SCENARIOS, SCENARIO_CATALOGUE, scenarioByKey } from '#content/knowledge-scenarios.js';
import { CARE_SETTINGS, checkDefinitionSchema, SCENARIO_KINDS } from '#core/knowledge/definition.js';
import { LOCALES } from '#core/locale.js';

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).length;

/**
 * What stored checks rely on: per scenario key, how many options it has and which one is right.
 * Answers and tallies are kept as option indices, so none of this may ever change; a new
 * scenario joins this list with a new key.
 */
const STORED: [key: string, options: number, right: number][] = [
  ['sensitive-whiteboard', 3, 1],
  ['sensitive-case-description', 2, 0],
  ['sensitive-bsn-list', 3, 2],
  ['sensitive-garden-photo', 2, 0],
  ['sensitive-staff-roster', 3, 1],
  ['sensitive-fall-statistics', 2, 1],
  ['sensitive-leave-list', 3, 1],
  ['sensitive-ggz-reminder', 2, 1],
  ['sensitive-research-export', 2, 0],
  ['sensitive-voicemail', 2, 0],
  ['sensitive-access-log', 3, 1],
  ['breach-wrong-gp', 2, 1],
  ['breach-encrypted-usb', 3, 1],
  ['breach-snooping', 2, 0],
  ['breach-printer-handover', 2, 1],
  ['breach-ransomware', 2, 0],
  ['breach-wrong-record', 2, 1],
  ['breach-planned-maintenance', 2, 1],
  ['breach-phishing-login', 3, 1],
  ['breach-cc-newsletter', 2, 0],
  ['breach-letter-old-address', 2, 0],
  ['breach-near-miss', 2, 1],
  ['sharing-police-phone', 3, 1],
  ['sharing-daughter-diagnosis', 2, 1],
  ['sharing-gp-discharge', 3, 0],
  ['sharing-curious-colleague', 2, 0],
  ['sharing-wound-whatsapp', 3, 1],
  ['sharing-insurer-file', 2, 1],
  ['sharing-victim-lawyer', 3, 1],
  ['sharing-teacher', 3, 1],
  ['sharing-school-mentor', 4, 2],
  ['sharing-ambulance', 2, 0],
  ['sharing-student-thesis', 2, 0],
  ['sharing-night-handover', 3, 0],
];

/** A source names an article, recital, standard or guideline, not just a law. */
const CITATION = /\b(?:art\.|Art\.|s\. \d|overweging|recital)|NEN \d|[Rr]ichtlijn|[Gg]uideline/;

describe('the knowledge-check scenarios', () => {
  it('offer at least 30, at least 8 of each kind, from every care setting', () => {
    expect(OFFERED_SCENARIOS.length).toBeGreaterThanOrEqual(30);
    for (const kind of SCENARIO_KINDS) expect(OFFERED_SCENARIOS.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    for (const setting of CARE_SETTINGS)
      expect(
        OFFERED_SCENARIOS.some((s) => s.setting === setting),
        setting,
      ).toBe(true);
  });

  it('have unique keys, and the catalogue holds every one, withdrawn ones marked', () => {
    const keys = KNOWLEDGE_SCENARIOS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9-]{2,59}$/);
    expect([...SCENARIO_CATALOGUE.keys()]).toEqual(keys);
    expect([...SCENARIO_CATALOGUE].filter(([, s]) => s.retired).map(([key]) => key)).toEqual(KNOWLEDGE_SCENARIOS.filter((s) => s.retired).map((s) => s.key));
  });

  it('never change how many options a stored scenario has or which one is right', () => {
    expect(KNOWLEDGE_SCENARIOS.map((s) => [s.key, s.options.length, s.right])).toEqual(STORED);
  });

  it.each(KNOWLEDGE_SCENARIOS.map((s) => [s.key, s] as const))('%s: 2–4 options, exactly one right, every text in both languages, short feedback', (_, s) => {
    expect(s.options.length).toBeGreaterThanOrEqual(2);
    expect(s.options.length).toBeLessThanOrEqual(4);
    expect(Number.isInteger(s.right) && s.right >= 0 && s.right < s.options.length).toBe(true);
    for (const text of [s.situation, s.question, ...s.options, s.feedback]) {
      for (const l of LOCALES) expect(text[l], `${s.key} ${l}`).toMatch(/\S/);
      expect(text.nl).not.toBe(text.en);
    }
    for (const l of LOCALES) {
      // Options are told apart by their text, so none may repeat another.
      expect(new Set(s.options.map((o) => o[l])).size).toBe(s.options.length);
      expect(sentences(s.feedback[l]), s.feedback[l]).toBeLessThanOrEqual(3);
    }
  });

  it.each(KNOWLEDGE_SCENARIOS.map((s) => [s.key, s] as const))('%s: names the source of its rule in both languages', (_, s) => {
    for (const l of LOCALES) expect(s.source?.[l], `${s.key} ${l}`).toMatch(CITATION);
  });

  it.each(LOCALES)('do not give the right answer away by its length (%s)', (l) => {
    const rank = OFFERED_SCENARIOS.map((s) => {
      const right = s.options[s.right]![l].length;
      const others = s.options.filter((_, i) => i !== s.right).map((o) => o[l].length);
      return { longest: right > Math.max(...others), shortest: right < Math.min(...others) };
    });
    // Guessing "the longest" (or "the shortest") must not beat chance: at most half of the set.
    expect(rank.filter((r) => r.longest).length).toBeLessThanOrEqual(OFFERED_SCENARIOS.length / 2);
    expect(rank.filter((r) => r.shortest).length).toBeLessThanOrEqual(OFFERED_SCENARIOS.length / 2);
  });

  it('do not give a wrong answer away by a reasoning word: a "dus" or "so" appears in right and wrong options alike, or not at all', () => {
    // Nine wrong options once read "…, dus …" while no right one did: a test-wise reader learned to skip them.
    const reasoning = { nl: /\bdus\b/i, en: /\bso\b/i };
    for (const l of LOCALES) {
      const share = (right: boolean) => {
        const options = OFFERED_SCENARIOS.flatMap((s) => s.options.filter((_, i) => (i === s.right) === right));
        return options.filter((o) => reasoning[l].test(o[l])).length / options.length;
      };
      expect(Math.abs(share(false) - share(true)), l).toBeLessThanOrEqual(0.1);
    }
  });
});

describe('a withdrawn scenario', () => {
  const teacher = scenarioByKey('sharing-teacher')!;

  it('is kept for stored checks but offered for no new one', () => {
    expect(teacher.retired).toBe(true);
    expect(OFFERED_SCENARIOS.map((s) => s.key)).not.toContain('sharing-teacher');
    const offered = checkDefinitionSchema(SCENARIO_CATALOGUE, { offered: true });
    const stored = checkDefinitionSchema(SCENARIO_CATALOGUE);
    const definition = { scenarios: ['breach-wrong-gp', 'sharing-teacher'], departments: [] };
    expect(offered.safeParse(definition).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['scenarios.1', 'unknownScenario']]);
    expect(stored.safeParse(definition).success).toBe(true);
  });

  it('is replaced by one that teaches the rule: a 12–15-year-old who can weigh it decides alone about the school', () => {
    const school = scenarioByKey('sharing-school-mentor')!;
    expect(school.retired).toBeUndefined();
    expect(school.options[school.right]!.en).toBe('Only if the young person himself agrees.');
    expect(school.source.nl).toMatch(/7:457.*7:465.*Jeugdwet art\. 7\.3\.11/);
  });
});

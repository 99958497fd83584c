import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_SCENARIOS, SCENARIO_CATALOGUE } from '../../src/content/knowledge-scenarios.js';
import { CARE_SETTINGS, SCENARIO_KINDS } from '../../src/core/knowledge/definition.js';
import { LOCALES } from '../../src/core/locale.js';

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).length;

describe('the knowledge-check scenarios', () => {
  it('are at least 30, at least 8 of each kind, from every care setting', () => {
    expect(KNOWLEDGE_SCENARIOS.length).toBeGreaterThanOrEqual(30);
    for (const kind of SCENARIO_KINDS) expect(KNOWLEDGE_SCENARIOS.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    for (const setting of CARE_SETTINGS) expect(KNOWLEDGE_SCENARIOS.some((s) => s.setting === setting), setting).toBe(true);
  });

  it('have unique keys, and the catalogue holds every one', () => {
    const keys = KNOWLEDGE_SCENARIOS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9-]{2,59}$/);
    expect([...SCENARIO_CATALOGUE.keys()]).toEqual(keys);
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
});

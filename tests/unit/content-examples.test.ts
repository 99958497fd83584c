import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '#content/examples.js';
import { LOCALES } from '#core/locale.js';
import { vagueWords } from '#core/worksheets/behaviours.js';
import { PROBLEM_SOURCES } from '#core/worksheets/problem-inventory.js';
import { emptyTargetBehaviour, targetBehaviourMissing, targetBehaviourSummary } from '#core/worksheets/target-behaviour.js';

describe('the library of care examples', () => {
  it('has the ten cases of the issue, each with a unique id and a known source', () => {
    expect(EXAMPLE_CASES.map((e) => e.id)).toEqual([
      'breach-reporting',
      'email-wrong-recipient',
      'chat-apps',
      'record-snooping',
      'emergency-access',
      'phishing-reporting',
      'screen-locking',
      'passwords',
      'printouts',
      'transfer-lists',
    ]);
    for (const e of EXAMPLE_CASES) expect(PROBLEM_SOURCES).toContain(e.source);
  });

  it.each(EXAMPLE_CASES.map((e) => [e.id, e] as const))('%s: written in both languages, observable, and a complete target behaviour', (_, e) => {
    for (const text of [
      e.title,
      e.description,
      e.whyItMatters,
      e.behaviour,
      ...e.behaviours,
      ...Object.values(e.targetBehaviour).filter((v) => typeof v !== 'string'),
    ]) {
      for (const l of LOCALES) expect((text as Record<string, string>)[l]).toMatch(/\S/);
    }
    expect(e.description.nl).not.toBe(e.description.en);
    expect(e.behaviours.length).toBeGreaterThanOrEqual(3);
    for (const b of e.behaviours) for (const l of LOCALES) expect(vagueWords(b[l]), b[l]).toEqual([]);
    expect(e.targetBehaviour.size).toMatch(/^\d+$/);
    for (const l of LOCALES) {
      const x = e.targetBehaviour;
      const spec = {
        ...emptyTargetBehaviour(),
        targetGroup: x.targetGroup[l],
        departments: x.departments[l],
        action: x.action[l],
        when: x.when[l],
        where: x.where[l],
        howOften: x.howOften[l],
        withWhat: x.withWhat[l],
        desiredSituation: x.desiredSituation[l],
      };
      expect(targetBehaviourMissing(spec)).toEqual([]);
      expect(targetBehaviourSummary(spec)).toMatch(/^\S.*\.$/);
    }
  });
});

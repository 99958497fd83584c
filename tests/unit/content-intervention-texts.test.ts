import { describe, expect, it } from 'vitest';
import { APEASE_TEXT, BEHAVIOUR_TAG_TEXT, EFFORT_TEXT, FUNCTION_TEXT, INDICATOR_TEXT } from '#content/intervention-texts.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { APEASE_CRITERIA } from '#core/interventions/apease.js';
import { EFFORTS, TARGET_BEHAVIOURS } from '#core/interventions/library.js';
import { INDICATORS } from '#core/interventions/indicators.js';
import type { LocalizedText } from '#core/locale.js';

const filled = (text: LocalizedText) => {
  expect(text.nl).toMatch(/\S/);
  expect(text.en).toMatch(/\S/);
};

/** Every LocalizedText in the module, found by walking the exported objects. */
function allTexts(value: unknown): LocalizedText[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if (typeof v.nl === 'string' && typeof v.en === 'string') return [v as LocalizedText];
  return Object.values(v).flatMap(allTexts);
}

describe('intervention texts (step 4)', () => {
  it('has a name and description for every intervention function', () => {
    expect(Object.keys(FUNCTION_TEXT).sort()).toEqual([...INTERVENTION_FUNCTIONS].sort());
    for (const fn of INTERVENTION_FUNCTIONS) {
      filled(FUNCTION_TEXT[fn].name);
      filled(FUNCTION_TEXT[fn].description);
    }
  });

  it('uses the method’s Dutch names for the functions', () => {
    expect(INTERVENTION_FUNCTIONS.map((fn) => FUNCTION_TEXT[fn].name.nl)).toEqual([
      'Voorlichting',
      'Overtuiging',
      'Beloning',
      'Dwang',
      'Training',
      'Beperking',
      'Aanpassing van de omgeving',
      'Modellering (voorbeeldgedrag)',
      'Facilitering',
    ]);
    expect(INTERVENTION_FUNCTIONS.map((fn) => FUNCTION_TEXT[fn].name.en)).toEqual([
      'Education',
      'Persuasion',
      'Incentivisation',
      'Coercion',
      'Training',
      'Restriction',
      'Environmental restructuring',
      'Modelling',
      'Enablement',
    ]);
  });

  it('has a name and rating question for every APEASE criterion', () => {
    expect(Object.keys(APEASE_TEXT).sort()).toEqual([...APEASE_CRITERIA].sort());
    for (const c of APEASE_CRITERIA) {
      filled(APEASE_TEXT[c].name);
      filled(APEASE_TEXT[c].question);
      expect(APEASE_TEXT[c].question.nl).toMatch(/\?$/);
      expect(APEASE_TEXT[c].question.en).toMatch(/\?$/);
    }
  });

  it('has a label for every target behaviour and effort', () => {
    expect(Object.keys(BEHAVIOUR_TAG_TEXT).sort()).toEqual([...TARGET_BEHAVIOURS].sort());
    for (const tag of TARGET_BEHAVIOURS) filled(BEHAVIOUR_TAG_TEXT[tag]);
    expect(Object.keys(EFFORT_TEXT).sort()).toEqual([...EFFORTS].sort());
    for (const e of EFFORTS) filled(EFFORT_TEXT[e]);
  });

  it('has a name, unit, source and hint for every indicator', () => {
    expect(Object.keys(INDICATOR_TEXT).sort()).toEqual([...INDICATORS].sort());
    for (const key of INDICATORS) {
      const { name, unit, hint } = INDICATOR_TEXT[key];
      filled(name);
      filled(unit);
      filled(hint);
    }
    expect(Object.fromEntries(INDICATORS.map((k) => [k, INDICATOR_TEXT[k].source]))).toEqual({
      surveyFactorScore: 'survey',
      breachReports: 'breaches',
      breachHandledInTime: 'breaches',
      knowledgeCheckScore: 'knowledgeChecks',
      phishingReportRate: 'manual',
      phishingClickRate: 'manual',
      emergencyAccessJustified: 'manual',
      unlockedScreens: 'manual',
      misdirectedMail: 'manual',
      trainingCompletion: 'manual',
      observedBehaviour: 'manual',
    });
  });

  it('translates names, except “Training”, which is the same in both languages', () => {
    const names: [string, LocalizedText][] = [
      ...INTERVENTION_FUNCTIONS.map((k) => [`function:${k}`, FUNCTION_TEXT[k].name] as [string, LocalizedText]),
      ...APEASE_CRITERIA.map((k) => [`apease:${k}`, APEASE_TEXT[k].name] as [string, LocalizedText]),
      ...TARGET_BEHAVIOURS.map((k) => [`behaviour:${k}`, BEHAVIOUR_TAG_TEXT[k]] as [string, LocalizedText]),
      ...EFFORTS.map((k) => [`effort:${k}`, EFFORT_TEXT[k]] as [string, LocalizedText]),
      ...INDICATORS.map((k) => [`indicator:${k}`, INDICATOR_TEXT[k].name] as [string, LocalizedText]),
    ];
    expect(names.filter(([, text]) => text.nl === text.en).map(([key]) => key)).toEqual(['function:training']);
  });

  it('has no placeholders left', () => {
    const texts = allTexts([FUNCTION_TEXT, APEASE_TEXT, BEHAVIOUR_TAG_TEXT, EFFORT_TEXT, INDICATOR_TEXT]);
    expect(texts).toHaveLength(
      INTERVENTION_FUNCTIONS.length * 2 + APEASE_CRITERIA.length * 2 + TARGET_BEHAVIOURS.length + EFFORTS.length + INDICATORS.length * 3,
    );
    for (const text of texts) for (const s of [text.nl, text.en]) expect(s).not.toMatch(/TODO/i);
  });
});

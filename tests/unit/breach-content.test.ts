import { describe, expect, it } from 'vitest';
import * as content from '../../src/content/breach.js';
import { AP_CHAPTERS, AP_QUESTIONS } from '../../src/core/breach/ap-form.js';
import { DPC_ADJUSTMENTS, EI_BASES, ENISA_DATA_TYPES, PROPOSAL_REASONS, SEVERITY_LEVELS } from '../../src/core/breach/assessment.js';
import { DEADLINE_STATES } from '../../src/core/breach/deadline.js';
import * as register from '../../src/core/breach/register.js';
import * as report from '../../src/core/breach/report.js';
import { BREACH_STATUSES, TRANSITION_BLOCKS } from '../../src/core/breach/workflow.js';
import type { LocalizedText } from '../../src/core/locale.js';

const filled = (text: LocalizedText) => text.nl.trim().length > 0 && text.en.trim().length > 0 && text.nl !== text.en;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Each enum with its label table. */
const LABELLED: [string, readonly string[], Record<string, LocalizedText>][] = [
  ['self check', report.SELF_CHECK_ANSWERS, content.SELF_CHECK_LABELS],
  ['incident kinds', report.INCIDENT_KINDS, content.INCIDENT_KIND_LABELS],
  ['report data kinds', report.REPORT_DATA_KINDS, content.REPORT_DATA_KIND_LABELS],
  ['people bands', report.PEOPLE_BANDS, content.PEOPLE_BAND_LABELS],
  ['ongoing', report.ONGOING_ANSWERS, content.ONGOING_LABELS],
  ['availability losses', register.AVAILABILITY_LOSSES, content.AVAILABILITY_LOSS_LABELS],
  ['data categories', register.DATA_CATEGORIES, content.DATA_CATEGORY_LABELS],
  ['special categories', register.SPECIAL_CATEGORIES, content.SPECIAL_CATEGORY_LABELS],
  ['subject groups', register.SUBJECT_GROUPS, content.SUBJECT_GROUP_LABELS],
  ['protections', register.PROTECTIONS, content.PROTECTION_LABELS],
  ['recipients', register.RECIPIENTS, content.RECIPIENTS_LABELS],
  ['data consequences', register.DATA_CONSEQUENCES, content.DATA_CONSEQUENCE_LABELS],
  ['people consequences', register.PEOPLE_CONSEQUENCES, content.PEOPLE_CONSEQUENCE_LABELS],
  ['consequence severities', register.CONSEQUENCE_SEVERITIES, content.CONSEQUENCE_SEVERITY_LABELS],
  ['other supervisors', register.OTHER_SUPERVISORS, content.OTHER_SUPERVISOR_LABELS],
  ['inform means', register.INFORM_MEANS, content.INFORM_MEANS_LABELS],
  ['ease of identification', register.EASE_OF_IDENTIFICATION, content.EASE_OF_IDENTIFICATION_LABELS],
  ['severity levels', SEVERITY_LEVELS, content.SEVERITY_LEVEL_LABELS],
  ['ENISA data types', ENISA_DATA_TYPES, content.ENISA_DATA_TYPE_LABELS],
  ['DPC adjustments', DPC_ADJUSTMENTS, content.DPC_ADJUSTMENT_LABELS],
  ['EI bases', EI_BASES, content.EI_BASIS_LABELS],
  ['proposal reasons', PROPOSAL_REASONS, content.PROPOSAL_REASON_TEXT],
  ['statuses', BREACH_STATUSES, content.BREACH_STATUS_LABELS],
  ['deadline states', DEADLINE_STATES, content.DEADLINE_STATE_LABELS],
  ['transition blocks', TRANSITION_BLOCKS, content.TRANSITION_BLOCK_LABELS],
  ['AP chapters', AP_CHAPTERS, content.AP_CHAPTER_LABELS],
  ['AP questions', AP_CHAPTERS.flatMap((c) => AP_QUESTIONS[c]), content.AP_QUESTION_LABELS],
];

describe('breach content', () => {
  it.each(LABELLED)('labels every %s in Dutch and English', (_, keys, labels) => {
    for (const key of keys) {
      const label = labels[key];
      expect(label, key).toBeDefined();
      expect(label!.nl.trim(), key).not.toBe('');
      expect(label!.en.trim(), key).not.toBe('');
    }
  });

  it('describes each classification', () => {
    for (const nature of register.BREACH_NATURES) {
      expect(filled(content.BREACH_NATURE_LABELS[nature].name) && filled(content.BREACH_NATURE_LABELS[nature].description)).toBe(true);
    }
  });

  it('has everyday breaches and non-breaches, each explained in both languages', () => {
    expect(content.BREACH_EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(content.NON_BREACH_EXAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(content.BREACH_EXAMPLES.every((e) => e.isBreach)).toBe(true);
    expect(content.NON_BREACH_EXAMPLES.every((e) => !e.isBreach)).toBe(true);
    const all = [...content.BREACH_EXAMPLES, ...content.NON_BREACH_EXAMPLES];
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    expect(all.every((e) => filled(e.situation) && filled(e.explanation))).toBe(true);
  });

  it('has a short decision aid', () => {
    expect(content.DECISION_AID.length).toBeGreaterThanOrEqual(3);
    expect(content.DECISION_AID.length).toBeLessThanOrEqual(4);
    expect(content.DECISION_AID.every((q) => filled(q.question) && filled(q.explanation))).toBe(true);
  });

  it('uses the same placeholders in both languages', () => {
    const texts: LocalizedText[] = [
      ...Object.values(content.PROPOSAL_REASON_TEXT),
      ...Object.values(content.LETTER_TEXT).filter((v): v is LocalizedText => 'nl' in v),
      ...Object.values(content.LETTER_TEXT.fillIn),
      ...Object.values(content.LETTER_ADVICE),
    ];
    for (const text of texts) expect(placeholders(text.en), text.en).toEqual(placeholders(text.nl));
  });

  it('has label sets for every AP form choice, including "none" where the form offers it', () => {
    expect(content.BREACH_LABELS.otherSupervisors.none).toBeDefined();
    expect(content.BREACH_LABELS.specialCategories.none).toBeDefined();
    expect(Object.keys(content.BREACH_LABELS.apNatures)).toEqual(['viewed', 'altered', 'permanentlyUnavailable', 'temporarilyUnavailable']);
  });

  it('renders a reason with its values as labels', () => {
    expect(content.reasonText({ key: 'severityAtLeastMedium', values: { score: 4.25, level: 'veryHigh' } }, 'nl')).toBe('De ernst volgens ENISA is zeer hoog (score 4,25).');
    expect(content.reasonText({ key: 'severityAtLeastMedium', values: { score: 4.25, level: 'veryHigh' } }, 'en')).toBe('The ENISA severity is very high (score 4.25).');
    expect(content.reasonText({ key: 'sensitiveData', values: { categories: ['health', 'bsn'] } }, 'en')).toBe(
      'Sensitive data are involved: health, citizen service number (BSN).',
    );
    expect(content.reasonText({ key: 'vulnerableGroup', values: { groups: ['mentalHealthClients'] } }, 'nl')).toBe('Het gaat om kwetsbare personen: cliënten van de ggz.');
  });
});

import { describe, expect, it } from 'vitest';
import * as content from '#content/breach.js';
import { AP_CHAPTERS, AP_QUESTIONS, SUBJECTS_INFORMED_ANSWERS } from '#core/breach/ap-form.js';
import { AP_FOLLOW_UP_KINDS } from '#core/breach/ap-notification.js';
import { CARE_DUTIES } from '#core/breach/care-duties.js';
import { DEADLINE_STATES } from '#core/breach/deadline.js';
import * as register from '#core/breach/register.js';
import * as report from '#core/breach/report.js';
import { BREACH_STATUSES, TRANSITION_BLOCKS } from '#core/breach/workflow.js';
import type { LocalizedText } from '#core/locale.js';

const filled = (text: LocalizedText) => text.nl.trim().length > 0 && text.en.trim().length > 0 && text.nl !== text.en;

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
  ['statuses', BREACH_STATUSES, content.BREACH_STATUS_LABELS],
  ['deadline states', DEADLINE_STATES, content.DEADLINE_STATE_LABELS],
  ['transition blocks', TRANSITION_BLOCKS, content.TRANSITION_BLOCK_LABELS],
  ['AP chapters', AP_CHAPTERS, content.AP_CHAPTER_LABELS],
  ['AP questions', AP_CHAPTERS.flatMap((c) => AP_QUESTIONS[c]), content.AP_QUESTION_LABELS],
  ['answers to "are the people informed?"', SUBJECTS_INFORMED_ANSWERS, content.BREACH_LABELS.subjectsInformedAnswers],
  ['answers to "does the breach go on?" on the AP form', report.ONGOING_ANSWERS, content.BREACH_LABELS.ongoing],
  ['follow-ups to the AP', AP_FOLLOW_UP_KINDS, content.AP_FOLLOW_UP_KIND_LABELS],
  ["states of the CSIRT's clock", DEADLINE_STATES, content.CSIRT_CLOCK_LABELS],
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

  it('names each care duty, what to do with the law it comes from, and when it was done', () => {
    for (const duty of CARE_DUTIES) {
      const text = content.CARE_DUTY_TEXT[duty];
      expect(filled(text.name) && filled(text.explanation) && filled(text.done), duty).toBe(true);
      expect(text.explanation.nl, duty).toMatch(/art\. \d+/);
      expect(text.explanation.en, duty).toMatch(/art\. \d+/);
      expect(
        [text.done.nl, text.done.en].every((done) => done.includes('{at}')),
        duty,
      ).toBe(true);
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

  it('has label sets for every AP form choice, including "none" where the form offers it', () => {
    expect(content.BREACH_LABELS.otherSupervisors.none).toBeDefined();
    expect(content.BREACH_LABELS.specialCategories.none).toBeDefined();
    expect(Object.keys(content.BREACH_LABELS.apNatures)).toEqual(['viewed', 'altered', 'permanentlyUnavailable', 'temporarilyUnavailable']);
  });
});

import { describe, expect, it } from 'vitest';
import * as advice from '#content/breach-advice.js';
import { FACT_CHANGES, PROPOSAL_REASONS } from '#core/breach/assessment.js';
import { CB_BASES, DPC_ADJUSTMENTS, EI_BASES, ENISA_DATA_TYPES, SEVERITY_LEVELS } from '#core/breach/enisa.js';
import * as register from '#core/breach/register.js';
import type { LocalizedText } from '#core/locale.js';

/** The words of the proposal: every code has its text in both languages, with the same placeholders. */

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const LABELLED: [string, readonly string[], Record<string, LocalizedText>][] = [
  ['severity levels', SEVERITY_LEVELS, advice.SEVERITY_LEVEL_LABELS],
  ['ENISA data types', ENISA_DATA_TYPES, advice.ENISA_DATA_TYPE_LABELS],
  ['ease of identification', register.EASE_OF_IDENTIFICATION, advice.EASE_OF_IDENTIFICATION_LABELS],
  ['DPC adjustments', DPC_ADJUSTMENTS, advice.DPC_ADJUSTMENT_LABELS],
  ['EI bases', EI_BASES, advice.EI_BASIS_LABELS],
  ['circumstance bases', CB_BASES, advice.CB_BASIS_LABELS],
  ['backup states', register.BACKUP_STATES, advice.BACKUP_STATE_LABELS],
  ['credentials’ systems', register.CREDENTIAL_SYSTEMS, advice.CREDENTIAL_SYSTEM_LABELS],
  ['recipients’ intents', register.RECIPIENT_INTENTS, advice.RECIPIENT_INTENT_LABELS],
  ['proposal reasons', PROPOSAL_REASONS, advice.PROPOSAL_REASON_TEXT],
  ['fact changes', FACT_CHANGES, advice.FACT_CHANGE_TEXT],
];

describe('the proposal’s words', () => {
  it.each(LABELLED)('cover every %s in Dutch and English', (_, keys, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(labels[key]!.nl.trim(), key).not.toBe('');
      expect(labels[key]!.en.trim(), key).not.toBe('');
      expect(placeholders(labels[key]!.en), key).toEqual(placeholders(labels[key]!.nl));
    }
  });

  it('renders a reason with its values as labels, in the sentence', () => {
    expect(advice.reasonText({ key: 'severity', values: { score: 4.25, level: 'veryHigh' } }, 'nl')).toMatch(
      /^Ernst volgens ENISA: zeer hoog \(score 4,25\)\./,
    );
    expect(advice.reasonText({ key: 'sensitiveData', values: { categories: ['health', 'bsn'] } }, 'en')).toBe(
      'Sensitive data are involved: health, citizen service number (BSN).',
    );
    expect(advice.reasonText({ key: 'vulnerableGroup', values: { groups: ['mentalHealthClients'] } }, 'nl')).toBe(
      'Het gaat om kwetsbare personen: cliënten van de ggz.',
    );
    expect(advice.reasonText({ key: 'officerJudgesLower', values: { officer: 'veryHigh', level: 'high' } }, 'nl')).toMatch(
      /^Je schat de gevolgen zeer groot in, lager dan ENISA \(hoog\)/,
    );
    expect(advice.reasonText({ key: 'largeNumber', values: { count: 1500, threshold: 100 } }, 'en')).toMatch(/^About 1,500 people are involved, more than 100/);
    expect(advice.reasonText({ key: 'exceptionMeasures', values: { ground: 'Gewist en bevestigd.' } }, 'nl')).toMatch(/: Gewist en bevestigd\.$/);
  });

  it('says what a single fact would change, in one sentence', () => {
    expect(advice.pivotText({ change: 'dataRecovered:false', informSubjects: true }, 'nl')).toBe(
      'Als de gegevens niet terug waren en niet aantoonbaar verwijderd: wel de betrokkenen informeren.',
    );
    expect(advice.pivotText({ change: 'recipients:unknown', notifyAp: true, informSubjects: true }, 'en')).toBe(
      'If an unknown number of people could see the data: notify the AP and inform the people.',
    );
  });
});

describe('the facts the reasons link to', () => {
  it('each register field has a label in both languages, so every reason’s link has a name', async () => {
    const { breaches: nl } = await import('#web/i18n/nl/breaches.js');
    const { breaches: en } = await import('#web/i18n/en/breaches.js');
    for (const field of Object.keys(register.BreachRegister.shape)) {
      expect((nl.register.fields as Record<string, string>)[field], `nl ${field}`).toBeTruthy();
      expect((en.register.fields as Record<string, string>)[field], `en ${field}`).toBeTruthy();
    }
  });
});

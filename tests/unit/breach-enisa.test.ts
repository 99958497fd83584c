import { describe, expect, it } from 'vitest';
import { assessSeverity, LARGE_NUMBER_OF_PEOPLE, levelUp, severityLevel } from '#core/breach/enisa.js';
import { BreachRegister, type BreachRegisterInput } from '#core/breach/register.js';

/**
 * ENISA's severity, factor by factor (ENISA, Recommendations for a methodology of the assessment of
 * severity of personal data breaches, v1.0, 2013). Each row names the paragraph it follows.
 */

const register = (input: BreachRegisterInput) => BreachRegister.parse(input);
const severity = (input: BreachRegisterInput) => assessSeverity(register(input));

describe('severity levels (ENISA §2.4)', () => {
  it('are low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high', () => {
    expect([0.5, 1.99, 2, 2.99, 3, 3.99, 4, 6].map(severityLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'veryHigh', 'veryHigh']);
  });
  it('go one step up, never past very high', () => {
    expect([levelUp('low'), levelUp('high'), levelUp('veryHigh')]).toEqual(['medium', 'veryHigh', 'veryHigh']);
  });
});

describe('data processing context (ENISA §2.1, Annex A)', () => {
  const employees = { subjectGroups: ['employees'] } satisfies BreachRegisterInput;
  it.each<[string, BreachRegisterInput, number, string]>([
    ['simple data, base 1', { dataCategories: ['name'], ...employees }, 1, 'Annex A.1 simple'],
    ['location is behavioural, base 2', { dataCategories: ['location'], ...employees }, 2, 'Annex A.1 behavioural'],
    ['financial data, base 3', { dataCategories: ['debts'], ...employees }, 3, 'Annex A.1 financial'],
    ['special categories are sensitive, base 4', { dataCategories: ['name'], specialCategories: ['health'], ...employees }, 4, 'Annex A.1 sensitive'],
    ['criminal data are sensitive', { dataCategories: ['criminal'], ...employees }, 4, 'Annex A.1 sensitive'],
    ['an account number alone: −1', { dataCategories: ['iban'], ...employees }, 2, 'Annex A.1 financial, decrease'],
    ['an account number with other financial data: no decrease', { dataCategories: ['iban', 'debts'], ...employees }, 3, 'Annex A.1 financial'],
    ['full card data: +1', { dataCategories: ['creditCard'], subjectGroups: ['customers'] }, 4, 'Annex A.1 financial, increase'],
    ['BSN: +2 (identity fraud)', { dataCategories: ['bsn'], ...employees }, 3, 'Annex A.2; UAVG art. 46'],
    ['patients: being a client reveals health, +2', { dataCategories: ['name'], subjectGroups: ['patients'] }, 3, 'Annex A.2 health assumptions'],
    [
      'a care mailing list of "other" people, recorded as revealing care: +2',
      { dataCategories: ['email'], subjectGroups: ['other'], revealsCareRelationship: true },
      3,
      'Annex A.2',
    ],
    [
      'patients, recorded as not revealing care (e.g. a staff parking list): no raise',
      { dataCategories: ['name'], subjectGroups: ['patients'], revealsCareRelationship: false },
      1,
      'Annex A.2',
    ],
    ['minors: +3', { dataCategories: ['name'], subjectGroups: ['minors'] }, 4, 'Annex A.2 vulnerable'],
    ['behavioural data of mental-health clients: +3, at most 4', { dataCategories: ['location'], subjectGroups: ['mentalHealthClients'] }, 4, 'Annex A.2'],
    ['context adjustments do not stack', { dataCategories: ['bsn'], subjectGroups: ['patients', 'minors'] }, 4, 'Annex A.2'],
    ['credentials, system not recorded: +1', { dataCategories: ['credentials'], ...employees }, 2, 'Annex A.1'],
    [
      'credentials of the patient record: sensitive',
      { dataCategories: ['credentials'], credentialsSystem: 'patientRecord', ...employees },
      4,
      'Annex A.1: credentials take what they open',
    ],
    ['credentials of a work mailbox: sensitive', { dataCategories: ['credentials'], credentialsSystem: 'mailbox', ...employees }, 4, 'Annex A.1'],
    ['credentials of the financial system: financial', { dataCategories: ['credentials'], credentialsSystem: 'financialSystem', ...employees }, 3, 'Annex A.1'],
    [
      'credentials of a system without sensitive data: simple',
      { dataCategories: ['credentials'], credentialsSystem: 'otherSystem', ...employees },
      1,
      'Annex A.1',
    ],
    ['nothing recorded yet: simple, worst identification', { ...employees }, 1, 'Annex A.1'],
    [
      'the officer’s own DPC wins',
      { dataCategories: ['name'], ...employees, enisa: { dpc: 3, easeOfIdentification: null, reason: 'Lijst van een afkickkliniek.' } },
      3,
      '§2.1',
    ],
  ])('%s', (_, input, dpc) => {
    expect(severity(input).dpc).toBe(dpc);
  });

  it('names the credentials’ system and the adjustment it applied', () => {
    expect(severity({ dataCategories: ['credentials'], credentialsSystem: 'patientRecord' })).toMatchObject({
      decisiveCategory: 'credentials',
      viaSystem: 'patientRecord',
      dataType: 'sensitive',
      dpcAdjustments: [],
    });
    expect(severity({ dataCategories: ['name'], subjectGroups: ['patients'] }).dpcAdjustments).toEqual([{ key: 'careRelationship', points: 2 }]);
  });
});

describe('ease of identification (ENISA §2.2)', () => {
  it.each<[string, BreachRegisterInput, string, string]>([
    ['a name identifies directly', { dataCategories: ['name'] }, 'maximum', 'directIdentifiers'],
    ['a login identifies directly', { dataCategories: ['credentials'] }, 'maximum', 'directIdentifiers'],
    ['date of birth and sex only: significant', { dataCategories: ['dateOfBirth', 'sex'] }, 'significant', 'indirectOnly'],
    ['unknown data: the worst case', { dataCategories: ['unknown'] }, 'maximum', 'dataUnknown'],
    [
      'encryption is not weighed here (ENISA weighs unintelligibility after the formula)',
      { dataCategories: ['name'], protection: 'encrypted', protectionTechnique: 'AES-256', keyCompromised: false },
      'maximum',
      'directIdentifiers',
    ],
    [
      'the officer’s level wins',
      { dataCategories: ['name'], enisa: { dpc: null, easeOfIdentification: 'limited', reason: 'Alleen initialen.' } },
      'limited',
      'officer',
    ],
  ])('%s', (_, input, level, basis) => {
    expect(severity(input)).toMatchObject({ easeOfIdentification: level, eiBasis: basis });
  });
});

describe('circumstances of the breach (ENISA §2.3)', () => {
  const c: BreachRegisterInput['classification'] = ['confidentiality'];
  it.each<[string, BreachRegisterInput, number, string]>([
    ['nobody saw the data: 0', { classification: c, recipients: 'none' }, 0, 'nobodySaw'],
    ['known recipients: +0.25', { classification: c, recipients: 'known' }, 0.25, 'knownRecipients'],
    [
      'a known recipient who meant harm counts as an unknown circle: +0.5',
      { classification: c, recipients: 'known', recipientIntent: 'malicious' },
      0.5,
      'knownRecipientMalicious',
    ],
    [
      'a careless known recipient who passed it on: +0.5',
      { classification: c, recipients: 'known', recipientIntent: 'negligent' },
      0.5,
      'knownRecipientPassedOn',
    ],
    [
      'a colleague who looked on purpose: +0.25 (and malice counts apart)',
      { classification: c, recipients: 'known', recipientIntent: 'deliberate' },
      0.25,
      'knownRecipients',
    ],
    ['an unknown number of recipients: +0.5', { classification: c, recipients: 'unknown' }, 0.5, 'unknownRecipients'],
    ['recipients derived from the incident kind until recorded', { classification: c, incidentKind: 'emailNoBcc' }, 0.25, 'knownRecipients'],
  ])('confidentiality: %s', (_, input, points, basis) => {
    const s = severity(input);
    expect(s.circumstances.confidentiality).toBe(points);
    expect(s.circumstanceBases.confidentiality).toBe(basis);
  });

  it.each<[string, BreachRegisterInput, number, string]>([
    ['put right before anyone used it: 0', { classification: ['integrity'], integrityCorrectedBeforeUse: true }, 0, 'correctedBeforeUse'],
    ['possibly used, put right since: +0.25', { classification: ['integrity'], integrityCorrected: true }, 0.25, 'alteredRecovered'],
    ['a copy got back says nothing about the wrong data: +0.5', { classification: ['integrity'], dataRecovered: true }, 0.5, 'alteredNotRecovered'],
    ['possibly used, not recovered: +0.5', { classification: ['integrity'] }, 0.5, 'alteredNotRecovered'],
  ])('integrity: %s', (_, input, points, basis) => {
    const s = severity(input);
    expect(s.circumstances.integrity).toBe(points);
    expect(s.circumstanceBases.integrity).toBe(basis);
  });

  it.each<[string, BreachRegisterInput, number]>([
    ['restored without difficulty: 0', { classification: ['availability'], availabilityLoss: 'restorable' }, 0],
    ['temporarily unavailable: +0.25', { classification: ['availability'], availabilityLoss: 'temporary' }, 0.25],
    ['partly lost for good: +0.5', { classification: ['availability'], availabilityLoss: 'partial' }, 0.5],
    ['lost for good: +0.5', { classification: ['availability'], availabilityLoss: 'permanent' }, 0.5],
    ['no usable backup, loss not recorded: lost for good', { classification: ['availability'], backup: 'none' }, 0.5],
    ['backup restored with loss, loss not recorded: partly lost', { classification: ['availability'], backup: 'restoredWithLoss' }, 0.5],
    ['backup restored, loss not recorded: temporary', { classification: ['availability'], backup: 'restored' }, 0.25],
  ])('availability: %s', (_, input, points) => {
    expect(severity(input).circumstances.availability).toBe(points);
  });

  it.each<[string, BreachRegisterInput, number]>([
    ['hacking, malware or phishing: +0.5 until the officer says otherwise', { incidentKind: 'hackMalwarePhishing' }, 0.5],
    ['the officer says it was no malice', { incidentKind: 'hackMalwarePhishing', malicious: false }, 0],
    ['a known recipient who meant harm', { recipients: 'known', recipientIntent: 'malicious' }, 0.5],
    ['a colleague who looked on purpose (ENISA: intentional action)', { recipients: 'known', recipientIntent: 'deliberate' }, 0.5],
    ['a mistake', { incidentKind: 'emailWrongRecipient' }, 0],
  ])('malicious intent: %s', (_, input, points) => {
    expect(severity(input).circumstances.malicious).toBe(points);
  });

  it('assumes confidentiality lost after a hack, theft or loss until an investigation on record excludes it', () => {
    const ransomware = { classification: ['availability'], incidentKind: 'hackMalwarePhishing', availabilityLoss: 'temporary' } satisfies BreachRegisterInput;
    expect(severity(ransomware)).toMatchObject({ confidentialityAssumed: true, circumstances: { confidentiality: 0.5 } });
    expect(
      severity({ ...ransomware, confidentialityExcluded: true, confidentialityExcludedBasis: 'Forensisch onderzoek: geen uitgaand verkeer.' }),
    ).toMatchObject({
      confidentialityAssumed: false,
      circumstances: { confidentiality: 0 },
    });
    expect(severity({ ...ransomware, incidentKind: 'other' }).confidentialityAssumed).toBe(false);
  });

  it('only counts the properties that were lost, assuming confidentiality while nothing is classified', () => {
    expect(severity({ recipients: 'unknown' })).toMatchObject({
      classificationAssumed: true,
      circumstances: { confidentiality: 0.5, integrity: 0, availability: 0 },
    });
    expect(severity({ classification: ['availability'], recipients: 'unknown', availabilityLoss: 'permanent' }).circumstances).toMatchObject({
      confidentiality: 0,
      availability: 0.5,
    });
  });
});

describe('number of people, weighed after the score (ENISA §2; WP250rev.01 §IV.B)', () => {
  const employees = {
    classification: ['confidentiality'],
    dataCategories: ['name', 'email'],
    subjectGroups: ['employees'],
    recipients: 'known',
  } satisfies BreachRegisterInput;
  it.each<[string, BreachRegisterInput, number | null, boolean]>([
    ['an exact number', { ...employees, people: { min: 40, max: 40 } }, 40, false],
    ['a range: its maximum', { ...employees, people: { min: 50, max: 150 } }, 150, true],
    ['"at least": its minimum', { ...employees, people: { min: 101, max: null } }, 101, true],
    ['no people recorded: the records', { ...employees, records: 5000 }, 5000, true],
    ['nothing known', employees, null, false],
  ])('%s', (_, input, estimate, large) => {
    expect(severity(input).volume).toMatchObject({ estimate, large });
  });

  it(`raises the level one step above ${LARGE_NUMBER_OF_PEOPLE} people, and never lowers it for a few`, () => {
    const few = severity({ ...employees, people: { min: 1, max: 1 } });
    const many = severity({ ...employees, people: { min: 2000, max: 2000 } });
    expect(few).toMatchObject({ score: 1.25, scoreLevel: 'low', level: 'low' });
    expect(many).toMatchObject({ score: 1.25, scoreLevel: 'low', level: 'medium' });
    const oneWithHealth = severity({ ...employees, specialCategories: ['health'], people: { min: 1, max: 1 } });
    expect(oneWithHealth.level).toBe('veryHigh');
  });
});

describe('the whole score', () => {
  it('is DPC × EI + CB, rounded to two decimals', () => {
    const s = severity({
      classification: ['confidentiality', 'availability'],
      availabilityLoss: 'temporary',
      incidentKind: 'hackMalwarePhishing',
      dataCategories: ['name'],
      specialCategories: ['health'],
      recipients: 'unknown',
    });
    expect(s).toMatchObject({ dpc: 4, ei: 1, cb: 1.25, score: 5.25, level: 'veryHigh' });
  });

  it('is deterministic and JSON-safe', () => {
    const input = register({ dataCategories: ['bsn'], subjectGroups: ['patients'], people: { min: 3, max: 3 } });
    expect(JSON.parse(JSON.stringify(assessSeverity(input)))).toEqual(assessSeverity(input));
  });
});

import { describe, expect, it } from 'vitest';
import { FACT_CHANGES, PROPOSAL_REASONS, proposeNotification, type ProposalReason } from '#core/breach/assessment.js';
import { BreachRegister, type BreachRegisterInput } from '#core/breach/register.js';

/**
 * The two-stage proposal (art. 33 and 34), rule by rule and reason by reason: each ground that makes a
 * risk unlikely, each reason to notify, the high-risk test and each art. 34(3) exception, and the single
 * facts that would turn the proposal.
 */

const register = (input: BreachRegisterInput) => BreachRegister.parse(input);
const keys = (reasons: ProposalReason[]) => reasons.map((r) => r.key);
const proposal = (input: BreachRegisterInput) => proposeNotification(register(input));

/** An e-mail with one patient's diagnosis to the wrong GP: the common case in care. */
const WRONG_GP = {
  classification: ['confidentiality'],
  incidentKind: 'emailWrongRecipient',
  dataCategories: ['name', 'dateOfBirth'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 1, max: 1 },
  protection: 'none',
  recipients: 'known',
} satisfies BreachRegisterInput;

/** A laptop with patient files, BitLocker with a PIN, stolen from a car; the files are on the network too. */
const ENCRYPTED_LAPTOP = {
  classification: ['confidentiality', 'availability'],
  availabilityLoss: 'restorable',
  incidentKind: 'lostOrStolen',
  dataCategories: ['name', 'bsn'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 200, max: 400 },
  careHeldUp: false,
  protection: 'encrypted',
  protectionTechnique: 'BitLocker, AES-256, with PIN',
  protectionStateOfTheArt: true,
  protectionCoversAll: true,
  keyCompromised: false,
  recipients: 'unknown',
  malicious: true,
} satisfies BreachRegisterInput;

describe('stage 1 (art. 33(1)): a risk is unlikely only on a recorded ground', () => {
  it.each<[string, BreachRegisterInput, string[]]>([
    [
      'no personal data after all (art. 4(12))',
      { classification: ['confidentiality'], incidentKind: 'other', personalDataInvolved: false },
      ['groundNotPersonalData'],
    ],
    ['unintelligible, state of the art, key safe, technique recorded, data still there', ENCRYPTED_LAPTOP, ['groundUnintelligible', 'groundRestored']],
    [
      'evidence that nobody saw it, and it is back',
      { ...WRONG_GP, recipients: 'none', containedEvidence: 'De e-mail is door de mailserver tegengehouden.', dataRecovered: true },
      ['groundContained'],
    ],
    [
      'evidence that a flaw was never used, nothing to get back',
      { ...WRONG_GP, recipients: 'none', containedEvidence: 'Toegangslogs over de hele periode: geen opvragingen.' },
      ['groundContained'],
    ],
    [
      'only the holder’s login details, and nobody logged in',
      {
        ...WRONG_GP,
        specialCategories: [],
        dataCategories: ['name', 'credentials'],
        subjectGroups: ['employees'],
        recipients: 'unknown',
        credentialsUsed: false,
      },
      ['groundCredentialsNotUsed'],
    ],
    [
      'a trusted recipient who meant no harm confirmed deletion',
      { ...WRONG_GP, recipientTrusted: true, recipientIntent: 'none', dataRecovered: true },
      ['groundTrustedRecipient'],
    ],
    [
      'an integrity error put right before use',
      { ...WRONG_GP, classification: ['integrity'], incidentKind: 'wrongFile', integrityCorrectedBeforeUse: true },
      ['groundCorrectedBeforeUse'],
    ],
    [
      'availability restored without trouble, care not held up',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'restorable', careHeldUp: false },
      ['groundRestored'],
    ],
    [
      'availability back in full within 24 hours, care not held up',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', backup: 'restored', unavailableHours: 3, careHeldUp: false },
      ['groundRestored'],
    ],
  ])('no notification: %s', (_, input, expected) => {
    const { notifyAp } = proposal(input);
    expect(notifyAp.propose).toBe(false);
    expect(keys(notifyAp.reasons)).toEqual(expected);
  });

  it.each<[string, BreachRegisterInput, string]>([
    ['the key may be compromised', { ...ENCRYPTED_LAPTOP, keyCompromised: true }, 'confidentialityAtRisk'],
    ['the key’s safety is not known', { ...ENCRYPTED_LAPTOP, keyCompromised: null }, 'confidentialityAtRisk'],
    ['the technique is not recorded', { ...ENCRYPTED_LAPTOP, protectionTechnique: '' }, 'protectionNotOnRecord'],
    [
      'the protection is not state of the art (an unsalted hash of the BSN, a sheet password)',
      { ...ENCRYPTED_LAPTOP, protection: 'hashed', protectionStateOfTheArt: false },
      'protectionNotOnRecord',
    ],
    [
      'not all the data were protected (hashed passwords beside readable e-mail addresses)',
      { ...ENCRYPTED_LAPTOP, protection: 'hashed', protectionCoversAll: false },
      'protectionNotOnRecord',
    ],
    [
      'evidence nobody saw it, but it was a theft',
      { ...WRONG_GP, recipients: 'none', containedEvidence: 'Tas met dossier leek ongeopend.', dataRecovered: true, malicious: true },
      'confidentialityAtRisk',
    ],
    [
      '"no sign mails were opened", but the attacker logged in',
      { ...WRONG_GP, recipients: 'none', containedEvidence: 'Geen teken dat mails zijn geopend.', credentialsUsed: true },
      'confidentialityAtRisk',
    ],
    [
      'a table of 5,000 portal passwords copied, nobody logged in yet: not one user’s own login',
      {
        ...WRONG_GP,
        specialCategories: [],
        dataCategories: ['email', 'credentials'],
        people: { min: 5000, max: 5000 },
        recipients: 'unknown',
        credentialsUsed: false,
      },
      'confidentialityAtRisk',
    ],
    ['nobody saw it, as far as known, without evidence', { ...WRONG_GP, recipients: 'none', dataRecovered: true }, 'confidentialityAtRisk'],
    [
      'the logs were not checked for the leaked login',
      { ...WRONG_GP, specialCategories: [], dataCategories: ['name', 'credentials'], subjectGroups: ['employees'], recipients: 'unknown' },
      'confidentialityAtRisk',
    ],
    [
      'nobody logged in, but the patient list was leaked too',
      { ...WRONG_GP, dataCategories: ['name', 'credentials'], recipients: 'unknown', credentialsUsed: false },
      'confidentialityAtRisk',
    ],
    [
      'a colleague looked on purpose, however trusted',
      { ...WRONG_GP, recipientTrusted: true, recipientIntent: 'deliberate', dataRecovered: true },
      'confidentialityAtRisk',
    ],
    [
      'trusted and deleted, but the officer judges the consequences very high',
      { ...WRONG_GP, recipientTrusted: true, recipientIntent: 'none', dataRecovered: true, consequenceSeverity: 'veryHigh' },
      'confidentialityAtRisk',
    ],
    [
      'trusted and deleted, but 2,400 people',
      { ...WRONG_GP, people: { min: 2400, max: 2400 }, recipientTrusted: true, recipientIntent: 'none', dataRecovered: true },
      'confidentialityAtRisk',
    ],
    [
      'ransomware classified as availability only, without an investigation that excludes copying',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'hackMalwarePhishing', backup: 'restored', unavailableHours: 5, careHeldUp: false },
      'confidentialityNotExcluded',
    ],
    [
      'a hospital record system down for 30 hours, "care held up" not answered',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'temporary', unavailableHours: 30 },
      'availabilityAtRisk',
    ],
    [
      'a system down for 96 hours, however the care went',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'temporary', unavailableHours: 96, careHeldUp: false },
      'availabilityAtRisk',
    ],
    [
      '"restored without trouble" after 500 hours',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'restorable', unavailableHours: 500, careHeldUp: false },
      'availabilityAtRisk',
    ],
    [
      'encrypted, but no backup: the data are lost (AP condition: a recent backup)',
      { ...ENCRYPTED_LAPTOP, availabilityLoss: null, backup: 'none' },
      'availabilityAtRisk',
    ],
    [
      'evidence nobody saw it, but the stick is still missing',
      { ...WRONG_GP, recipients: 'none', containedEvidence: 'Envelop was dicht.', dataRecovered: false },
      'confidentialityAtRisk',
    ],
    ['trusted and deleted, but the intent is not recorded', { ...WRONG_GP, recipientTrusted: true, dataRecovered: true }, 'confidentialityAtRisk'],
    [
      'trusted and deleted, but the recipient acted carelessly',
      { ...WRONG_GP, recipientTrusted: true, recipientIntent: 'negligent', dataRecovered: true },
      'confidentialityAtRisk',
    ],
    [
      'an honest stranger returned it, but is not a trusted recipient',
      { ...WRONG_GP, recipientTrusted: false, recipientIntent: 'none', dataRecovered: true },
      'confidentialityAtRisk',
    ],
    [
      'recipients derived from the incident kind are no ground',
      { ...WRONG_GP, recipients: null, recipientTrusted: true, dataRecovered: true },
      'confidentialityAtRisk',
    ],
    ['an integrity error that someone may have used', { ...WRONG_GP, classification: ['integrity'], dataRecovered: true }, 'integrityAtRisk'],
    [
      'records unavailable while care was held up',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', backup: 'restored', unavailableHours: 10, careHeldUp: true },
      'availabilityAtRisk',
    ],
    [
      'temporarily unavailable, for how long not recorded',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'temporary', careHeldUp: false },
      'availabilityAtRisk',
    ],
    [
      'partly lost for good',
      { ...WRONG_GP, classification: ['availability'], incidentKind: 'other', availabilityLoss: 'partial', backup: 'restoredWithLoss', careHeldUp: false },
      'availabilityAtRisk',
    ],
    [
      'one property has a ground, the other not',
      { ...WRONG_GP, classification: ['confidentiality', 'integrity'], recipients: 'none', containedEvidence: 'Niet verzonden.', dataRecovered: true },
      'integrityAtRisk',
    ],
  ])('notification: %s', (_, input, expected) => {
    const { notifyAp } = proposal(input);
    expect(notifyAp.propose).toBe(true);
    expect(keys(notifyAp.reasons)).toContain(expected);
  });

  it('refuses "no personal data" beside recorded people, so that ground cannot be reached by a slip', () => {
    for (const recorded of [{ subjectGroups: ['patients'] }, { people: { min: 2000, max: 2000 } }, { dataCategories: ['name'] }] as BreachRegisterInput[]) {
      expect(BreachRegister.safeParse({ personalDataInvolved: false, ...recorded }).error?.issues[0], JSON.stringify(recorded)).toMatchObject({
        message: 'personalDataContradicted',
      });
    }
    expect(BreachRegister.safeParse({ personalDataInvolved: false, dataCategories: ['unknown'] }).success).toBe(true);
  });

  it('never treats a low ENISA score as a ground: ordinary data of a few people still go to the AP', () => {
    const { severity, notifyAp } = proposal({
      classification: ['confidentiality'],
      incidentKind: 'emailNoBcc',
      dataCategories: ['name', 'email'],
      subjectGroups: ['employees'],
      recipients: 'known',
      people: { min: 12, max: 12 },
    });
    expect(severity.level).toBe('low');
    expect(notifyAp.propose).toBe(true);
    expect(keys(notifyAp.reasons)).toEqual(['confidentialityAtRisk', 'severity', 'lowIsNoGround']);
  });

  describe('the officer’s "negligible" carries the conclusion only when every fact points the same way', () => {
    const smallList = {
      classification: ['confidentiality'],
      incidentKind: 'emailNoBcc',
      dataCategories: ['name', 'email'],
      subjectGroups: ['customers'],
      recipients: 'known',
      recipientCount: 6,
      people: { min: 12, max: 12 },
      consequenceSeverity: 'negligible',
    } satisfies BreachRegisterInput;
    it('no notification for a small, ordinary, contained mistake', () => {
      expect(proposal(smallList).notifyAp).toMatchObject({ propose: false, reasons: [{ key: 'groundNegligible' }] });
      expect(proposal({ ...smallList, recipientCount: 25 }).notifyAp.propose).toBe(false);
    });
    it('also for a loss or an error alone, where nobody saw anything (no recipients to count)', () => {
      const roster = {
        classification: ['availability'],
        incidentKind: 'other',
        dataCategories: ['name', 'phone'],
        subjectGroups: ['other'],
        people: { min: 30, max: 30 },
        availabilityLoss: 'temporary',
        unavailableHours: 72,
        careHeldUp: false,
        consequenceSeverity: 'negligible',
      } satisfies BreachRegisterInput;
      expect(proposal(roster).notifyAp).toMatchObject({ propose: false, reasons: [{ key: 'groundNegligible' }] });
      const meal = {
        classification: ['integrity'],
        incidentKind: 'wrongFile',
        dataCategories: ['name', 'other'],
        subjectGroups: ['patients'],
        people: { min: 1, max: 1 },
        integrityCorrectedBeforeUse: false,
        consequenceSeverity: 'negligible',
      } satisfies BreachRegisterInput;
      expect(proposal(meal).notifyAp.propose).toBe(false);
    });
    it.each<[string, BreachRegisterInput]>([
      ['a large number', { ...smallList, people: { min: 500, max: 500 } }],
      ['an unknown number', { ...smallList, people: null }],
      ['a care relationship shows', { ...smallList, revealsCareRelationship: true }],
      ['sensitive data', { ...smallList, dataCategories: ['name', 'bsn'] }],
      ['login credentials', { ...smallList, dataCategories: ['name', 'credentials'] }],
      ['an unknown circle', { ...smallList, recipients: 'unknown' }],
      ['malicious intent', { ...smallList, recipientIntent: 'malicious' }],
      ['the officer judges them limited', { ...smallList, consequenceSeverity: 'limited' }],
      ['no upper bound to the number ("at least 1")', { ...smallList, people: { min: 1, max: null } }],
      ['recipients only derived from the kind of incident', { ...smallList, recipients: null }],
      ['the number of recipients not recorded', { ...smallList, recipientCount: null }],
      ['a large number of recipients (a list of 1,000+)', { ...smallList, recipientCount: 1200 }],
      [
        'patients, even when the officer says the list shows no care relationship',
        { ...smallList, subjectGroups: ['patients'], revealsCareRelationship: false },
      ],
      ['the officer’s own ENISA values', { ...smallList, enisa: { dpc: 1, easeOfIdentification: 'negligible', reason: 'Alleen initialen.' } }],
      ['a consequence for the people ticked', { ...smallList, peopleConsequences: ['identityFraud'] }],
    ])('but notification with %s', (_, input) => {
      expect(proposal(input).notifyAp.propose).toBe(true);
    });
  });

  it('gives the facts that speak for notifying, each linked to the register fields it rests on', () => {
    const { notifyAp } = proposal({
      ...WRONG_GP,
      subjectGroups: ['mentalHealthClients'],
      people: { min: 300, max: null },
      dataCategories: ['name', 'bsn'],
      malicious: true,
    });
    expect(keys(notifyAp.reasons)).toEqual(['confidentialityAtRisk', 'severity', 'sensitiveData', 'vulnerableGroup', 'largeNumber', 'maliciousIntent']);
    expect(notifyAp.reasons.find((r) => r.key === 'sensitiveData')).toEqual({
      key: 'sensitiveData',
      values: { categories: ['health', 'bsn'] },
      facts: ['specialCategories', 'dataCategories'],
    });
    expect(notifyAp.reasons.find((r) => r.key === 'largeNumber')?.values).toEqual({ count: 300, threshold: 100 });
    for (const r of notifyAp.reasons) expect(r.facts.length, r.key).toBeGreaterThan(0);
  });

  it('says when the number of people, the data or the classification are not known yet', () => {
    const { notifyAp } = proposal({ incidentKind: 'letterLost', dataCategories: ['unknown'] });
    expect(keys(notifyAp.reasons)).toEqual(expect.arrayContaining(['numberUnknown', 'dataUnknown', 'classificationAssumed']));
  });
});

describe('stage 2 (art. 34): a high risk, and the exceptions on their recorded ground', () => {
  it('no high risk when stage 1 found a risk unlikely', () => {
    expect(keys(proposal(ENCRYPTED_LAPTOP).informSubjects.reasons)).toEqual(['noRisk']);
  });

  it.each<[string, BreachRegisterInput, boolean, string[]]>([
    ['health data of a patient at an outside recipient: high', WRONG_GP, true, ['highRisk']],
    ['names of staff at known recipients: no high risk', { ...WRONG_GP, specialCategories: [], subjectGroups: ['employees'] }, false, ['noHighRisk']],
    [
      'a large number raises medium to high',
      { ...WRONG_GP, specialCategories: [], subjectGroups: ['employees'], dataCategories: ['name', 'location'], people: { min: 5000, max: 5000 } },
      true,
      ['highRisk', 'levelRaisedByNumber'],
    ],
    [
      'the officer’s "significant" raises the level',
      { ...WRONG_GP, specialCategories: [], subjectGroups: ['employees'], consequenceSeverity: 'significant' },
      true,
      ['highRisk', 'levelRaisedByOfficer'],
    ],
    [
      'the officer’s "limited" below ENISA: the proposal follows ENISA and says so',
      { ...WRONG_GP, consequenceSeverity: 'limited' },
      true,
      ['highRisk', 'officerJudgesLower'],
    ],
    [
      'the officer’s "significant" below ENISA’s "very high": both a high risk, nothing to say',
      { ...WRONG_GP, consequenceSeverity: 'significant' },
      true,
      ['highRisk'],
    ],
    [
      'the officer’s own lower ENISA values are shown, with her reason',
      { ...WRONG_GP, enisa: { dpc: 1, easeOfIdentification: null, reason: 'Alleen een afspraakdatum.' } },
      false,
      ['noHighRisk', 'officerOverride'],
    ],
  ])('%s', (_, input, propose, expected) => {
    const { informSubjects } = proposal(input);
    expect(informSubjects.propose).toBe(propose);
    expect(keys(informSubjects.reasons)).toEqual(expected);
  });

  describe('(a) unintelligible data', () => {
    /** Stolen encrypted laptop whose files came back only after two days, with care held up: notify, but the theft itself is covered. */
    const slowRestore = { ...ENCRYPTED_LAPTOP, availabilityLoss: 'temporary', unavailableHours: 48, careHeldUp: true } satisfies BreachRegisterInput;
    it('is reached when encryption covers the confidentiality and the rest carries no high risk of its own', () => {
      const p = proposal(slowRestore);
      expect(p.notifyAp.propose).toBe(true);
      expect(p.informSubjects.propose).toBe(false);
      expect(keys(p.informSubjects.reasons)).toEqual(['highRisk', 'exceptionUnintelligible']);
    });
    it('is not reached when the data are also lost for good: encryption answers for confidentiality only', () => {
      const p = proposal({ ...slowRestore, availabilityLoss: 'permanent', backup: 'none' });
      expect(p.informSubjects.propose).toBe(true);
      expect(keys(p.informSubjects.reasons)).toContain('encryptionConfidentialityOnly');
    });
    it('needs the technique on record, and state of the art', () => {
      expect(proposal({ ...slowRestore, protectionTechnique: '' }).informSubjects.propose).toBe(true);
      expect(proposal({ ...slowRestore, protectionStateOfTheArt: null }).informSubjects.propose).toBe(true);
    });
  });

  describe('(b) later measures', () => {
    it('applies on the officer’s recorded measures and ground', () => {
      const { informSubjects } = proposal({
        ...WRONG_GP,
        highRiskRemoved: true,
        highRiskRemovedGround: 'De huisarts heeft de e-mail aantoonbaar gewist; het lek is binnen een uur gestopt.',
      });
      expect(informSubjects.propose).toBe(false);
      expect(informSubjects.reasons.at(-1)).toMatchObject({
        key: 'exceptionMeasures',
        values: { ground: 'De huisarts heeft de e-mail aantoonbaar gewist; het lek is binnen een uur gestopt.' },
      });
    });
    it('cannot be recorded without its ground', () => {
      expect(BreachRegister.safeParse({ ...WRONG_GP, highRiskRemoved: true }).error?.issues[0]).toMatchObject({
        message: 'groundRequired',
        path: ['highRiskRemovedGround'],
      });
    });
    /** A letter showing a patient's appointment reached a household that sent it back: a care relationship, nothing more. */
    const appointment = {
      ...WRONG_GP,
      specialCategories: [],
      dataCategories: ['name', 'address'],
      recipientIntent: 'none',
      dataRecovered: true,
    } satisfies BreachRegisterInput;
    it('applies when the recorded facts show it: data not sensitive in themselves, returned by a known recipient without ill intent', () => {
      const { notifyAp, informSubjects } = proposal(appointment);
      expect(notifyAp.propose).toBe(true);
      expect(informSubjects).toMatchObject({ propose: false });
      expect(keys(informSubjects.reasons)).toEqual(['highRisk', 'exceptionRecipientReturned']);
    });
    it.each<[string, BreachRegisterInput]>([
      ['the data are sensitive in themselves: what the recipient saw remains (a diagnosis, a test result)', { ...appointment, specialCategories: ['health'] }],
      ['the people are mental-health clients', { ...appointment, subjectGroups: ['mentalHealthClients'] }],
      ['the officer judges the consequences very high (an ex-partner under a contact ban)', { ...appointment, consequenceSeverity: 'veryHigh' }],
      ['the recipient meant harm', { ...appointment, recipientIntent: 'malicious' }],
      ['the data are not back', { ...appointment, dataRecovered: false }],
      ['the officer judged the measures not enough', { ...appointment, highRiskRemoved: false }],
    ])('does not apply when %s', (_, input) => {
      const { informSubjects } = proposal(input);
      expect(informSubjects.propose).toBe(true);
      expect(keys(informSubjects.reasons)).not.toContain('exceptionRecipientReturned');
    });
    it('does not apply where wrong data were used: returning a copy does not undo that', () => {
      const p = proposal({
        ...appointment,
        classification: ['confidentiality', 'integrity'],
        incidentKind: 'wrongFile',
        integrityCorrectedBeforeUse: false,
        integrityCorrected: true,
      });
      expect(p.informSubjects.propose).toBe(true);
    });
  });

  describe('(c) disproportionate effort', () => {
    const ground = 'Adressen van oud-cliënten zijn niet meer bekend; bericht op de website en in de regionale krant.';
    it('proposes a public communication instead, on its recorded ground', () => {
      const { informSubjects } = proposal({ ...WRONG_GP, people: { min: 40_000, max: null }, informingDisproportionate: true, publicCommunication: ground });
      expect(informSubjects).toMatchObject({ propose: true, publicCommunication: true });
      expect(keys(informSubjects.reasons).at(-1)).toBe('exceptionDisproportionate');
    });
    it('asks for the reason when only a few people are involved', () => {
      const { informSubjects } = proposal({ ...WRONG_GP, informingDisproportionate: true, publicCommunication: ground });
      expect(informSubjects.reasons.at(-1)).toMatchObject({ key: 'disproportionateForFew', values: { count: 1 } });
    });
    it('cannot be recorded without its ground', () => {
      expect(BreachRegister.safeParse({ ...WRONG_GP, informingDisproportionate: true }).error?.issues[0]).toMatchObject({
        message: 'publicCommunicationRequired',
        path: ['publicCommunication'],
      });
    });
  });
});

describe('care cases that used to end in "inform the patients"', () => {
  it('an appointment letter returned opened by a household that meant no harm: notify the AP, do not inform', () => {
    const p = proposal({
      classification: ['confidentiality'],
      incidentKind: 'letterReturnedOpened',
      dataCategories: ['name', 'address'],
      subjectGroups: ['patients'],
      people: { min: 1, max: 1 },
      protection: 'none',
      recipients: 'known',
      recipientIntent: 'none',
      dataRecovered: true,
    });
    expect([p.notifyAp.propose, p.informSubjects.propose]).toEqual([true, false]);
    expect(keys(p.notifyAp.reasons)).toContain('vulnerableGroup');
    expect(p.severity.dpcAdjustments).toEqual([{ key: 'careRelationship', points: 2 }]);
  });

  it('ransomware on a file server, restored from backup within hours, nothing taken on investigation: neither', () => {
    const p = proposal({
      classification: ['availability'],
      incidentKind: 'hackMalwarePhishing',
      confidentialityExcluded: true,
      confidentialityExcludedBasis: 'Forensisch onderzoek (extern): geen uitgaand verkeer, alleen versleuteling.',
      careHeldUp: false,
      dataCategories: ['name', 'bsn'],
      specialCategories: ['health'],
      subjectGroups: ['patients'],
      people: { min: 3000, max: 3000 },
      backup: 'restored',
      availabilityLoss: 'temporary',
      unavailableHours: 5,
    });
    expect([p.notifyAp.propose, p.informSubjects.propose]).toEqual([false, false]);
  });

  it('a phished patient-record account: the credentials count as health data, and the patients behind it are the people at risk', () => {
    const p = proposal({
      classification: ['confidentiality'],
      incidentKind: 'hackMalwarePhishing',
      dataCategories: ['credentials'],
      credentialsSystem: 'patientRecord',
      subjectGroups: ['patients'],
      credentialsUsed: true,
    });
    expect(p.severity).toMatchObject({ dpc: 4, viaSystem: 'patientRecord' });
    expect([p.notifyAp.propose, p.informSubjects.propose]).toEqual([true, true]);
  });
});

describe('over-notification the second review found', () => {
  it('a trusted hospital that deleted 300 results: notify the AP for the number, but the trusted recipient spares the patients', () => {
    const p = proposal({ ...WRONG_GP, people: { min: 300, max: 300 }, recipientTrusted: true, recipientIntent: 'none', dataRecovered: true });
    expect([p.notifyAp.propose, p.informSubjects.propose]).toEqual([true, false]);
    expect(keys(p.informSubjects.reasons).at(-1)).toBe('exceptionTrustedRecipient');
  });

  const outage = {
    classification: ['availability'],
    incidentKind: 'other',
    dataCategories: ['name', 'dateOfBirth'],
    specialCategories: ['health'],
    subjectGroups: ['patients'],
    people: { min: 4000, max: 4000 },
  } satisfies BreachRegisterInput;
  it.each<[string, BreachRegisterInput, boolean]>([
    [
      'a record system down 3 hours, two consultations moved: notify, no high risk for 4,000 patients',
      { ...outage, availabilityLoss: 'temporary', unavailableHours: 3, careHeldUp: true },
      false,
    ],
    [
      'down 26 hours over a weekend, care not held up: notify, no high risk',
      { ...outage, availabilityLoss: 'temporary', unavailableHours: 26, careHeldUp: false },
      false,
    ],
    [
      'down 30 hours with care held up (WP250 Annex B viii): inform',
      { ...outage, availabilityLoss: 'temporary', unavailableHours: 30, careHeldUp: true },
      true,
    ],
    ['records lost for good: inform', { ...outage, backup: 'none', availabilityLoss: 'permanent', careHeldUp: false }, true],
  ])('%s', (_, input, inform) => {
    const p = proposal(input);
    expect(p.notifyAp.propose).toBe(true);
    expect(p.informSubjects.propose).toBe(inform);
    if (!inform) expect(keys(p.informSubjects.reasons)).toContain('outageWithoutHighRisk');
  });

  it('a nurse opened a namesake’s record by mistake and closed it: a trusted colleague who no longer has anything', () => {
    const p = proposal({ ...WRONG_GP, incidentKind: 'other', recipientTrusted: true, recipientIntent: 'none', dataRecovered: true });
    expect([p.notifyAp.propose, p.informSubjects.propose]).toEqual([false, false]);
  });
});

describe('what would turn the proposal', () => {
  it('names the single facts that would change it, with what they would change', () => {
    const trusted = proposal({ ...WRONG_GP, recipientTrusted: true, recipientIntent: 'none', dataRecovered: true });
    expect([trusted.notifyAp.propose, trusted.informSubjects.propose]).toEqual([false, false]);
    expect(trusted.pivots).toEqual([
      { change: 'recipients:unknown', notifyAp: true, informSubjects: true },
      { change: 'recipientTrusted:false', notifyAp: true, informSubjects: true },
      { change: 'dataRecovered:false', notifyAp: true, informSubjects: true },
      { change: 'recipientIntent:malicious', notifyAp: true, informSubjects: true },
    ]);
  });

  it('never offers a judgement as the way out: no severity, trust or exception among the facts', () => {
    const p = proposal(WRONG_GP);
    expect(p.pivots.map((x) => x.change.split(':')[0])).not.toEqual(expect.arrayContaining(['consequenceSeverity']));
    for (const change of FACT_CHANGES) expect(change).not.toMatch(/^(consequenceSeverity|highRiskRemoved|informingDisproportionate|recipientTrusted:true)/);
  });

  it('keeps at most four, each a real turn', () => {
    for (const input of [WRONG_GP, ENCRYPTED_LAPTOP, { ...WRONG_GP, recipientIntent: 'none', dataRecovered: true } as BreachRegisterInput]) {
      const p = proposal(input);
      expect(p.pivots.length).toBeLessThanOrEqual(4);
      for (const pivot of p.pivots) {
        expect(FACT_CHANGES).toContain(pivot.change);
        expect(pivot.notifyAp !== undefined || pivot.informSubjects !== undefined).toBe(true);
        if (pivot.notifyAp !== undefined) expect(pivot.notifyAp).not.toBe(p.notifyAp.propose);
        if (pivot.informSubjects !== undefined) expect(pivot.informSubjects).not.toBe(p.informSubjects.propose);
      }
    }
  });
});

describe('the proposal as a whole', () => {
  it('uses only known reason keys and is deterministic and JSON-safe, so it can be kept with the decision', () => {
    const p = proposal(ENCRYPTED_LAPTOP);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(proposal(ENCRYPTED_LAPTOP)).toEqual(p);
    for (const r of [...p.notifyAp.reasons, ...p.informSubjects.reasons]) expect(PROPOSAL_REASONS).toContain(r.key);
  });
});

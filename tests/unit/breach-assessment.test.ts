import { describe, expect, it } from 'vitest';
import { assessSeverity, proposeNotification, severityLevel, type ProposalReason } from '../../src/core/breach/assessment.js';
import { BreachRegister, type BreachRegisterInput } from '../../src/core/breach/register.js';

const register = (input: BreachRegisterInput) => BreachRegister.parse(input);
const keys = (reasons: ProposalReason[]) => reasons.map((r) => r.key);

/** Worked case 1: an e-mail with one patient's diagnosis went to the wrong GP, who deleted it. */
const wrongGp = register({
  classification: ['confidentiality'],
  incidentKind: 'emailWrongRecipient',
  dataCategories: ['name', 'dateOfBirth'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 1, max: 1 },
  protection: 'none',
  recipients: 'known',
  recipientTrusted: true,
  dataRecovered: true,
});

/** Worked case 2: a laptop with full-disk encryption was left on the train; files are on the network too. */
const encryptedLaptop = register({
  classification: ['confidentiality', 'availability'],
  availabilityLoss: 'restorable',
  incidentKind: 'lostOrStolen',
  dataCategories: ['name', 'bsn'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 200, max: 400 },
  protection: 'encrypted',
  protectionTechnique: 'BitLocker, AES-256, with PIN',
  keyCompromised: false,
  recipients: 'unknown',
  malicious: false,
});

/** Worked case 3: ransomware at a mental-health clinic; copying of data cannot be ruled out. */
const ransomware = register({
  classification: ['confidentiality', 'availability'],
  availabilityLoss: 'temporary',
  incidentKind: 'hackMalwarePhishing',
  dataCategories: ['name', 'address', 'bsn'],
  specialCategories: ['health'],
  subjectGroups: ['mentalHealthClients', 'employees'],
  people: { min: 2000, max: 5000 },
  protection: 'none',
  recipients: 'unknown',
});

/** Worked case 4: a printout with 30 patient names left at a shared printer, retrieved before anyone saw it. */
const printout = register({
  classification: ['confidentiality'],
  incidentKind: 'other',
  dataCategories: ['name', 'dateOfBirth'],
  subjectGroups: ['patients'],
  people: { min: 30, max: 30 },
  protection: 'none',
  recipients: 'none',
  dataRecovered: true,
});

describe('ENISA severity levels', () => {
  it('are low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high', () => {
    expect([0.5, 1.99, 2, 2.99, 3, 3.99, 4, 6].map(severityLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'veryHigh', 'veryHigh']);
  });
});

describe('worked case: diagnosis e-mailed to the wrong GP', () => {
  it('scores DPC 4 (health) × EI 1 (named) + 0.25 (known recipient) = 4.25, very high', () => {
    expect(assessSeverity(wrongGp)).toMatchObject({ dataType: 'sensitive', dpc: 4, easeOfIdentification: 'maximum', cb: 0.25, score: 4.25, level: 'veryHigh' });
  });

  it('proposes to notify the AP, mentioning the trusted recipient for the officer to weigh', () => {
    const { notifyAp } = proposeNotification(wrongGp);
    expect(notifyAp.propose).toBe(true);
    expect(keys(notifyAp.reasons)).toEqual(['severityAtLeastMedium', 'sensitiveData', 'vulnerableGroup', 'trustedRecipient']);
    expect(notifyAp.reasons[1]?.values).toEqual({ categories: ['health'] });
  });

  it('does not propose informing the patient: the GP deleted it, art. 34(3)(b)', () => {
    const { informSubjects } = proposeNotification(wrongGp);
    expect(informSubjects).toMatchObject({ propose: false, publicCommunication: false });
    expect(keys(informSubjects.reasons)).toEqual(['highRisk', 'exceptionMeasures']);
  });

  it('does propose informing the patient while deletion is not confirmed', () => {
    const { informSubjects } = proposeNotification({ ...wrongGp, dataRecovered: null });
    expect(informSubjects.propose).toBe(true);
    expect(keys(informSubjects.reasons)).toEqual(['highRisk']);
  });

  it('follows the officer when they judge the measures did not remove the high risk', () => {
    expect(proposeNotification({ ...wrongGp, highRiskRemoved: false }).informSubjects.propose).toBe(true);
  });
});

describe('worked case: lost encrypted laptop', () => {
  it('scores DPC 4 × EI 0.25 (unintelligible) + 0.5 (unknown finder) = 1.5, low', () => {
    expect(assessSeverity(encryptedLaptop)).toMatchObject({ dpc: 4, easeOfIdentification: 'negligible', eiBasis: 'unintelligible', score: 1.5, level: 'low' });
  });

  it('proposes neither notifying nor informing: the data are unintelligible and the key is safe', () => {
    const proposal = proposeNotification(encryptedLaptop);
    expect(proposal.notifyAp).toEqual({ propose: false, reasons: [{ key: 'riskUnlikelyUnintelligible', values: { technique: 'BitLocker, AES-256, with PIN' } }] });
    expect(keys(proposal.informSubjects.reasons)).toEqual(['riskUnlikely']);
    expect(proposal.informSubjects.propose).toBe(false);
  });

  it('proposes notifying when there was no other copy: encryption does not bring lost data back', () => {
    const proposal = proposeNotification({ ...encryptedLaptop, availabilityLoss: 'permanent' });
    expect(proposal.severity.score).toBe(2);
    expect(proposal.notifyAp.propose).toBe(true);
    expect(proposal.informSubjects).toMatchObject({ propose: false, reasons: [{ key: 'noHighRisk' }] });
  });

  it('proposes notifying and informing when the PIN was taped to the laptop', () => {
    const proposal = proposeNotification({ ...encryptedLaptop, keyCompromised: true });
    expect(proposal.severity).toMatchObject({ easeOfIdentification: 'maximum', score: 4.5 });
    expect(proposal.notifyAp.propose).toBe(true);
    expect(proposal.informSubjects.propose).toBe(true);
  });
});

describe('worked case: ransomware at a mental-health clinic', () => {
  it('scores 4 × 1 + 0.5 (unknown circle) + 0.25 (temporarily unavailable) + 0.5 (malicious) = 5.25', () => {
    const severity = assessSeverity(ransomware);
    expect(severity.circumstances).toEqual({ confidentiality: 0.5, integrity: 0, availability: 0.25, malicious: 0.5 });
    expect(severity).toMatchObject({ score: 5.25, level: 'veryHigh' });
  });

  it('proposes notifying the AP and informing the clients', () => {
    const proposal = proposeNotification(ransomware);
    expect(proposal.notifyAp.propose).toBe(true);
    expect(proposal.notifyAp.reasons.find((r) => r.key === 'vulnerableGroup')?.values).toEqual({ groups: ['mentalHealthClients'] });
    expect(proposal.informSubjects).toMatchObject({ propose: true, publicCommunication: false });
  });

  it('proposes a public communication when informing everyone is disproportionate, art. 34(3)(c)', () => {
    const { informSubjects } = proposeNotification({ ...ransomware, informingDisproportionate: true });
    expect(informSubjects).toMatchObject({ propose: true, publicCommunication: true });
    expect(keys(informSubjects.reasons)).toEqual(['highRisk', 'exceptionDisproportionate']);
  });
});

describe('worked case: printout with 30 patient names retrieved unseen', () => {
  it('scores 3 for named patients (being a patient reveals health): what it could have been', () => {
    const severity = assessSeverity(printout);
    expect(severity).toMatchObject({ dataType: 'simple', dpcBase: 1, dpcAdjustments: [{ key: 'patientContext', points: 2 }], dpc: 3, cb: 0, score: 3 });
  });

  it('proposes neither notifying nor informing: nobody saw it and it is back', () => {
    const proposal = proposeNotification(printout);
    expect(proposal.notifyAp).toEqual({ propose: false, reasons: [{ key: 'riskUnlikelyContained' }] });
    expect(proposal.informSubjects.propose).toBe(false);
  });

  it('proposes notifying and informing when a visitor took it along before it was got back', () => {
    const proposal = proposeNotification({ ...printout, recipients: 'unknown' });
    expect(proposal.severity.score).toBe(3.5);
    expect(proposal.notifyAp.propose).toBe(true);
    expect(proposal.informSubjects.propose).toBe(true);
  });
});

describe('ordinary data with low severity', () => {
  it('staff e-mail addresses in CC instead of BCC: no notification, record only', () => {
    const proposal = proposeNotification(
      register({ classification: ['confidentiality'], incidentKind: 'emailNoBcc', dataCategories: ['name', 'email'], subjectGroups: ['employees'], recipients: 'known' }),
    );
    expect(proposal.severity).toMatchObject({ score: 1.25, level: 'low' });
    expect(proposal.notifyAp).toEqual({ propose: false, reasons: [{ key: 'severityLow', values: { score: 1.25, level: 'low' } }] });
    expect(keys(proposal.informSubjects.reasons)).toEqual(['noHighRisk']);
  });

  it('proposes notifying while it is not known which data are involved', () => {
    const proposal = proposeNotification(register({ classification: ['confidentiality'], dataCategories: ['unknown'], subjectGroups: ['employees'], recipients: 'known' }));
    expect(proposal.severity.eiBasis).toBe('dataUnknown');
    expect(proposal.notifyAp).toMatchObject({ propose: true, reasons: [{ key: 'dataUnknown' }] });
  });
});

describe('the data processing context', () => {
  const dpc = (input: BreachRegisterInput) => assessSeverity(register(input)).dpc;

  it('takes the highest data type, with the adjustments that apply', () => {
    expect(dpc({ dataCategories: ['name'], subjectGroups: ['employees'] })).toBe(1);
    expect(dpc({ dataCategories: ['name', 'bsn'], subjectGroups: ['employees'] })).toBe(3);
    expect(dpc({ dataCategories: ['credentials'], subjectGroups: ['employees'] })).toBe(2);
    expect(dpc({ dataCategories: ['location'], subjectGroups: ['employees'] })).toBe(2);
    expect(dpc({ dataCategories: ['iban'], subjectGroups: ['employees'] })).toBe(2);
    expect(dpc({ dataCategories: ['iban', 'debts'], subjectGroups: ['employees'] })).toBe(3);
    expect(dpc({ dataCategories: ['creditCard'], subjectGroups: ['customers'] })).toBe(4);
    expect(dpc({ dataCategories: ['criminal'], subjectGroups: ['forensicClients'] })).toBe(4);
    expect(dpc({ dataCategories: ['name'], subjectGroups: ['minors'] })).toBe(4);
  });

  it('does not stack context adjustments and stays within 1–4', () => {
    const severity = assessSeverity(register({ dataCategories: ['bsn'], subjectGroups: ['patients', 'minors'] }));
    expect(severity.dpcAdjustments).toEqual([{ key: 'vulnerableContext', points: 3 }]);
    expect(severity.dpc).toBe(4);
  });

  it('uses the officer’s DPC and ease of identification when set', () => {
    const severity = assessSeverity({ ...wrongGp, enisa: { dpc: 2, easeOfIdentification: 'limited' } });
    expect(severity).toMatchObject({ dpcDerived: 4, dpc: 2, easeOfIdentification: 'limited', eiBasis: 'officer', score: 1.25 });
  });
});

describe('circumstances and defaults', () => {
  it('counts integrity by whether the data were put right', () => {
    const mixedUp = register({ classification: ['integrity'], dataCategories: ['name'], specialCategories: ['health'], subjectGroups: ['patients'] });
    expect(assessSeverity(mixedUp).circumstances.integrity).toBe(0.5);
    expect(assessSeverity({ ...mixedUp, dataRecovered: true }).circumstances.integrity).toBe(0.25);
  });

  it('derives recipients and malice from the incident kind until the officer says otherwise', () => {
    const phishing = register({ classification: ['confidentiality'], incidentKind: 'hackMalwarePhishing', dataCategories: ['email'] });
    expect(assessSeverity(phishing).circumstances).toMatchObject({ confidentiality: 0.5, malicious: 0.5 });
    expect(assessSeverity({ ...phishing, malicious: false, recipients: 'known' }).circumstances).toMatchObject({ confidentiality: 0.25, malicious: 0 });
  });

  it('assumes loss of confidentiality while the classification is empty, and says so', () => {
    const proposal = proposeNotification(register({ incidentKind: 'letterWrongRecipient', dataCategories: ['name', 'address'], subjectGroups: ['patients'] }));
    expect(proposal.severity).toMatchObject({ classificationAssumed: true, circumstances: { confidentiality: 0.25 } });
    expect(keys(proposal.notifyAp.reasons)).toContain('classificationAssumed');
  });

  it('is deterministic and JSON-safe, so the proposal can be kept with the decision', () => {
    const proposal = proposeNotification(ransomware);
    expect(JSON.parse(JSON.stringify(proposal))).toEqual(proposal);
    expect(proposeNotification(ransomware)).toEqual(proposal);
  });
});

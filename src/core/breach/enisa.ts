import type { IncidentKind } from './report.js';
import {
  VULNERABLE_GROUPS,
  type AvailabilityLoss,
  type BreachNature,
  type BreachRegister,
  type CredentialSystem,
  type DataCategory,
  type EaseOfIdentification,
  type Recipients,
  type SubjectGroup,
} from './register.js';

/**
 * ENISA's severity of a personal data breach: "Recommendations for a methodology of the assessment of
 * severity of personal data breaches", working document v1.0, December 2013 (ENISA with the Greek and
 * German DPAs), cited below as "ENISA". Severity SE = DPC × EI + CB (ENISA §2):
 * - DPC, data processing context (1–4): what kind of data, in what context (ENISA §2.1 and Annex A);
 * - EI, ease of identification (0.25–1): how easily the people can be identified from the data (§2.2);
 * - CB, circumstances of the breach: loss of confidentiality, integrity, availability, malicious intent (§2.3).
 * Levels: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high (§2.4).
 *
 * ENISA leaves two criteria outside the formula, to be weighed after it (§2, last paragraph): the number
 * of people and whether the data were unintelligible. Wegwijs weighs the number of people here (a large
 * number raises the level one step, never lowers it: WP250rev.01 §IV.B "number of affected individuals");
 * unintelligibility is weighed by the notification proposal (assessment.ts), as art. 33 and 34(3)(a) do.
 * Pure functions: the same facts always give the same severity.
 */

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'veryHigh'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** ENISA's four data types, each with its base DPC score (ENISA Annex A.1). */
export const ENISA_DATA_TYPES = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
export type EnisaDataType = (typeof ENISA_DATA_TYPES)[number];
export const DPC_BASE: Record<EnisaDataType, number> = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 };

/** ENISA §2.2: negligible, limited, significant, maximum. */
export const EI_FACTOR: Record<EaseOfIdentification, number> = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 };

/**
 * Why a DPC score went up or down from its base (ENISA Annex A.2, the contextual factors), as codes
 * the interface translates. Wegwijs applies:
 * - careRelationship +2: the data show that someone is a client of a care provider, which reveals
 *   something about their health (Annex A.2: "+2 when the data and/or the characteristics of the
 *   controller can lead to assumptions about the individual's health status");
 * - vulnerableContext +3: minors, mental-health, forensic and other vulnerable clients (Annex A.2:
 *   "+3 when, due to characteristics of the individual (e.g. vulnerable groups, minors), the information
 *   can be critical for their personal safety or physical/psychological condition");
 * - identityFraud +2: the BSN or a copy of an ID document: they enable identity fraud, and the BSN may
 *   only be used where a law allows it (UAVG art. 46). A Wegwijs choice, not an ENISA figure;
 * - credentialsUnknownSystem +1: login credentials while it is not recorded what they open (Annex A.1:
 *   credentials take the category of the data they give access to; the +1 until known is Wegwijs');
 * - creditCard +1: full payment data that enable fraud (Annex A.1, financial, increase);
 * - bankAccountOnly −1: an account number without further financial data (Annex A.1, financial, decrease).
 * The context adjustments are alternatives: the strongest counts (Wegwijs' reading; ENISA lists them as
 * steps of one scale, not as sums).
 */
export const DPC_ADJUSTMENTS = ['careRelationship', 'vulnerableContext', 'identityFraud', 'credentialsUnknownSystem', 'creditCard', 'bankAccountOnly'] as const;
export type DpcAdjustment = (typeof DPC_ADJUSTMENTS)[number];

/** Why the ease of identification is what it is (ENISA §2.2). */
export const EI_BASES = ['directIdentifiers', 'dataUnknown', 'indirectOnly', 'officer'] as const;
export type EiBasis = (typeof EI_BASES)[number];

/** The circumstances (ENISA §2.3), each with the fact that set its points, for the reasons. */
export const CB_BASES = [
  'noLoss',
  'nobodySaw',
  'knownRecipients',
  'knownRecipientPassedOn',
  'knownRecipientMalicious',
  'unknownRecipients',
  'correctedBeforeUse',
  'alteredRecovered',
  'alteredNotRecovered',
  'restorable',
  'temporary',
  'partial',
  'permanent',
  'malicious',
] as const;
export type CbBasis = (typeof CB_BASES)[number];

/** The people estimate behind the volume step (ENISA §2; WP250rev.01 §IV.B). */
export type Volume = {
  /** The largest plausible number of people: the maximum recorded, else the minimum ("at least"), else the records. */
  estimate: number | null;
  source: 'people' | 'records' | 'unknown';
  large: boolean;
};

/**
 * More than this many people counts as a large number. A Wegwijs threshold: ENISA and the EDPB give
 * no figure, and WP250rev.01 Annex B example (x) names "a large number of individuals" as a reason to
 * notify. Shown in every reason that uses it, so the officer can weigh it.
 */
export const LARGE_NUMBER_OF_PEOPLE = 100;

export type CategoryScore = {
  /** The data category that decides the DPC; 'special' for art. 9 data, 'none' while nothing is recorded. */
  category: DataCategory | 'special' | 'none';
  dataType: EnisaDataType;
  /** For login credentials: the system whose data type they take. */
  viaSystem: CredentialSystem | null;
  adjustments: { key: DpcAdjustment; points: number }[];
  score: number;
};

export type SeverityAssessment = {
  /** The data type and category that gave the highest DPC. */
  dataType: EnisaDataType;
  decisiveCategory: CategoryScore['category'];
  viaSystem: CredentialSystem | null;
  dpcBase: number;
  dpcAdjustments: CategoryScore['adjustments'];
  /** The DPC the method derives, and the one used (the officer's when set). */
  dpcDerived: number;
  dpc: number;
  easeOfIdentification: EaseOfIdentification;
  eiBasis: EiBasis;
  ei: number;
  /** CB per circumstance, with the fact that set it. */
  circumstances: Record<BreachNature | 'malicious', number>;
  circumstanceBases: Partial<Record<BreachNature | 'malicious', CbBasis>>;
  cb: number;
  /** True when the classification was empty and confidentiality was assumed. */
  classificationAssumed: boolean;
  /** True when confidentiality was added to a recorded classification (a hack, theft or loss, not excluded on record). */
  confidentialityAssumed: boolean;
  /** SE = DPC × EI + CB, rounded to two decimals, and its level. */
  score: number;
  scoreLevel: SeverityLevel;
  volume: Volume;
  /** The level after the number of people: one step up for a large number. */
  level: SeverityLevel;
};

/** The severity level of an ENISA score (ENISA §2.4). */
export function severityLevel(score: number): SeverityLevel {
  return score < 2 ? 'low' : score < 3 ? 'medium' : score < 4 ? 'high' : 'veryHigh';
}

/** One level up, at most very high. */
export const levelUp = (level: SeverityLevel): SeverityLevel => SEVERITY_LEVELS[Math.min(SEVERITY_LEVELS.indexOf(level) + 1, SEVERITY_LEVELS.length - 1)]!;
export const atLeast = (level: SeverityLevel, floor: SeverityLevel) => SEVERITY_LEVELS.indexOf(level) >= SEVERITY_LEVELS.indexOf(floor);

const FINANCIAL: readonly DataCategory[] = ['financial', 'iban', 'creditCard', 'debts', 'benefits'];
/** Data that name or reach a person directly (ENISA §2.2 "maximum"); a login usually names its owner. */
const DIRECT_IDENTIFIERS: readonly DataCategory[] = ['name', 'bsn', 'contactDetails', 'address', 'email', 'phone', 'idCopies', 'credentials'];
const PATIENTS: readonly SubjectGroup[] = ['patients'];
const OTHER_VULNERABLE = VULNERABLE_GROUPS.filter((g) => !PATIENTS.includes(g));

/**
 * The data type each credentials' system stands for (ENISA Annex A.1: credentials take the category of
 * what they open). A patient record holds health data; in care a work mailbox and the HR system (sick
 * leave) usually do too.
 */
export const CREDENTIAL_SYSTEM_TYPE: Record<CredentialSystem, EnisaDataType> = {
  patientRecord: 'sensitive',
  mailbox: 'sensitive',
  hrSystem: 'sensitive',
  financialSystem: 'financial',
  otherSystem: 'simple',
};

function dataTypeOf(category: DataCategory, register: BreachRegister): EnisaDataType {
  if (category === 'criminal') return 'sensitive';
  if (category === 'location') return 'behavioural';
  if (FINANCIAL.includes(category)) return 'financial';
  if (category === 'credentials' && register.credentialsSystem) return CREDENTIAL_SYSTEM_TYPE[register.credentialsSystem];
  return 'simple';
}

/** Whether the data show a care relationship: recorded by the officer, else assumed for patients and vulnerable clients. */
export function revealsCareRelationship(register: BreachRegister): boolean {
  return register.revealsCareRelationship ?? register.subjectGroups.some((g) => VULNERABLE_GROUPS.includes(g));
}

const clampDpc = (score: number) => Math.min(4, Math.max(1, score));

/** The DPC of one data category, with the adjustments that apply to it (ENISA Annex A). */
export function scoreCategory(category: DataCategory, register: BreachRegister): CategoryScore {
  const dataType = dataTypeOf(category, register);
  const viaSystem = category === 'credentials' ? register.credentialsSystem : null;
  const adjustments: { key: DpcAdjustment; points: number }[] = [];
  // Context raises simple and behavioural data (Annex A.2); financial and sensitive data have their own rules.
  if (dataType === 'simple' || dataType === 'behavioural') {
    const own: { key: DpcAdjustment; points: number }[] = [];
    if (register.subjectGroups.some((g) => OTHER_VULNERABLE.includes(g))) own.push({ key: 'vulnerableContext', points: 3 });
    // A care relationship shows only to whoever saw the data: it does not weigh in a loss or an error alone.
    if (revealsCareRelationship(register) && classificationOf(register).includes('confidentiality')) own.push({ key: 'careRelationship', points: 2 });
    if (category === 'bsn' || category === 'idCopies') own.push({ key: 'identityFraud', points: 2 });
    if (category === 'credentials' && !register.credentialsSystem) own.push({ key: 'credentialsUnknownSystem', points: 1 });
    const strongest = own.sort((a, b) => b.points - a.points)[0];
    if (strongest) adjustments.push(strongest);
  }
  if (category === 'creditCard') adjustments.push({ key: 'creditCard', points: 1 });
  if (category === 'iban' && !register.dataCategories.some((c) => c !== 'iban' && FINANCIAL.includes(c))) {
    adjustments.push({ key: 'bankAccountOnly', points: -1 });
  }
  const score = clampDpc(DPC_BASE[dataType] + adjustments.reduce((sum, a) => sum + a.points, 0));
  return { category, dataType, viaSystem, adjustments, score };
}

/** The highest-scoring data category decides the DPC (the first of equals, in the AP form's order). */
export function dataProcessingContext(register: BreachRegister): CategoryScore {
  if (register.specialCategories.length > 0) return { category: 'special', dataType: 'sensitive', viaSystem: null, adjustments: [], score: DPC_BASE.sensitive };
  const categories: DataCategory[] = register.dataCategories.length > 0 ? register.dataCategories : ['unknown'];
  const best = categories.map((c) => scoreCategory(c, register)).reduce((a, b) => (b.score > a.score ? b : a));
  return register.dataCategories.length > 0 ? best : { ...best, category: 'none' };
}

/**
 * ENISA §2.2. Encryption is not weighed here: ENISA keeps unintelligibility outside the formula, so the
 * score says how serious the breach is for readable data, and the proposal weighs the encryption.
 */
export function easeOfIdentification(register: BreachRegister): { level: EaseOfIdentification; basis: EiBasis } {
  if (register.enisa.easeOfIdentification) return { level: register.enisa.easeOfIdentification, basis: 'officer' };
  const categories = register.dataCategories;
  if (categories.some((c) => DIRECT_IDENTIFIERS.includes(c))) return { level: 'maximum', basis: 'directIdentifiers' };
  if (categories.length === 0 || categories.includes('unknown')) return { level: 'maximum', basis: 'dataUnknown' };
  return { level: 'significant', basis: 'indirectOnly' };
}

/** Who probably saw the data, judging by the kind of incident, while the officer has not said. */
const LIKELY_RECIPIENTS: Record<IncidentKind, Recipients> = {
  emailWrongRecipient: 'known',
  emailNoBcc: 'known',
  letterWrongRecipient: 'known',
  letterReturnedOpened: 'known',
  letterLost: 'unknown',
  authorisationsWrong: 'unknown',
  networkFolderTooOpen: 'unknown',
  lostOrStolen: 'unknown',
  publishedByAccident: 'unknown',
  hackMalwarePhishing: 'unknown',
  wrongFile: 'known',
  other: 'unknown',
};

export function recipientsOf(register: BreachRegister): Recipients {
  return register.recipients ?? (register.incidentKind ? LIKELY_RECIPIENTS[register.incidentKind] : 'unknown');
}

/** Caused or used on purpose: the officer's answer, else a known recipient who looked or acted on purpose, else the kind of incident. */
export function maliciousOf(register: BreachRegister): boolean {
  return (
    register.malicious ??
    (register.recipientIntent === 'malicious' || register.recipientIntent === 'deliberate' || register.incidentKind === 'hackMalwarePhishing')
  );
}

/** The loss of availability as recorded, else as the backup tells it; unknown counts as temporary. */
export function availabilityLossOf(register: BreachRegister): AvailabilityLoss {
  if (register.availabilityLoss) return register.availabilityLoss;
  return register.backup === 'none' ? 'permanent' : register.backup === 'restoredWithLoss' ? 'partial' : 'temporary';
}

/** Incidents in which others may have got hold of the data, whatever else happened to them. */
const MAY_EXPOSE: readonly IncidentKind[] = ['hackMalwarePhishing', 'lostOrStolen', 'letterLost'];

/**
 * Confidentiality is assumed lost while nothing is classified, and after a hack, theft or loss until an
 * investigation on record excludes it (WP250rev.01 Annex B example iv assumes "on investigation" that
 * ransomware only encrypted): a Wegwijs rule, so the proposal never rests on an unchecked hope.
 */
export function confidentialityAssumed(register: BreachRegister): boolean {
  if (register.classification.length === 0) return true;
  const exposing = register.incidentKind !== null && MAY_EXPOSE.includes(register.incidentKind);
  return !register.classification.includes('confidentiality') && exposing && register.confidentialityExcluded !== true;
}

/** The classification used: as recorded, with confidentiality added where it is assumed. */
export const classificationOf = (register: BreachRegister): readonly BreachNature[] =>
  confidentialityAssumed(register) ? ['confidentiality', ...register.classification] : register.classification;

/**
 * ENISA §2.3, circumstance by circumstance:
 * - confidentiality: 0 exposed without evidence anyone saw it, +0.25 known recipients, +0.5 an unknown
 *   number of recipients. A known recipient who passed the data on carelessly or meant harm counts as
 *   +0.5: the organisation can no longer contain where the data go (Wegwijs' reading of why ENISA
 *   rates known recipients lower);
 * - integrity: 0 altered but put right before any use, +0.25 altered and possibly used but put right
 *   since, +0.5 altered, possibly used and not put right;
 * - availability: 0 recoverable without difficulty, +0.25 temporarily unavailable, +0.5 lost for good.
 *   Partly lost for good counts as lost for good for the part that is gone (a Wegwijs reading: ENISA's
 *   +0.5 speaks of complete unavailability);
 * - malicious intent: +0.5; Wegwijs counts a colleague who looked on purpose without a reason too (ENISA
 *   speaks of harm or gain; looking on purpose is where such harm starts).
 */
function circumstances(register: BreachRegister): {
  points: Record<BreachNature | 'malicious', number>;
  bases: Partial<Record<BreachNature | 'malicious', CbBasis>>;
} {
  const classification = classificationOf(register);
  const points: Record<BreachNature | 'malicious', number> = { confidentiality: 0, integrity: 0, availability: 0, malicious: 0 };
  const bases: Partial<Record<BreachNature | 'malicious', CbBasis>> = {};
  const set = (part: BreachNature | 'malicious', value: number, basis: CbBasis) => {
    points[part] = value;
    bases[part] = basis;
  };
  if (classification.includes('confidentiality')) {
    const recipients = recipientsOf(register);
    if (recipients === 'none') set('confidentiality', 0, 'nobodySaw');
    else if (recipients === 'unknown') set('confidentiality', 0.5, 'unknownRecipients');
    else if (register.recipientIntent === 'malicious') set('confidentiality', 0.5, 'knownRecipientMalicious');
    else if (register.recipientIntent === 'negligent') set('confidentiality', 0.5, 'knownRecipientPassedOn');
    else set('confidentiality', 0.25, 'knownRecipients');
  }
  if (classification.includes('integrity')) {
    if (register.integrityCorrectedBeforeUse === true) set('integrity', 0, 'correctedBeforeUse');
    else if (register.integrityCorrected === true) set('integrity', 0.25, 'alteredRecovered');
    else set('integrity', 0.5, 'alteredNotRecovered');
  }
  if (classification.includes('availability')) {
    const loss = availabilityLossOf(register);
    set('availability', { restorable: 0, temporary: 0.25, partial: 0.5, permanent: 0.5 }[loss], loss);
  }
  if (maliciousOf(register)) set('malicious', 0.5, 'malicious');
  return { points, bases };
}

/** The people estimate: the recorded number, else the records; large above LARGE_NUMBER_OF_PEOPLE. */
export function volumeOf(register: BreachRegister): Volume {
  const fromPeople = register.people ? (register.people.max ?? register.people.min) : null;
  const estimate = fromPeople ?? register.records;
  const source = fromPeople !== null ? 'people' : register.records !== null ? 'records' : 'unknown';
  return { estimate, source, large: estimate !== null && estimate > LARGE_NUMBER_OF_PEOPLE };
}

/** ENISA's severity of a breach from the register's facts (and the officer's overrides), with the number of people weighed after. */
export function assessSeverity(register: BreachRegister): SeverityAssessment {
  const context = dataProcessingContext(register);
  const dpc = register.enisa.dpc ?? context.score;
  const { level: ease, basis } = easeOfIdentification(register);
  const ei = EI_FACTOR[ease];
  const cb = circumstances(register);
  const cbTotal = cb.points.confidentiality + cb.points.integrity + cb.points.availability + cb.points.malicious;
  const score = Math.round((dpc * ei + cbTotal) * 100) / 100;
  const scoreLevel = severityLevel(score);
  const volume = volumeOf(register);
  return {
    dataType: context.dataType,
    decisiveCategory: context.category,
    viaSystem: context.viaSystem,
    dpcBase: DPC_BASE[context.dataType],
    dpcAdjustments: context.adjustments,
    dpcDerived: context.score,
    dpc,
    easeOfIdentification: ease,
    eiBasis: basis,
    ei,
    circumstances: cb.points,
    circumstanceBases: cb.bases,
    cb: cbTotal,
    classificationAssumed: register.classification.length === 0,
    confidentialityAssumed: register.classification.length > 0 && confidentialityAssumed(register),
    score,
    scoreLevel,
    volume,
    level: volume.large ? levelUp(scoreLevel) : scoreLevel,
  };
}

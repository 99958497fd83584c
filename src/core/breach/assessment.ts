import type { IncidentKind } from './report.js';
import {
  involvesSensitiveData,
  unintelligible,
  VULNERABLE_GROUPS,
  type BreachNature,
  type BreachRegister,
  type DataCategory,
  type EaseOfIdentification,
  type Recipients,
  type SubjectGroup,
} from './register.js';

/**
 * Decision support for the notification decision: ENISA's severity assessment (Recommendations for
 * a methodology of the assessment of severity of personal data breaches, 2013) and a proposal to
 * notify the AP (art. 33) and to inform the people involved (art. 34). The tool proposes, the
 * officer decides and records why; the same facts always give the same proposal.
 *
 * Severity SE = DPC × EI + CB:
 * - DPC, data processing context (1–4): the highest score over the data categories. Base per ENISA
 *   data type: simple 1, behavioural 2, financial 3, sensitive 4 (special categories, criminal data).
 *   Adjustments (Wegwijs' reading of ENISA's increase/decrease rules, always within 1–4):
 *   simple data of patients +2 (being a patient of a care provider reveals health), of minors or
 *   mental-health, forensic or other vulnerable clients +3 (critical for their safety or condition);
 *   BSN and copies of ID documents +2 (identity fraud; the BSN is treated as sensitive in NL);
 *   login credentials +1 (open the way to more data); credit-card data +1 (fraud); an IBAN without
 *   more financial data −1. The officer may set another DPC.
 * - EI, ease of identification: negligible 0.25 when the data were unintelligible (encrypted, key
 *   safe); maximum 1 with direct identifiers (name, BSN, contact details, ID copies) or when the
 *   data are unknown; otherwise significant 0.75. The officer may set another level.
 * - CB, circumstances: confidentiality lost to nobody known 0 / known recipients +0.25 / an unknown
 *   circle +0.5; integrity +0.25 when recovered, else +0.5; availability restorable 0 / temporary
 *   +0.25 / permanent +0.5; malicious intent +0.5.
 * - Levels: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high.
 *
 * Notify the AP unless the risk is unlikely. Risk is unlikely when only confidentiality was at stake
 * and either the data were unintelligible to others, or nobody saw them and they were recovered.
 * Otherwise notify when the severity is medium or higher, when special-category data, criminal
 * data or the BSN are involved, or while it is not known which data are involved (in care they may
 * well be health data; the AP accepts a notification in phases); with low severity and known,
 * ordinary data, do not notify.
 *
 * Inform the people when the risk is high (severity high or very high), unless an art. 34(3)
 * exception applies: (a) unintelligible with the key safe and only confidentiality at stake,
 * (b) later measures removed the high risk (the officer says so, or a trusted recipient confirmed
 * deletion), (c) disproportionate effort: then a public communication instead.
 */

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'veryHigh'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** ENISA's data types, each with its base DPC score. */
export const ENISA_DATA_TYPES = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
export type EnisaDataType = (typeof ENISA_DATA_TYPES)[number];
export const DPC_BASE: Record<EnisaDataType, number> = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 };

export const EI_FACTOR: Record<EaseOfIdentification, number> = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 };

/** Why a DPC score went up or down from its base, as codes the interface translates. */
export const DPC_ADJUSTMENTS = ['patientContext', 'vulnerableContext', 'identityFraud', 'credentials', 'creditCard', 'bankAccountOnly'] as const;
export type DpcAdjustment = (typeof DPC_ADJUSTMENTS)[number];

/** Why the ease of identification is what it is. */
export const EI_BASES = ['unintelligible', 'directIdentifiers', 'dataUnknown', 'indirectOnly', 'officer'] as const;
export type EiBasis = (typeof EI_BASES)[number];

/** The reasons a proposal gives, as message keys; values fill the message's placeholders. */
export const PROPOSAL_REASONS = [
  'riskUnlikelyUnintelligible',
  'riskUnlikelyContained',
  'severityAtLeastMedium',
  'severityLow',
  'sensitiveData',
  'dataUnknown',
  'vulnerableGroup',
  'trustedRecipient',
  'riskUnlikely',
  'highRisk',
  'noHighRisk',
  'exceptionUnintelligible',
  'exceptionMeasures',
  'exceptionDisproportionate',
  'classificationAssumed',
] as const;
export type ProposalReasonKey = (typeof PROPOSAL_REASONS)[number];

export type ReasonValue = string | number | string[];
export interface ProposalReason {
  key: ProposalReasonKey;
  values?: Record<string, ReasonValue>;
}

export interface SeverityAssessment {
  /** The data type and category that gave the highest DPC. */
  dataType: EnisaDataType;
  decisiveCategory: DataCategory | 'special' | 'none';
  dpcBase: number;
  dpcAdjustments: { key: DpcAdjustment; points: number }[];
  /** The DPC the method derives, and the one used (the officer's when set). */
  dpcDerived: number;
  dpc: number;
  easeOfIdentification: EaseOfIdentification;
  eiBasis: EiBasis;
  ei: number;
  /** CB, per circumstance. */
  circumstances: Record<BreachNature | 'malicious', number>;
  cb: number;
  /** True when the classification was empty and confidentiality was assumed. */
  classificationAssumed: boolean;
  /** SE, rounded to two decimals. */
  score: number;
  level: SeverityLevel;
}

export interface NotificationProposal {
  method: 'enisa-2013';
  severity: SeverityAssessment;
  notifyAp: { propose: boolean; reasons: ProposalReason[] };
  informSubjects: { propose: boolean; publicCommunication: boolean; reasons: ProposalReason[] };
}

/** The severity level of an ENISA score. */
export function severityLevel(score: number): SeverityLevel {
  return score < 2 ? 'low' : score < 3 ? 'medium' : score < 4 ? 'high' : 'veryHigh';
}

const FINANCIAL: readonly DataCategory[] = ['financial', 'iban', 'creditCard', 'debts', 'benefits'];
const DIRECT_IDENTIFIERS: readonly DataCategory[] = ['name', 'bsn', 'contactDetails', 'address', 'email', 'phone', 'idCopies'];
const PATIENTS: readonly SubjectGroup[] = ['patients'];
const OTHER_VULNERABLE = VULNERABLE_GROUPS.filter((g) => !PATIENTS.includes(g));

function dataTypeOf(category: DataCategory): EnisaDataType {
  if (category === 'criminal') return 'sensitive';
  if (category === 'location') return 'behavioural';
  if (FINANCIAL.includes(category)) return 'financial';
  return 'simple';
}

const clampDpc = (score: number) => Math.min(4, Math.max(1, score));

interface CategoryScore {
  category: DataCategory | 'special' | 'none';
  dataType: EnisaDataType;
  adjustments: { key: DpcAdjustment; points: number }[];
  score: number;
}

/** The DPC of one data category, with the adjustments that apply to it. */
function scoreCategory(category: DataCategory, register: BreachRegister): CategoryScore {
  const dataType = dataTypeOf(category);
  const adjustments: { key: DpcAdjustment; points: number }[] = [];
  if (dataType === 'simple') {
    // Context adjustments do not stack: the strongest one counts, as ENISA's increase steps are alternatives.
    const own: { key: DpcAdjustment; points: number }[] = [];
    if (register.subjectGroups.some((g) => OTHER_VULNERABLE.includes(g))) own.push({ key: 'vulnerableContext', points: 3 });
    if (register.subjectGroups.some((g) => PATIENTS.includes(g))) own.push({ key: 'patientContext', points: 2 });
    if (category === 'bsn' || category === 'idCopies') own.push({ key: 'identityFraud', points: 2 });
    if (category === 'credentials') own.push({ key: 'credentials', points: 1 });
    const strongest = own.sort((a, b) => b.points - a.points)[0];
    if (strongest) adjustments.push(strongest);
  }
  if (category === 'creditCard') adjustments.push({ key: 'creditCard', points: 1 });
  if (category === 'iban' && !register.dataCategories.some((c) => c !== 'iban' && FINANCIAL.includes(c))) {
    adjustments.push({ key: 'bankAccountOnly', points: -1 });
  }
  const score = clampDpc(DPC_BASE[dataType] + adjustments.reduce((sum, a) => sum + a.points, 0));
  return { category, dataType, adjustments, score };
}

/** The highest-scoring data category decides the DPC (the first of equals, in the form's order). */
function dataProcessingContext(register: BreachRegister): CategoryScore {
  if (register.specialCategories.length > 0) return { category: 'special', dataType: 'sensitive', adjustments: [], score: DPC_BASE.sensitive };
  const categories: DataCategory[] = register.dataCategories.length > 0 ? register.dataCategories : ['unknown'];
  const scores = categories.map((c) => scoreCategory(c, register));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  return register.dataCategories.length > 0 ? best : { ...best, category: 'none' };
}

function easeOfIdentification(register: BreachRegister): { level: EaseOfIdentification; basis: EiBasis } {
  if (register.enisa.easeOfIdentification) return { level: register.enisa.easeOfIdentification, basis: 'officer' };
  if (unintelligible(register)) return { level: 'negligible', basis: 'unintelligible' };
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

export function maliciousOf(register: BreachRegister): boolean {
  return register.malicious ?? register.incidentKind === 'hackMalwarePhishing';
}

const CONFIDENTIALITY_POINTS: Record<Recipients, number> = { none: 0, known: 0.25, unknown: 0.5 };

function circumstances(register: BreachRegister, classification: readonly BreachNature[]): Record<BreachNature | 'malicious', number> {
  const has = (n: BreachNature) => classification.includes(n);
  const availability = register.availabilityLoss ?? 'temporary';
  return {
    confidentiality: has('confidentiality') ? CONFIDENTIALITY_POINTS[recipientsOf(register)] : 0,
    integrity: has('integrity') ? (register.dataRecovered ? 0.25 : 0.5) : 0,
    availability: has('availability') ? { restorable: 0, temporary: 0.25, partial: 0.5, permanent: 0.5 }[availability] : 0,
    malicious: maliciousOf(register) ? 0.5 : 0,
  };
}

/** ENISA's severity of a breach from the register's facts (and the officer's overrides). */
export function assessSeverity(register: BreachRegister): SeverityAssessment {
  const classificationAssumed = register.classification.length === 0;
  const classification: readonly BreachNature[] = classificationAssumed ? ['confidentiality'] : register.classification;
  const context = dataProcessingContext(register);
  const dpc = register.enisa.dpc ?? context.score;
  const { level: easeOfIdentificationLevel, basis } = easeOfIdentification(register);
  const ei = EI_FACTOR[easeOfIdentificationLevel];
  const cbParts = circumstances(register, classification);
  const cb = cbParts.confidentiality + cbParts.integrity + cbParts.availability + cbParts.malicious;
  const score = Math.round((dpc * ei + cb) * 100) / 100;
  return {
    dataType: context.dataType,
    decisiveCategory: context.category,
    dpcBase: DPC_BASE[context.dataType],
    dpcAdjustments: context.adjustments,
    dpcDerived: context.score,
    dpc,
    easeOfIdentification: easeOfIdentificationLevel,
    eiBasis: basis,
    ei,
    circumstances: cbParts,
    cb,
    classificationAssumed,
    score,
    level: severityLevel(score),
  };
}

/** Only confidentiality was at stake: nothing altered, nothing lost that cannot be restored at once. */
function onlyConfidentiality(register: BreachRegister): boolean {
  const c = register.classification;
  return c.includes('confidentiality') && !c.includes('integrity') && (!c.includes('availability') || register.availabilityLoss === 'restorable');
}

/** Why the risk is unlikely (no AP notification needed), or null when it is not. */
function riskUnlikelyReason(register: BreachRegister): ProposalReason | null {
  if (!onlyConfidentiality(register)) return null;
  if (unintelligible(register)) return { key: 'riskUnlikelyUnintelligible', values: { technique: register.protectionTechnique } };
  if (register.recipients === 'none' && register.dataRecovered === true) return { key: 'riskUnlikelyContained' };
  return null;
}

const severityValues = (s: SeverityAssessment) => ({ score: s.score, level: s.level });

/** Not yet known which data are involved: in care they may well be health data. */
const dataUnknown = (register: BreachRegister) => register.dataCategories.length + register.specialCategories.length === 0 || register.dataCategories.includes('unknown');

function sensitiveCategories(register: BreachRegister): string[] {
  return [...register.specialCategories, ...register.dataCategories.filter((c) => c === 'bsn' || c === 'criminal')];
}

function proposeNotifyAp(register: BreachRegister, severity: SeverityAssessment, unlikely: ProposalReason | null): NotificationProposal['notifyAp'] {
  if (unlikely) return { propose: false, reasons: [unlikely] };
  const reasons: ProposalReason[] = [];
  if (severity.level !== 'low') reasons.push({ key: 'severityAtLeastMedium', values: severityValues(severity) });
  if (involvesSensitiveData(register)) reasons.push({ key: 'sensitiveData', values: { categories: sensitiveCategories(register) } });
  else if (dataUnknown(register)) reasons.push({ key: 'dataUnknown' });
  if (reasons.length === 0) return { propose: false, reasons: [{ key: 'severityLow', values: severityValues(severity) }] };
  const vulnerable = register.subjectGroups.filter((g) => VULNERABLE_GROUPS.includes(g));
  if (vulnerable.length > 0) reasons.push({ key: 'vulnerableGroup', values: { groups: vulnerable } });
  // WP250: a trusted recipient who deleted the data may make the risk unlikely; that is the officer's call.
  if (register.recipientTrusted === true && register.dataRecovered === true) reasons.push({ key: 'trustedRecipient' });
  return { propose: true, reasons };
}

function proposeInformSubjects(register: BreachRegister, severity: SeverityAssessment, unlikely: ProposalReason | null): NotificationProposal['informSubjects'] {
  const decide = (propose: boolean, reasons: ProposalReason[], publicCommunication = false) => ({ propose, publicCommunication, reasons });
  if (unlikely) return decide(false, [{ key: 'riskUnlikely' }]);
  if (severity.score < 3) return decide(false, [{ key: 'noHighRisk', values: severityValues(severity) }]);
  const highRisk: ProposalReason = { key: 'highRisk', values: severityValues(severity) };
  // Encryption only answers for confidentiality: altered or lost data stay a risk (art. 34(3)(a)).
  if (unintelligible(register) && onlyConfidentiality(register)) return decide(false, [highRisk, { key: 'exceptionUnintelligible' }]);
  const measuresRemoveRisk = register.highRiskRemoved ?? (register.recipientTrusted === true && register.dataRecovered === true);
  if (measuresRemoveRisk) return decide(false, [highRisk, { key: 'exceptionMeasures' }]);
  if (register.informingDisproportionate) return decide(true, [highRisk, { key: 'exceptionDisproportionate' }], true);
  return decide(true, [highRisk]);
}

/** The method's proposal: severity, notify the AP or not, inform the people or not, each with reasons. */
export function proposeNotification(register: BreachRegister): NotificationProposal {
  const severity = assessSeverity(register);
  const unlikely = riskUnlikelyReason(register);
  const notifyAp = proposeNotifyAp(register, severity, unlikely);
  const informSubjects = proposeInformSubjects(register, severity, unlikely);
  if (severity.classificationAssumed) notifyAp.reasons.push({ key: 'classificationAssumed' });
  return { method: 'enisa-2013', severity, notifyAp, informSubjects };
}

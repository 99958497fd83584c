import { z } from 'zod';
import { Paragraph, Line, filled, type Missing } from '../worksheets/fields.js';
import { INCIDENT_KINDS, Moment, ONGOING_ANSWERS, PEOPLE_BAND_RANGE, ReportContact, type BreachReport, type ReportDataKind } from './report.js';

/**
 * The privacy officer's facts about a breach for the register (AVG art. 33(5)) and the AP form:
 * what kind of breach, which data of whom and how many, how well the data were protected, what
 * followed and what was done. Kept as one JSON document per breach; every field may stay empty
 * while the officer works, and `registerMissing` says what a complete entry still needs.
 */

/** Classification of a breach: which security property was lost (several at once is common). */
export const BREACH_NATURES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];

/**
 * For availability (ENISA 2013 §2.3, "loss of availability"): restored without trouble, unavailable
 * for a while, partly lost for good (some records could not be restored), or lost for good.
 */
export const AVAILABILITY_LOSSES = ['restorable', 'temporary', 'partial', 'permanent'] as const;
export type AvailabilityLoss = (typeof AVAILABILITY_LOSSES)[number];

/** Whether a usable backup brought the data back: none, restored in full, restored with some loss. */
export const BACKUP_STATES = ['none', 'restored', 'restoredWithLoss'] as const;
export type BackupState = (typeof BACKUP_STATES)[number];

/**
 * The system that leaked login credentials open (ENISA 2013 Annex A: credentials take the category of
 * the data they give access to). In care a work mailbox and the HR system usually hold health data.
 */
export const CREDENTIAL_SYSTEMS = ['patientRecord', 'mailbox', 'hrSystem', 'financialSystem', 'otherSystem'] as const;
export type CredentialSystem = (typeof CREDENTIAL_SYSTEMS)[number];

/**
 * What a known recipient did or meant: nothing; carelessness that passed the data on; looking on purpose
 * without a reason (a colleague snooping in a record); harm on purpose.
 */
export const RECIPIENT_INTENTS = ['none', 'negligent', 'deliberate', 'malicious'] as const;
export type RecipientIntent = (typeof RECIPIENT_INTENTS)[number];

/** Personal data categories of the AP form, chapter 6, in the form's order. */
export const DATA_CATEGORIES = [
  'name',
  'sex',
  'dateOfBirth',
  'bsn',
  'contactDetails',
  'address',
  'email',
  'phone',
  'credentials',
  'financial',
  'iban',
  'creditCard',
  'debts',
  'benefits',
  'idCopies',
  'location',
  'criminal',
  'unknown',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Special categories of personal data (art. 9), as the AP form lists them. */
export const SPECIAL_CATEGORIES = ['racialEthnic', 'political', 'religious', 'tradeUnion', 'sexLife', 'health', 'genetic', 'biometric'] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/**
 * Groups of people involved (AP form chapter 7), with the vulnerable groups of care spelled out;
 * mental-health and forensic clients are "other vulnerable groups" on the AP form.
 */
export const SUBJECT_GROUPS = [
  'patients',
  'minors',
  'mentalHealthClients',
  'forensicClients',
  'otherVulnerable',
  'employees',
  'customers',
  'students',
  'other',
] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];
export const VULNERABLE_GROUPS: readonly SubjectGroup[] = ['patients', 'minors', 'mentalHealthClients', 'forensicClients', 'otherVulnerable'];

/** How the data were protected beforehand (AP form chapter 8). Encryption by ransomware does not count. */
export const PROTECTIONS = ['encrypted', 'hashed', 'otherwiseUnintelligible', 'none', 'unknown'] as const;
export type Protection = (typeof PROTECTIONS)[number];

/** Who saw or got the data: nobody as far as known, known recipients, or an unknown circle. */
export const RECIPIENTS = ['none', 'known', 'unknown'] as const;
export type Recipients = (typeof RECIPIENTS)[number];

/** Consequences for the organisation and the data (AP form chapter 9). */
export const DATA_CONSEQUENCES = [
  'unauthorisedViewing',
  'improperUse',
  'wrongDataUsed',
  'serviceTemporarilyUnavailable',
  'servicePermanentlyUnavailable',
  'other',
] as const;
export type DataConsequence = (typeof DATA_CONSEQUENCES)[number];

/** Consequences for the people involved (AP form chapter 9). */
export const PEOPLE_CONSEQUENCES = [
  'discrimination',
  'identityFraud',
  'financialLoss',
  'reputation',
  'professionalSecrecy',
  'pseudonymisationReversed',
  'cannotAccessOrErase',
  'loseTrack',
  'other',
] as const;
export type PeopleConsequence = (typeof PEOPLE_CONSEQUENCES)[number];

/** How severe the consequences for the people are, on the AP form's scale. */
export const CONSEQUENCE_SEVERITIES = ['negligible', 'limited', 'significant', 'veryHigh'] as const;
export type ConsequenceSeverity = (typeof CONSEQUENCE_SEVERITIES)[number];

/** Other supervisors the breach was also reported to (AP form chapter 1); in care mostly the IGJ. */
export const OTHER_SUPERVISORS = ['igj', 'afm', 'dnb', 'agentschapTelecom', 'ilt', 'educationInspectorate', 'nctv', 'ovv', 'other'] as const;
export type OtherSupervisor = (typeof OTHER_SUPERVISORS)[number];

/** Means by which the people were informed (AP form chapter 10). */
export const INFORM_MEANS = ['phone', 'letter', 'email', 'website', 'socialMedia', 'newspaper', 'other'] as const;
export type InformMeans = (typeof INFORM_MEANS)[number];

/** ENISA's ease of identification: how easily the people can be identified from the data. */
export const EASE_OF_IDENTIFICATION = ['negligible', 'limited', 'significant', 'maximum'] as const;
export type EaseOfIdentification = (typeof EASE_OF_IDENTIFICATION)[number];

const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => list.length === new Set(list).size, 'duplicateChoice')
    .default([]);
const Count = z.number().int().min(0).max(100_000_000);
const text = Paragraph.default('');
const line = Line.default('');
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);
/** Hours, up to about eleven years: a duration the officer estimates. */
const Hours = z.number().int().min(0).max(100_000);

/** Number of people: exact when min equals max; max null means "at least min". */
export const PeopleCount = z
  .strictObject({ min: Count, max: Count.nullable() })
  .refine((p) => p.max === null || p.max >= p.min, { message: 'maxBelowMin', path: ['max'] });
export type PeopleCount = z.infer<typeof PeopleCount>;

/** The officer's own ENISA values; null keeps the value the method derives from the facts. */
export const EnisaOverrides = z.strictObject({
  /** Data processing context score, 1–4 (ENISA 2013, after the officer's increase/decrease). */
  dpc: maybe(z.number().int().min(1).max(4)),
  easeOfIdentification: maybe(z.enum(EASE_OF_IDENTIFICATION)),
  /** Why the officer departs from the derived values: required with either. */
  reason: Paragraph.default(''),
});
export type EnisaOverrides = z.infer<typeof EnisaOverrides>;

/** Who files the notification with the AP: the AP asks name, function and a phone number (AP form chapter 3). */
export const Notifier = z.strictObject({
  name: line,
  function: line,
  phone: ReportContact.shape.phone,
  email: ReportContact.shape.email,
});
export type Notifier = z.infer<typeof Notifier>;
const NO_NOTIFIER: Notifier = { name: '', function: '', phone: '', email: '' };

/** The facts one by one; BreachRegister adds the checks between them. */
const BreachRegisterFields = z.strictObject({
  // Chapter 1–2: reporting context.
  otherSupervisors: choices(OTHER_SUPERVISORS),
  /** People in other countries involved (AP chapter 2). */
  crossBorder: maybe(z.boolean()),
  /** Other organisations involved, e.g. a processor (AP chapter 3). */
  otherOrganisations: line,
  // Chapter 4: timeline.
  /** (Presumed) start and end of the breach. */
  startedAt: maybe(Moment),
  /** Whether the start is known for certain; otherwise the AP form and the letter say "presumably". */
  startedAtExact: z.boolean().default(false),
  endedAt: maybe(Moment),
  /** Does the breach still go on? (AP form chapter 4.) */
  ongoing: maybe(z.enum(ONGOING_ANSWERS)),
  discoveredHow: text,
  // Chapter 5: the breach.
  /** False when it turned out no personal data were involved: then it is no personal data breach (art. 4(12)). */
  personalDataInvolved: maybe(z.boolean()),
  classification: choices(BREACH_NATURES),
  availabilityLoss: maybe(z.enum(AVAILABILITY_LOSSES)),
  /** How long the data were unavailable, in hours. */
  unavailableHours: maybe(Hours),
  backup: maybe(z.enum(BACKUP_STATES)),
  /** Whether care or service to people was held up while the data were unavailable; asked explicitly, never assumed. */
  careHeldUp: maybe(z.boolean()),
  /** For integrity: the error was put right before anyone used the wrong data. */
  integrityCorrectedBeforeUse: maybe(z.boolean()),
  /** For integrity: the wrong data have been put right by now (after possibly being used). */
  integrityCorrected: maybe(z.boolean()),
  /**
   * Only availability or integrity classified after a hack, theft or loss: whether an investigation
   * established that nobody could see the data, and how (e.g. a forensic report). Without it the
   * proposal assumes confidentiality was lost too.
   */
  confidentialityExcluded: maybe(z.boolean()),
  confidentialityExcludedBasis: text,
  incidentKind: maybe(z.enum(INCIDENT_KINDS)),
  summary: text,
  // Chapter 6: personal data.
  dataCategories: choices(DATA_CATEGORIES),
  /** For login credentials: the system they open, and whether anyone logged in with them (the logs). */
  credentialsSystem: maybe(z.enum(CREDENTIAL_SYSTEMS)),
  credentialsUsed: maybe(z.boolean()),
  specialCategories: choices(SPECIAL_CATEGORIES),
  records: maybe(Count),
  recordsExplanation: line,
  // Chapter 7: people.
  subjectGroups: choices(SUBJECT_GROUPS),
  /** Whether the data show that someone is a client of the organisation (a mailing list, an appointment letter). */
  revealsCareRelationship: maybe(z.boolean()),
  subjectDescription: text,
  people: maybe(PeopleCount),
  // Chapter 8: protection beforehand.
  protection: maybe(z.enum(PROTECTIONS)),
  protectionTechnique: line,
  /** Whether the key (or password) may have come into other hands too. */
  keyCompromised: maybe(z.boolean()),
  /** Whether the technique is state of the art: a strong algorithm and key; for a hash a salt or key and no guessable input (a BSN, a date of birth). */
  protectionStateOfTheArt: maybe(z.boolean()),
  /** Whether all the data concerned were protected so (hashed passwords beside readable e-mail addresses are not). */
  protectionCoversAll: maybe(z.boolean()),
  // Circumstances (for the assessment).
  recipients: maybe(z.enum(RECIPIENTS)),
  /** About how many people got the data (for known recipients). */
  recipientCount: maybe(Count),
  /** What shows that nobody saw the data (a device log, a sealed envelope, a mail that was never delivered). */
  containedEvidence: text,
  /** The recipient is trusted, e.g. a fellow care provider bound by professional secrecy. */
  recipientTrusted: maybe(z.boolean()),
  /** For known recipients: what they meant to do with the data. */
  recipientIntent: maybe(z.enum(RECIPIENT_INTENTS)),
  /** The data (or the device or paper) were got back, or the recipient confirmed deleting them. */
  dataRecovered: maybe(z.boolean()),
  /** Caused on purpose (hacking, theft, snooping) rather than by mistake. */
  malicious: maybe(z.boolean()),
  cause: text,
  // Chapter 9: consequences.
  dataConsequences: choices(DATA_CONSEQUENCES),
  peopleConsequences: choices(PEOPLE_CONSEQUENCES),
  consequenceSeverity: maybe(z.enum(CONSEQUENCE_SEVERITIES)),
  consequencesDescription: text,
  // Chapter 10: follow-up.
  measuresTaken: text,
  measuresPlanned: text,
  /** Art. 34(3)(b): later measures make a high risk for the people no longer likely. */
  highRiskRemoved: maybe(z.boolean()),
  /** Which measures, and why they take the high risk away: required with highRiskRemoved. */
  highRiskRemovedGround: text,
  /** Art. 34(3)(c): informing each person would take disproportionate effort (then: public notice). */
  informingDisproportionate: maybe(z.boolean()),
  /** Why informing each person is disproportionate, and the public communication instead: required with informingDisproportionate. */
  publicCommunication: text,
  /** When the people will be informed, while that is decided but not yet done. */
  subjectsInformPlannedFor: maybe(Moment),
  subjectsInformedCount: maybe(Count),
  informMeans: choices(INFORM_MEANS),
  notInformedReason: text,
  /** Who files the notification with the AP. */
  notifier: Notifier.default(NO_NOTIFIER),
  // Care duties beside the breach.
  /** Wkkgz art. 10(3): an incident with noticeable consequences for the patient, who must be told. */
  careIncident: maybe(z.boolean()),
  patientToldOfIncidentAt: maybe(Moment),
  /** Reported in the incident system (VIM/MIP), e.g. for a result in the wrong patient's record. */
  vimReportedAt: maybe(Moment),
  /** A significant incident under NIS2 art. 23(3) (Cyberbeveiligingswet): early warning to the CSIRT within 24 hours. */
  significantIncident: maybe(z.boolean()),
  csirtWarnedAt: maybe(Moment),
  /** The officer's ENISA values where they differ from the derived ones. */
  enisa: EnisaOverrides.default({ dpc: null, easeOfIdentification: null, reason: '' }),
});

export const BreachRegister = BreachRegisterFields.superRefine((r, ctx) => {
  const issue = (message: string, field: string) => ctx.addIssue({ code: 'custom', message, path: field.split('.') });
  if (r.startedAt && r.endedAt && Date.parse(r.endedAt) < Date.parse(r.startedAt)) issue('endBeforeStart', 'endedAt');
  // Art. 34(3): an exception counts only with its ground on record.
  if (r.highRiskRemoved === true && !filled(r.highRiskRemovedGround)) issue('groundRequired', 'highRiskRemovedGround');
  if (r.informingDisproportionate === true && !filled(r.publicCommunication)) issue('publicCommunicationRequired', 'publicCommunication');
  // A backup that brought everything back and data lost for good cannot both be true.
  const lostForGood = r.availabilityLoss === 'permanent' || r.availabilityLoss === 'partial';
  if (r.backup === 'restored' && lostForGood) issue('backupRestoredButLost', 'backup');
  if (r.backup === 'restoredWithLoss' && (r.availabilityLoss === 'restorable' || r.availabilityLoss === 'temporary')) issue('backupLossNotRecorded', 'backup');
  if (r.recipientIntent !== null && r.recipients !== 'known') issue('intentNeedsKnownRecipient', 'recipientIntent');
  const peopleRecorded = r.dataCategories.some((c) => c !== 'unknown') || r.specialCategories.length > 0 || r.subjectGroups.length > 0 || r.people !== null;
  if (r.personalDataInvolved === false && peopleRecorded) issue('personalDataContradicted', 'personalDataInvolved');
  if (r.confidentialityExcluded === true && !filled(r.confidentialityExcludedBasis)) issue('basisRequired', 'confidentialityExcludedBasis');
  if ((r.enisa.dpc !== null || r.enisa.easeOfIdentification !== null) && !filled(r.enisa.reason)) issue('overrideReasonRequired', 'enisa.reason');
});
/** The register entry as stored (all defaults applied). */
export type BreachRegister = z.infer<typeof BreachRegister>;

/**
 * A stored entry, read without the checks between facts: an entry saved before a check existed (an ENISA
 * value of the officer's without a reason, say) stays readable; a new save must pass them all.
 */
export const StoredRegister = BreachRegisterFields;
export const readStoredRegister = (stored: unknown): BreachRegister => StoredRegister.parse(stored);
/** The register entry as a client may send it (any field may be left out). */
export type BreachRegisterInput = z.input<typeof BreachRegister>;

/** A register with nothing filled in yet. */
export function emptyRegister(): BreachRegister {
  return BreachRegister.parse({});
}

/** Whether the data involve a special category (art. 9), criminal data (art. 10) or the BSN, which Dutch law treats as sensitive too. */
export function involvesSensitiveData(register: Pick<BreachRegister, 'dataCategories' | 'specialCategories'>): boolean {
  return register.specialCategories.length > 0 || register.dataCategories.includes('bsn') || register.dataCategories.includes('criminal');
}

/** Whether a vulnerable group (patients, minors, mental-health or forensic clients…) is involved. */
export function involvesVulnerableGroup(register: Pick<BreachRegister, 'subjectGroups'>): boolean {
  return register.subjectGroups.some((g) => VULNERABLE_GROUPS.includes(g));
}

/** Whether the officer says the data were made unintelligible (encrypted, hashed or otherwise). */
const protectionClaimed = (register: Pick<BreachRegister, 'protection'>) =>
  register.protection !== null && register.protection !== 'none' && register.protection !== 'unknown';

/** Whether the data were unintelligible to others: protected and the key known not to be compromised. */
export function unintelligible(register: Pick<BreachRegister, 'protection' | 'keyCompromised'>): boolean {
  return protectionClaimed(register) && register.keyCompromised === false;
}

/** How each report data kind maps onto the register's categories. */
const REPORT_KIND_CATEGORIES: Record<ReportDataKind, { data: DataCategory[]; special: SpecialCategory[] }> = {
  namesAddresses: { data: ['name', 'address'], special: [] },
  health: { data: [], special: ['health'] },
  bsn: { data: ['bsn'], special: [] },
  financial: { data: ['financial'], special: [] },
  login: { data: ['credentials'], special: [] },
  other: { data: ['other'], special: [] },
  unknown: { data: ['unknown'], special: [] },
};

/**
 * A first register entry derived from the staff member's report, for the officer to confirm:
 * the incident kind, data categories, a people range from the band, and the summary.
 */
export function registerFromReport(report: BreachReport): BreachRegister {
  const data = new Set<DataCategory>();
  const special = new Set<SpecialCategory>();
  for (const kind of report.dataKinds) {
    REPORT_KIND_CATEGORIES[kind].data.forEach((c) => data.add(c));
    REPORT_KIND_CATEGORIES[kind].special.forEach((c) => special.add(c));
  }
  const range = PEOPLE_BAND_RANGE[report.peopleBand];
  return BreachRegister.parse({
    incidentKind: report.incidentKind,
    summary: report.whatHappened,
    startedAt: report.happenedAt,
    dataCategories: DATA_CATEGORIES.filter((c) => data.has(c)),
    specialCategories: SPECIAL_CATEGORIES.filter((c) => special.has(c)),
    people: range,
    ongoing: report.ongoing,
    measuresTaken: report.actionsTaken,
  });
}

/**
 * What a register entry still needs to be complete (art. 33(5): facts, effects, measures), as
 * codes the interface translates. The notification decision itself is kept in the decisions.
 */
export function registerMissing(register: BreachRegister): Missing[] {
  const missing: Missing[] = [];
  const need = (ok: boolean, field: keyof BreachRegister & string, code = 'fieldRequired') => {
    if (!ok) missing.push({ code, field });
  };
  need(register.classification.length > 0, 'classification');
  need(!register.classification.includes('availability') || register.availabilityLoss !== null, 'availabilityLoss');
  need(register.incidentKind !== null, 'incidentKind');
  need(filled(register.summary), 'summary');
  need(register.dataCategories.length + register.specialCategories.length > 0, 'dataCategories');
  need(register.subjectGroups.length > 0, 'subjectGroups');
  need(register.people !== null, 'people');
  need(register.protection !== null, 'protection');
  need(!protectionClaimed(register) || filled(register.protectionTechnique), 'protectionTechnique');
  need(!register.classification.includes('confidentiality') || register.recipients !== null, 'recipients');
  need(filled(register.cause), 'cause');
  need(register.consequenceSeverity !== null, 'consequenceSeverity');
  need(filled(register.consequencesDescription) || register.peopleConsequences.length > 0, 'consequencesDescription');
  need(filled(register.measuresTaken), 'measuresTaken');
  return missing;
}

import { z } from 'zod';
import { Paragraph, Line, filled, type Missing } from '../worksheets/fields.js';
import { INCIDENT_KINDS, Moment, PEOPLE_BAND_RANGE, type BreachReport, type ReportDataKind } from './report.js';

/**
 * The privacy officer's facts about a breach for the register (AVG art. 33(5)) and the AP form:
 * what kind of breach, which data of whom and how many, how well the data were protected, what
 * followed and what was done. Kept as one JSON document per breach; every field may stay empty
 * while the officer works, and `registerMissing` says what a complete entry still needs.
 */

/** Classification of a breach: which security property was lost (several at once is common). */
export const BREACH_NATURES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];

/** For availability: could the data be restored without trouble, only after a while, or never? */
export const AVAILABILITY_LOSSES = ['restorable', 'temporary', 'permanent'] as const;
export type AvailabilityLoss = (typeof AVAILABILITY_LOSSES)[number];

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
export const SUBJECT_GROUPS = ['patients', 'minors', 'mentalHealthClients', 'forensicClients', 'otherVulnerable', 'employees', 'customers', 'students', 'other'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];
export const VULNERABLE_GROUPS: readonly SubjectGroup[] = ['patients', 'minors', 'mentalHealthClients', 'forensicClients', 'otherVulnerable'];

/** How the data were protected beforehand (AP form chapter 8). Encryption by ransomware does not count. */
export const PROTECTIONS = ['encrypted', 'hashed', 'otherwiseUnintelligible', 'none', 'unknown'] as const;
export type Protection = (typeof PROTECTIONS)[number];

/** Who saw or got the data: nobody as far as known, known recipients, or an unknown circle. */
export const RECIPIENTS = ['none', 'known', 'unknown'] as const;
export type Recipients = (typeof RECIPIENTS)[number];

/** Consequences for the organisation and the data (AP form chapter 9). */
export const DATA_CONSEQUENCES = ['unauthorisedViewing', 'improperUse', 'wrongDataUsed', 'serviceTemporarilyUnavailable', 'servicePermanentlyUnavailable', 'other'] as const;
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
});
export type EnisaOverrides = z.infer<typeof EnisaOverrides>;

export const BreachRegister = z
  .strictObject({
    // Chapter 1–2: reporting context.
    otherSupervisors: choices(OTHER_SUPERVISORS),
    /** People in other countries involved (AP chapter 2). */
    crossBorder: maybe(z.boolean()),
    /** Other organisations involved, e.g. a processor (AP chapter 3). */
    otherOrganisations: line,
    // Chapter 4: timeline.
    /** (Presumed) start and end of the breach. */
    startedAt: maybe(Moment),
    endedAt: maybe(Moment),
    discoveredHow: text,
    // Chapter 5: the breach.
    classification: choices(BREACH_NATURES),
    availabilityLoss: maybe(z.enum(AVAILABILITY_LOSSES)),
    incidentKind: maybe(z.enum(INCIDENT_KINDS)),
    summary: text,
    // Chapter 6: personal data.
    dataCategories: choices(DATA_CATEGORIES),
    specialCategories: choices(SPECIAL_CATEGORIES),
    records: maybe(Count),
    recordsExplanation: line,
    // Chapter 7: people.
    subjectGroups: choices(SUBJECT_GROUPS),
    subjectDescription: text,
    people: maybe(PeopleCount),
    // Chapter 8: protection beforehand.
    protection: maybe(z.enum(PROTECTIONS)),
    protectionTechnique: line,
    /** Whether the key (or password) may have come into other hands too. */
    keyCompromised: maybe(z.boolean()),
    // Circumstances (for the assessment).
    recipients: maybe(z.enum(RECIPIENTS)),
    /** The recipient is trusted, e.g. a fellow care provider bound by professional secrecy. */
    recipientTrusted: maybe(z.boolean()),
    /** The data were got back, or the recipient confirmed deleting them. */
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
    /** Art. 34(3)(c): informing each person would take disproportionate effort (then: public notice). */
    informingDisproportionate: maybe(z.boolean()),
    subjectsInformedCount: maybe(Count),
    informMeans: choices(INFORM_MEANS),
    notInformedReason: text,
    /** The officer's ENISA values where they differ from the derived ones. */
    enisa: EnisaOverrides.default({ dpc: null, easeOfIdentification: null }),
  })
  .superRefine((r, ctx) => {
    if (r.startedAt && r.endedAt && Date.parse(r.endedAt) < Date.parse(r.startedAt)) {
      ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['endedAt'] });
    }
  });
/** The register entry as stored (all defaults applied). */
export type BreachRegister = z.infer<typeof BreachRegister>;
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

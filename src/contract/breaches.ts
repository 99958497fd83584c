import { z } from 'zod';
import { AP_ANSWER_SOURCES, AP_CHAPTERS, AP_QUESTIONS, type ApLabelSet, type ApQuestionKey } from '#core/breach/ap-form.js';
import { AP_FOLLOW_UP_KINDS } from '#core/breach/ap-notification.js';
import { FACT_CHANGES, PROPOSAL_REASONS } from '#core/breach/assessment.js';
import { CARE_DUTIES } from '#core/breach/care-duties.js';
import { DEADLINE_STATES } from '#core/breach/deadline.js';
import { FgAdvice, StoredProposal } from '#core/breach/decision.js';
import { CB_BASES, DPC_ADJUSTMENTS, EI_BASES, ENISA_DATA_TYPES, SEVERITY_LEVELS } from '#core/breach/enisa.js';
import { BREACH_NATURES, CREDENTIAL_SYSTEMS, DATA_CATEGORIES, EASE_OF_IDENTIFICATION, StoredRegister } from '#core/breach/register.js';
import { BreachReport, INCIDENT_KINDS, Moment } from '#core/breach/report.js';
import { BREACH_STATUSES, TRANSITION_BLOCKS } from '#core/breach/workflow.js';
import { LOCALES } from '#core/locale.js';
import { SECTORS } from '#core/sector.js';
import { Instant, complete, type Json } from './common.js';
import { Missing } from './programmes.js';

/**
 * The breach register (AVG art. 33(5)) and the staff's report form. What the officer records is legally
 * weighty (the moments, the decisions with the FG's advice, the proposal they were taken on), so every
 * field the register page shows is named here.
 */

export const BreachStatus = z.enum(BREACH_STATUSES);
export type BreachStatus = Json<typeof BreachStatus>;

/** Where the 72 hours (or another duty's hour clock) stand; `running` is false once they no longer matter (notified, closed, decided not to notify). */
export const Clock = z.object({
  deadline: Instant,
  state: z.enum(DEADLINE_STATES),
  /** Hours left, with fractions; negative once the deadline has passed. */
  hoursLeft: z.number(),
  running: z.boolean(),
});
export type Clock = Json<typeof Clock>;

/** The latest notification decision, as far as the workflow needs it. */
const DecisionSummary = z.object({ notifyAp: z.boolean(), informSubjects: z.boolean() });

export const BreachListItem = z.object({
  id: z.uuid(),
  /** The register number, e.g. "DL-2026-0042": the officer's only. */
  reference: z.string(),
  /** What the reporter was given, e.g. "K7QM-4XPD-2H". */
  publicReference: z.string(),
  status: BreachStatus,
  reportedAt: Instant,
  /** Starts the 72 hours: the reporter's moment until the officer confirms one. */
  awareAt: Instant,
  department: z.string(),
  /** The register's incident kind, else the report's. */
  kind: z.enum(INCIDENT_KINDS),
  latestDecision: DecisionSummary.nullable(),
  deadline: Clock,
});
export type BreachListItem = Json<typeof BreachListItem>;

export const BreachList = z.object({
  /** The server's moment the clocks were read at. */
  now: Instant,
  total: z.number().int(),
  breaches: z.array(BreachListItem),
});
export type BreachList = Json<typeof BreachList>;

/** A breach not closed yet, as the signals in the app show it: reference, status and clock, nothing else. */
export const OpenBreach = BreachListItem.pick({ id: true, reference: true, status: true, reportedAt: true, awareAt: true, deadline: true });
export type OpenBreach = Json<typeof OpenBreach>;

/** Most urgent first: running clocks by deadline, then those whose clock stopped. */
export const OpenBreaches = z.object({ breaches: z.array(OpenBreach) });
export type OpenBreaches = Json<typeof OpenBreaches>;

const count = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: z.number().int() }));

/** The register's counts (core/breach/statistics.ts). */
export const BreachStatistics = z.object({
  total: z.number().int(),
  /** Per month ("2026-03"), months without reports included. */
  perMonth: count(z.string()),
  perKind: count(z.enum(INCIDENT_KINDS)),
  /** '' stands for "no department given". */
  perDepartment: count(z.string()),
  perStatus: count(BreachStatus),
});
export type BreachStatistics = Json<typeof BreachStatistics>;

const Circumstance = z.enum([...BREACH_NATURES, 'malicious']);

/** The ENISA severity (2013) behind a proposal, each step with the fact that set it (core/breach/enisa.ts). */
const SeverityAssessment = z.object({
  dataType: z.enum(ENISA_DATA_TYPES),
  decisiveCategory: z.enum([...DATA_CATEGORIES, 'special', 'none']),
  viaSystem: z.enum(CREDENTIAL_SYSTEMS).nullable(),
  dpcBase: z.number(),
  dpcAdjustments: z.array(z.object({ key: z.enum(DPC_ADJUSTMENTS), points: z.number() })),
  dpcDerived: z.number(),
  /** The officer's DPC where set, else the derived one. */
  dpc: z.number(),
  easeOfIdentification: z.enum(EASE_OF_IDENTIFICATION),
  eiBasis: z.enum(EI_BASES),
  ei: z.number(),
  circumstances: z.record(Circumstance, z.number()),
  circumstanceBases: z.partialRecord(Circumstance, z.enum(CB_BASES)),
  cb: z.number(),
  classificationAssumed: z.boolean(),
  confidentialityAssumed: z.boolean(),
  score: z.number(),
  scoreLevel: z.enum(SEVERITY_LEVELS),
  volume: z.object({ estimate: z.number().nullable(), source: z.enum(['people', 'records', 'unknown']), large: z.boolean() }),
  level: z.enum(SEVERITY_LEVELS),
});

/** A reason of the proposal as a message key; `facts` are the register fields it rests on. */
const ProposalReason = z.object({
  key: z.enum(PROPOSAL_REASONS),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).optional(),
  facts: z.array(StoredRegister.keyof()),
});

/** The method's proposal on notifying the AP and informing the people (core/breach/assessment.ts). */
export const NotificationProposal = z.object({
  method: z.literal('wegwijs-two-stage-enisa-2013'),
  severity: SeverityAssessment,
  notifyAp: z.object({ propose: z.boolean(), reasons: z.array(ProposalReason) }),
  informSubjects: z.object({ propose: z.boolean(), publicCommunication: z.boolean(), reasons: z.array(ProposalReason) }),
  /** The single facts that would turn the proposal, with only the parts that would turn. */
  pivots: z.array(z.object({ change: z.enum(FACT_CHANGES), notifyAp: z.boolean().optional(), informSubjects: z.boolean().optional() })),
});
export type NotificationProposal = Json<typeof NotificationProposal>;

/** A notification decision, never changed afterwards. */
export const Decision = z.object({
  id: z.uuid(),
  decidedAt: Instant,
  decidedBy: z.uuid().nullable(),
  /** The officer's name, while the account exists. */
  decidedByName: z.string().nullable(),
  notifyAp: z.boolean(),
  informSubjects: z.boolean(),
  reasoning: z.string(),
  /** The proposal as it stood when deciding, in the shape of its day (it is never rewritten). */
  proposal: StoredProposal,
  /** The FG's advice the decision was taken on (art. 38(1), 39(1)(a)); null when none was asked. */
  fgAdvice: FgAdvice.nullable(),
});
export type Decision = Json<typeof Decision>;

/** A message to the AP after the first notification, under its meldnummer (art. 33(4)). */
export const ApFollowUp = z.object({
  id: z.uuid(),
  kind: z.enum(AP_FOLLOW_UP_KINDS),
  sentAt: Instant,
  apReceivedAt: Instant.nullable(),
  note: z.string(),
  recordedAt: Instant,
  recordedByName: z.string().nullable(),
});
export type ApFollowUp = Json<typeof ApFollowUp>;

/** A duty beside the 72 hours (Wkkgz, VIM, CSIRT: core/breach/care-duties.ts); only the CSIRT's warning has a clock. */
export const CareDuty = z.object({ duty: z.enum(CARE_DUTIES), doneAt: Moment.nullable(), clock: Clock.nullable() });
export type CareDuty = Json<typeof CareDuty>;

/** An entry of the audit log about this breach: who changed what and when, with the values before and after. */
export const HistoryEntry = z.object({ id: z.number().int(), at: Instant, actorName: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() });
export type HistoryEntry = Json<typeof HistoryEntry>;

/** The breach's own columns: the report as sent and the moments of its handling. */
const BreachRecord = z.object({
  id: z.uuid(),
  reference: z.string(),
  /** What the reporter was given and the letter names. */
  publicReference: z.string(),
  status: BreachStatus,
  /** Stored as sent and never changed: it came in through this schema, as the report form's body. */
  report: complete(BreachReport),
  department: z.string(),
  reportedAt: Instant,
  awareAt: Instant,
  /** The proposal for the moment of awareness: when the reporter noticed it, at the latest when the report came in. */
  reporterAwareAt: Instant,
  /** Null while the moment of awareness is the reporter's, unconfirmed. */
  awareConfirmedAt: Instant.nullable(),
  awareConfirmedByName: z.string().nullable(),
  awareReason: z.string().nullable(),
  apNotifiedAt: Instant.nullable(),
  /** The AP's meldnummer. */
  apReference: z.string().nullable(),
  apReceivedAt: Instant.nullable(),
  /** Why the AP was notified after the 72 hours. */
  lateReason: z.string().nullable(),
  subjectsInformedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  updatedAt: Instant,
});

/** Everything the officer needs on one page (GET /api/breaches/:id). */
export const BreachDetail = z.object({
  now: Instant,
  breach: BreachRecord,
  /** The officer's facts, or while none are recorded, those the report suggests (read as stored: core StoredRegister). */
  register: complete(StoredRegister),
  /** False while the register is only what the report suggests. */
  registerRecorded: z.boolean(),
  registerMissing: z.array(Missing),
  deadline: Clock,
  careDuties: z.array(CareDuty),
  /** Whether the organisation falls under the Cyberbeveiligingswet (its settings). */
  cbwApplies: z.boolean(),
  proposal: NotificationProposal,
  /** Oldest first. */
  decisions: z.array(Decision),
  /** In the order they were sent. */
  apFollowUps: z.array(ApFollowUp),
  nextSteps: z.array(
    z.object({
      status: BreachStatus,
      check: z.discriminatedUnion('allowed', [
        z.object({ allowed: z.literal(true) }),
        z.object({ allowed: z.literal(false), reason: z.enum(TRANSITION_BLOCKS) }),
      ]),
    }),
  ),
  history: z.array(HistoryEntry),
  permissions: z.object({ handle: z.boolean() }),
});
export type BreachDetail = Json<typeof BreachDetail>;

/** A step in the workflow was taken. */
export const Transitioned = z.object({ status: BreachStatus });
export type Transitioned = Json<typeof Transitioned>;

/** The label sets of choice answers (keys of BREACH_LABELS in src/content/breach.ts). */
const AP_LABEL_SETS = [
  'notificationKinds',
  'legalRegimes',
  'otherSupervisors',
  'sectors',
  'apNatures',
  'incidentKinds',
  'dataCategories',
  'specialCategories',
  'subjectGroups',
  'protections',
  'dataConsequences',
  'peopleConsequences',
  'consequenceSeverities',
  'informMeans',
  'ongoing',
  'subjectsInformedAnswers',
] as const satisfies readonly ApLabelSet[];

const ApAnswerValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('choice'), labels: z.enum(AP_LABEL_SETS), keys: z.array(z.string()) }),
  z.object({ type: z.literal('moment'), at: Moment }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('range'), min: z.number(), max: z.number().nullable() }),
  z.object({ type: z.literal('yesNo'), value: z.boolean() }),
  /** Nothing to fill in: missing, or not applicable (see `applies`). */
  z.object({ type: z.literal('empty') }),
]);

/** One chapter of the AP's online form (1–10), each answer recorded, derived or missing (core/breach/ap-form.ts). */
export const ApFormChapter = z.object({
  number: z.number().int(),
  key: z.enum(AP_CHAPTERS),
  answers: z.array(
    z.object({
      question: z.enum(Object.values(AP_QUESTIONS).flat() as [ApQuestionKey, ...ApQuestionKey[]]),
      source: z.enum(AP_ANSWER_SOURCES),
      value: ApAnswerValue,
      /** False when the question does not apply (e.g. the late reason of a timely notification). */
      applies: z.boolean(),
    }),
  ),
});
export type ApFormChapter = Json<typeof ApFormChapter>;

export const ApForm = z.object({ reference: z.string(), chapters: z.array(ApFormChapter) });
export type ApForm = Json<typeof ApForm>;

/** A draft letter or e-mail to the people involved (art. 34(2)); [bracketed] prompts are for the officer to replace. */
export const LetterDraft = z.object({ subject: z.string(), body: z.string() });
export type LetterDraft = Json<typeof LetterDraft>;

/** The register's figures of one month of reports: handled within the 72 hours or not, and AP notifications. */
const FigureCounts = z.object({ reports: z.number().int(), inTime: z.number().int(), late: z.number().int(), apNotified: z.number().int() });

/** The figures over the last twelve settled months, for the board (counts only). */
export const BreachFigures = z.object({ months: z.array(FigureCounts.extend({ month: z.string() })), total: FigureCounts });
export type BreachFigures = Json<typeof BreachFigures>;

/** What the public report form needs before anyone fills it in. */
export const ReportForm = z.object({
  organisation: z.string(),
  requiresLogin: z.boolean(),
  defaultLocale: z.enum(LOCALES),
  /** Gives the examples the organisation's word for whom it cares for. */
  sector: z.enum(SECTORS),
});
export type ReportForm = Json<typeof ReportForm>;

/** A report came in: the reporter's reference (never the register number) and what happens next, in their language. */
export const ReportReceived = z.object({ reference: z.string(), reportedAt: z.iso.datetime(), whatHappensNext: z.array(z.string()) });
export type ReportReceived = Json<typeof ReportReceived>;

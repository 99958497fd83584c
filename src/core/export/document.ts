import { z } from 'zod';
import { ApDetails } from '../breach/ap-details.js';
import { FgAdvice, StoredProposal } from '../breach/decision.js';
import { StoredRegister } from '../breach/register.js';
import { BreachReport } from '../breach/report.js';
import { CheckinInput } from '../execution/checkins.js';
import { Plan } from '../interventions/candidates.js';
import { INDICATORS } from '../interventions/indicators.js';
import { BehaviourTags, FactorTags, FunctionTags } from '../interventions/library.js';
import { COMB_FACTORS } from '../comb.js';
import { SUBSTEP_KEYS } from '../steps.js';
import { KPI_MEASURES } from '../measurement/kpis.js';
import { StoredMeasurementPlan } from '../measurement/plan.js';
import { RoleTable } from '../role-table.js';
import { checkDefinitionSchema, type ScenarioCatalogue } from '../knowledge/definition.js';
import { CheckResults } from '../knowledge/results.js';
import { LOCALES } from '../locale.js';
import { ROLES } from '../roles.js';
import { SECTORS } from '../sector.js';
import { NewSurveyDefinition, SurveyDefinition } from '../survey/definition.js';
import { SurveyResults } from '../survey/results.js';
import { StoredWorksheet } from '../worksheets/index.js';
import { StorableJson, plainText } from '../worksheets/fields.js';
import { answerRowIssues } from './answer-rows.js';
import { RETENTION_MONTHS_MAX } from './retention.js';

/**
 * The organisation export: one versioned JSON document with everything an organisation made, for
 * backups and for moving to another server. Rows appear per table (camelCase columns, ids as they
 * were); `organisationId` is left out because the whole document is one organisation.
 *
 * Left out on purpose: password hashes, sessions, invitation and survey-invitation tokens, TOTP
 * secrets and the SSO client secret (credentials stay on the server that issued them, and sealed
 * values cannot be opened elsewhere anyway), login counters and locks, and the reminders already
 * sent (job state). Survey and knowledge-check answers, their tallies and the noise seeds stay
 * on the server too: a closed survey or check carries its results as released, an open one none
 * (docs/anonymity.md). Older documents carry answers and tallies, and still import.
 *
 * Parts added later are optional, so older documents stay valid under the same version.
 */
export const DOCUMENT_FORMAT = 'wegwijs-organisation';
export const DOCUMENT_VERSION = 1;

const id = z.uuid();
const ref = z.uuid().nullable();
const txt = () => plainText().max(100_000);
// Columns the app reads as one of a fixed list: an import may bring nothing else (its pages would fail to load).
const substepKey = z.enum(SUBSTEP_KEYS);
/** A moment PostgreSQL can store: it knows no year 0, and JavaScript writes years past 9999 in a form it does not read. */
const moment = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 1 && year <= 9999;
});
/** A JSON column: checked by organisationDocument with the schema the app reads it with (JSON_COLUMNS). */
const json = z.json();
/**
 * A survey's or check's release rules and results (docs/anonymity.md). The minimum travels; the
 * noise seed does not, nor do answers: a closed round carries its results as released
 * (`releasedResults`, checked by JSON_COLUMNS and against the round by answer-rows.ts), which the
 * import shows as they are. Both absent in exports from before them.
 */
const releaseFixings = {
  minGroupSize: z.number().int().min(3).max(50).nullable().optional(),
  releasedResults: json.nullable().optional(),
};
const day = z.iso.date();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(100_000);
const texts = list(txt());
const small = z.number().int().min(-32768).max(32767);
const RetentionMonths = z.number().int().min(1).max(RETENTION_MONTHS_MAX).nullable();

const tables = {
  users: z.object({
    id,
    email: z.email().max(254),
    name: txt(),
    roles: z.array(z.enum(ROLES)).min(1),
    locale: z.enum(LOCALES),
    status: z.enum(['invited', 'active', 'deactivated']),
    createdAt: moment,
  }),
  ssoIdentities: z.object({ userId: id, issuer: txt(), subject: txt(), createdAt: moment }),
  programmes: z.object({ id, title: txt(), problem: txt(), status: z.enum(['active', 'archived']), createdBy: ref, createdAt: moment, updatedAt: moment }),
  programmeMembers: z.object({ programmeId: id, userId: id, teamRole: txt(), addedAt: moment }),
  substepStates: z.object({
    programmeId: id,
    substepKey: substepKey,
    status: z.enum(['not_started', 'in_progress', 'done']),
    updatedBy: ref,
    updatedAt: moment,
  }),
  worksheetVersions: z.object({ id, programmeId: id, substepKey: substepKey, version: z.number().int(), data: json, authorId: ref, createdAt: moment }),
  surveys: z.object({
    id,
    programmeId: id,
    title: txt(),
    definition: json,
    status: z.enum(['draft', 'open', 'closed']),
    linkEnabled: z.boolean(),
    createdBy: ref,
    createdAt: moment,
    openedAt: moment.nullable(),
    closedAt: moment.nullable(),
    baselineSurveyId: ref,
    ...releaseFixings,
  }),
  // A group answer is null when the respondent did not say (or, in a cut-down tally, when it is not shown).
  surveyTallies: z.object({ surveyId: id, groups: list(txt().nullable()), n: z.number().int().min(0), counts: list(z.number().int().min(0)) }),
  // Older exports gave each answer its id and day, in the order they came in; the import makes new ones.
  surveyResponses: z.object({ surveyId: id, groups: list(txt().nullable()), answers: list(small), id: id.optional(), submittedOn: day.optional() }),
  organisationInterventions: z.object({
    id,
    title: txt(),
    description: txt(),
    example: txt(),
    functions: FunctionTags,
    factors: FactorTags,
    fits: BehaviourTags,
    effort: z.enum(['low', 'medium', 'high']),
    bcts: texts,
    createdBy: ref,
    createdAt: moment,
    updatedAt: moment,
  }),
  interventionCandidates: z.object({
    id,
    programmeId: id,
    libraryId: txt().nullable(),
    title: txt(),
    description: txt(),
    functions: FunctionTags,
    factors: FactorTags,
    bcts: texts,
    barrierIds: texts,
    shortlisted: z.boolean(),
    decision: z.enum(['chosen', 'rejected']).nullable(),
    rationale: txt(),
    plan: json.nullable(),
    createdBy: ref,
    createdAt: moment,
    updatedAt: moment,
  }),
  candidateVotes: z.object({ candidateId: id, userId: id, programmeId: id }),
  apeaseRatings: z.object({
    candidateId: id,
    userId: id,
    affordability: small.nullable(),
    practicability: small.nullable(),
    effectiveness: small.nullable(),
    acceptability: small.nullable(),
    sideEffects: small.nullable(),
    equity: small.nullable(),
    note: txt(),
    updatedAt: moment,
  }),
  checkins: z.object({
    id,
    programmeId: id,
    date: day,
    attendees: json,
    minutes: txt(),
    decisions: json,
    createdBy: ref,
    createdAt: moment,
    updatedAt: moment,
  }),
  actions: z.object({
    id,
    programmeId: id,
    candidateId: ref,
    title: txt(),
    description: txt(),
    ownerUserId: ref,
    ownerName: txt(),
    due: day.nullable(),
    status: z.enum(['todo', 'doing', 'done', 'dropped']),
    channel: txt(),
    doneOn: day.nullable(),
    checkinId: ref,
    createdBy: ref,
    createdAt: moment,
    updatedAt: moment,
  }),
  communicationItems: z.object({
    id,
    programmeId: id,
    audience: txt(),
    message: txt(),
    channel: txt(),
    planned: day.nullable(),
    ownerName: txt(),
    status: z.enum(['planned', 'done']),
    createdAt: moment,
    updatedAt: moment,
  }),
  kpis: z.object({
    id,
    programmeId: id,
    candidateId: ref,
    name: txt(),
    unit: txt(),
    indicator: z.enum(INDICATORS).nullable(),
    factor: z.enum(COMB_FACTORS).nullable(),
    /** Absent in documents from before KPIs said what they measure. */
    measures: z.enum(KPI_MEASURES).nullable().default(null),
    direction: z.enum(['increase', 'decrease']),
    baseline: z.number().nullable(),
    baselineDate: day.nullable(),
    target: z.number().nullable(),
    targetDate: day.nullable(),
    notes: txt(),
    createdAt: moment,
    updatedAt: moment,
  }),
  measurementPlans: z.object({ programmeId: id, plan: json, updatedBy: ref, updatedAt: moment }),
  stepRoleTables: z.object({ programmeId: id, step: z.number().int().min(1).max(6), roles: json, updatedBy: ref, updatedAt: moment }),
  kpiMeasurements: z.object({ id, kpiId: id, date: day, value: z.number(), note: txt(), createdBy: ref, createdAt: moment }),
  anchoringItems: z.object({
    id,
    programmeId: id,
    area: z.enum(['policy', 'onboarding', 'workInstructions', 'training', 'managementReview', 'other']),
    description: txt(),
    ownerUserId: ref,
    ownerName: txt(),
    due: day.nullable(),
    status: z.enum(['todo', 'done', 'notApplicable']),
    note: txt(),
    createdAt: moment,
    updatedAt: moment,
  }),
  breaches: z.object({
    id,
    reference: txt(),
    // The reporter's reference; absent in documents from before it, when the import draws one.
    publicReference: txt().optional(),
    status: z.enum(['reported', 'triage', 'assessed', 'notified', 'closed']),
    report: json,
    department: txt(),
    reportedBy: ref,
    reportedAt: moment,
    awareAt: moment,
    // The confirmation of awareness and the AP's meldnummer are absent in documents from before them.
    awareConfirmedAt: moment.nullable().default(null),
    awareConfirmedBy: ref.default(null),
    awareReason: txt().nullable().default(null),
    register: json.nullable(),
    apNotifiedAt: moment.nullable(),
    apReference: txt().nullable().default(null),
    apReceivedAt: moment.nullable().default(null),
    lateReason: txt().nullable(),
    subjectsInformedAt: moment.nullable(),
    closedAt: moment.nullable(),
    updatedAt: moment,
  }),
  breachSequences: z.object({ year: z.number().int(), last: z.number().int().min(0) }),
  breachDecisions: z.object({
    id,
    breachId: id,
    decidedBy: ref,
    decidedAt: moment,
    proposal: json,
    notifyAp: z.boolean(),
    informSubjects: z.boolean(),
    reasoning: txt(),
    fgAdvice: json.nullable().default(null),
  }),
  breachApFollowUps: z.object({
    id,
    breachId: id,
    kind: z.enum(['supplement', 'change', 'withdrawal']),
    sentAt: moment,
    apReceivedAt: moment.nullable(),
    note: txt(),
    recordedBy: ref,
    recordedAt: moment,
  }),
  knowledgeChecks: z.object({
    id,
    programmeId: ref,
    title: txt(),
    definition: json,
    status: z.enum(['draft', 'open', 'closed']),
    createdBy: ref,
    createdAt: moment,
    openedAt: moment.nullable(),
    closedAt: moment.nullable(),
    ...releaseFixings,
  }),
  knowledgeCheckTallies: z.object({ checkId: id, department: txt(), answers: list(small), n: z.number().int().min(0) }),
  knowledgeCheckResponses: z.object({ checkId: id, department: txt(), answers: list(small), correct: small, id: id.optional(), submittedOn: day.optional() }),
  auditLog: z.object({
    actorId: ref,
    actorName: txt(),
    action: txt(),
    entity: txt(),
    entityId: txt().nullable(),
    before: json.nullable(),
    after: json.nullable(),
    at: moment,
  }),
};

export type TableKey = keyof typeof tables;
export type TableRow<K extends TableKey> = z.infer<(typeof tables)[K]>;

/**
 * The tables in an order that inserts parents before the rows that point at them, and per table
 * the columns that point at a row of another table (which must then be in the document too);
 * `keys` names the primary key of a table without an id, which no two rows may share.
 */
export const TABLES: readonly { key: TableKey; refs: Record<string, TableKey>; keys?: string[] }[] = [
  { key: 'users', refs: {} },
  { key: 'ssoIdentities', refs: { userId: 'users' } },
  { key: 'programmes', refs: { createdBy: 'users' } },
  { key: 'programmeMembers', refs: { programmeId: 'programmes', userId: 'users' }, keys: ['programmeId', 'userId'] },
  { key: 'substepStates', refs: { programmeId: 'programmes', updatedBy: 'users' }, keys: ['programmeId', 'substepKey'] },
  { key: 'worksheetVersions', refs: { programmeId: 'programmes', authorId: 'users' } },
  { key: 'surveys', refs: { programmeId: 'programmes', createdBy: 'users', baselineSurveyId: 'surveys' } },
  { key: 'surveyTallies', refs: { surveyId: 'surveys' }, keys: ['surveyId', 'groups'] },
  { key: 'surveyResponses', refs: { surveyId: 'surveys' } },
  { key: 'organisationInterventions', refs: { createdBy: 'users' } },
  { key: 'interventionCandidates', refs: { programmeId: 'programmes', createdBy: 'users' } },
  { key: 'candidateVotes', refs: { candidateId: 'interventionCandidates', userId: 'users', programmeId: 'programmes' }, keys: ['candidateId', 'userId'] },
  { key: 'apeaseRatings', refs: { candidateId: 'interventionCandidates', userId: 'users' }, keys: ['candidateId', 'userId'] },
  { key: 'checkins', refs: { programmeId: 'programmes', createdBy: 'users' } },
  {
    key: 'actions',
    refs: { programmeId: 'programmes', candidateId: 'interventionCandidates', ownerUserId: 'users', checkinId: 'checkins', createdBy: 'users' },
  },
  { key: 'communicationItems', refs: { programmeId: 'programmes' } },
  { key: 'kpis', refs: { programmeId: 'programmes', candidateId: 'interventionCandidates' } },
  { key: 'kpiMeasurements', refs: { kpiId: 'kpis', createdBy: 'users' } },
  // Its outcome KPI is named inside the JSON: one that is not in the document reads as none chosen.
  { key: 'measurementPlans', refs: { programmeId: 'programmes', updatedBy: 'users' }, keys: ['programmeId'] },
  { key: 'stepRoleTables', refs: { programmeId: 'programmes', updatedBy: 'users' }, keys: ['programmeId', 'step'] },
  { key: 'anchoringItems', refs: { programmeId: 'programmes', ownerUserId: 'users' } },
  { key: 'breaches', refs: { reportedBy: 'users', awareConfirmedBy: 'users' } },
  { key: 'breachSequences', refs: {}, keys: ['year'] },
  { key: 'breachDecisions', refs: { breachId: 'breaches', decidedBy: 'users' } },
  { key: 'breachApFollowUps', refs: { breachId: 'breaches', recordedBy: 'users' } },
  { key: 'knowledgeChecks', refs: { programmeId: 'programmes', createdBy: 'users' } },
  { key: 'knowledgeCheckTallies', refs: { checkId: 'knowledgeChecks' }, keys: ['checkId', 'department', 'answers'] },
  { key: 'knowledgeCheckResponses', refs: { checkId: 'knowledgeChecks' } },
  // The log keeps who did it by name; ids of rows not in the document are kept as they were.
  { key: 'auditLog', refs: {} },
];

/**
 * Every JSON (jsonb) column of the document with the schema the app reads it with, so that an
 * import cannot store what a page then fails on (a 400 names table, row and field instead). Where
 * the app reads a column without a schema, the one its writer checks with; older shapes the app
 * still reads (a decision's proposal of its day, a worksheet's fields of an older form) pass.
 */
function jsonColumns(catalogue: ScenarioCatalogue) {
  return {
    worksheetVersions: { data: StoredWorksheet },
    surveys: { definition: SurveyDefinition, releasedResults: SurveyResults.nullable().default(null) },
    interventionCandidates: { plan: Plan.nullable() },
    measurementPlans: { plan: StoredMeasurementPlan },
    stepRoleTables: { roles: RoleTable },
    checkins: { attendees: CheckinInput.shape.attendees, decisions: CheckinInput.shape.decisions },
    breaches: { report: BreachReport, register: StoredRegister.nullable() },
    breachDecisions: { proposal: StoredProposal, fgAdvice: FgAdvice.nullable().default(null) },
    knowledgeChecks: { definition: checkDefinitionSchema(catalogue), releasedResults: CheckResults.nullable().default(null) },
    // Shown as JSON text on the audit page: any JSON the database can hold reads.
    auditLog: { before: StorableJson.nullable(), after: StorableJson.nullable() },
  } satisfies { [K in TableKey]?: { [C in keyof (typeof tables)[K]['shape']]?: z.ZodType } };
}
type JsonColumns = ReturnType<typeof jsonColumns>;

/** The JSON columns per table, by name (for the tests that keep every jsonb column checked). */
export const JSON_COLUMNS = Object.fromEntries(Object.entries(jsonColumns(new Map())).map(([key, columns]) => [key, Object.keys(columns)])) as {
  [K in keyof JsonColumns]: (keyof JsonColumns[K])[];
};

/**
 * The organisation document as an import reads it. The knowledge checks' scenarios are those of the
 * built-in set, which is content: passed in, as core knows no content.
 */
export function organisationDocument(catalogue: ScenarioCatalogue) {
  const checked: Record<string, Record<string, z.ZodType>> = jsonColumns(catalogue);
  // Typed as the rows above: a JSON column stays typed as JSON, whatever checks it.
  const tableArrays = Object.fromEntries(Object.entries(tables).map(([key, row]) => [key, list(row.extend(checked[key] ?? {}).strict())])) as {
    [K in TableKey]: z.ZodArray<(typeof tables)[K]>;
  };
  return (
    z
      .object({
        format: z.literal(DOCUMENT_FORMAT),
        // Only versions this server can read; a newer export needs a newer Wegwijs.
        version: z.literal(DOCUMENT_VERSION),
        exportedAt: moment,
        organisation: z
          .object({
            name: plainText().trim().min(2).max(160),
            minGroupSize: z.number().int().min(3).max(50),
            defaultLocale: z.enum(LOCALES),
            breachReportRequiresLogin: z.boolean(),
            /** Absent in documents from before the sector existed: the import then keeps the default (src/core/sector.ts). */
            sector: z.enum(SECTORS).optional(),
            /** Absent in documents from before the AP details existed; same version, as older documents stay valid. */
            apDetails: ApDetails.optional(),
            /** Months after a survey closed that its raw answers are kept; null keeps them. */
            surveyResponsesMonths: RetentionMonths,
            /** The same for knowledge checks; absent in documents from before it existed. */
            knowledgeResponsesMonths: RetentionMonths.default(null),
            /**
             * When an admin put the first-run checklist away (core/first-run.ts), so it stays away after a
             * move; absent in documents from before the checklist. Whether the report link was shared does
             * not travel: the import makes a new link, and the checklist asks for that one to be shared.
             */
            firstRunDismissedAt: moment.nullable().default(null),
          })
          .strict(),
        ...tableArrays,
        // Absent in documents from before the tallies: the import counts them from the answers.
        knowledgeCheckTallies: tableArrays.knowledgeCheckTallies.default([]),
        // Absent in documents from before the measurement worksheet.
        measurementPlans: tableArrays.measurementPlans.default([]),
        // Absent in documents from before teams could write their own who-does-what tables.
        stepRoleTables: tableArrays.stepRoleTables.default([]),
        // Absent in documents from before follow-ups to the AP were kept.
        breachApFollowUps: tableArrays.breachApFollowUps.default([]),
      })
      .strict()
      // Answers and tallies that do not fit their survey's or check's definition: named like a JSON column that does not read.
      .superRefine((document, ctx) => {
        for (const issue of answerRowIssues(document, catalogue)) ctx.addIssue({ code: 'custom', ...issue });
        // A survey still to be answered takes no statement twice, as when a team saves or opens it.
        document.surveys.forEach((survey, i) => {
          if (survey.status === 'closed') return;
          const checked = NewSurveyDefinition.safeParse(survey.definition);
          // Only the repeats: a definition that does not read at all is named by JSON_COLUMNS already.
          for (const issue of checked.error?.issues.filter((x) => x.code === 'custom') ?? [])
            ctx.addIssue({ ...issue, path: ['surveys', i, 'definition', ...issue.path] } as z.core.$ZodRawIssue);
        });
      })
  );
}
export type OrganisationDocument = z.infer<ReturnType<typeof organisationDocument>>;

/**
 * A row whose primary key an earlier row of its table already has, as a field path like
 * "stepRoleTables.1.step" (the key's last column), so the import names it instead of failing on
 * the database's unique index.
 */
export function findDuplicateKey(document: OrganisationDocument): string | null {
  for (const { key, keys } of TABLES) {
    if (!keys) continue;
    const seen = new Set<string>();
    for (const [i, row] of (document[key] as Record<string, unknown>[]).entries()) {
      const value = JSON.stringify(keys.map((column) => row[column]));
      if (seen.has(value)) return `${key}.${i}.${keys.at(-1)}`;
      seen.add(value);
    }
  }
  return null;
}

/** A reference to a row the document does not hold, as a field path like "actions.3.candidateId". */
export function findDanglingReference(document: OrganisationDocument): string | null {
  const ids = new Map<TableKey, Set<string>>();
  for (const { key } of TABLES) {
    const seen = new Set<string>();
    for (const [i, row] of (document[key] as { id?: string }[]).entries()) {
      if (row.id === undefined) continue;
      if (seen.has(row.id)) return `${key}.${i}.id`;
      seen.add(row.id);
    }
    ids.set(key, seen);
  }
  for (const { key, refs } of TABLES) {
    for (const [i, row] of (document[key] as Record<string, unknown>[]).entries()) {
      for (const [column, target] of Object.entries(refs)) {
        const value = row[column];
        if (value !== null && !ids.get(target)!.has(value as string)) return `${key}.${i}.${column}`;
      }
    }
  }
  return null;
}

/**
 * The document's rows with fresh ids: every id in it, wherever it appears (columns, worksheet
 * data, audit entries), is replaced by its new id, so references stay consistent. Ids are uuids,
 * so a text that merely equals one does not occur.
 */
export function withFreshIds(document: OrganisationDocument, newId: () => string): { [K in TableKey]: TableRow<K>[] } {
  const fresh = new Map<string, string>();
  for (const { key } of TABLES) {
    for (const row of document[key] as { id?: string }[]) if (row.id !== undefined) fresh.set(row.id, newId());
  }
  const remap = (value: unknown): unknown => {
    if (typeof value === 'string') return fresh.get(value) ?? value;
    if (Array.isArray(value)) return value.map(remap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)]));
    return value;
  };
  return Object.fromEntries(TABLES.map(({ key }) => [key, (document[key] as unknown[]).map(remap)])) as { [K in TableKey]: TableRow<K>[] };
}

/** Columns that only older exports carry: read, never written again (they told when an answer came in). */
const OLDER_EXPORTS_ONLY: { [K in TableKey]?: string[] } = { surveyResponses: ['id', 'submittedOn'], knowledgeCheckResponses: ['id', 'submittedOn'] };

/** The columns a table's rows carry in the document. */
export const documentColumns = (key: TableKey): string[] => Object.keys(tables[key].shape).filter((c) => !OLDER_EXPORTS_ONLY[key]?.includes(c));

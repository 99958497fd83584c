import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApDetailsInput } from '#core/breach/ap-details.js';
import type { FgAdvice, StoredProposal } from '#core/breach/decision.js';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { BreachReport } from '#core/breach/report.js';
import type { Plan } from '#core/interventions/candidates.js';
import type { ShareSettings } from '#core/masterclass/sharing.js';
import type { ObserverScoresInput as ObserverScores } from '#core/masterclass/roleplay.js';
import type { ExchangeEffect } from '#core/masterclass/exchange.js';
import type { CheckDefinition } from '#core/knowledge/definition.js';
import type { CheckResults } from '#core/knowledge/results.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import type { SurveyResults } from '#core/survey/results.js';
import type { StoredWorksheet } from '#core/worksheets/index.js';

const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/** Values this installation keeps for itself, such as the generated session secret. */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** One-time tokens that allow creating the first organisation. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: createdAt(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

export const organisations = pgTable('organisations', {
  id: id(),
  name: text('name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  /** Survey results of smaller groups are never shown (privacy; never below 3). */
  minGroupSize: integer('min_group_size').notNull().default(5),
  defaultLocale: text('default_locale').notNull().default('nl'),
  /** The care sector (src/core/sector.ts): gives the texts their word for the person receiving care. */
  sector: text('sector').notNull().default('hospital'),
  /** The unguessable part of the staff's link to report a data breach (/melden/<slug>). */
  breachSlug: text('breach_slug')
    .notNull()
    .default(sql`replace(gen_random_uuid()::text, '-', '')`)
    .unique(),
  /** Whether reporting a breach needs an account (login or SSO) instead of the open link. */
  breachReportRequiresLogin: boolean('breach_report_requires_login').notNull().default(false),
  /** The organisation's details for the AP's notification form (core/breach/ap-details.ts); a row from before a field existed lacks it (readApDetails). */
  apDetails: jsonb('ap_details').$type<ApDetailsInput>().notNull().default({}),
  /** Survey invitation mails a day (src/core/survey/invitations.ts); the operator's maximum caps it. */
  surveyInvitationsPerDay: integer('survey_invitations_per_day').notNull().default(500),
  /** When an admin first downloaded the report link's QR code or copied the link (the first-run checklist, core/first-run.ts). */
  breachLinkSharedAt: timestamp('breach_link_shared_at', { withTimezone: true }),
  /** When an admin put the first-run checklist away. */
  firstRunDismissedAt: timestamp('first_run_dismissed_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * The users that hold their address across the installation, so that login needs only the address:
 * active ones, and any with a password. An invitation not yet accepted holds nothing.
 */
export const holdsAddress = (t: { status: AnyPgColumn; passwordHash: AnyPgColumn }) => sql`(${t.status} = 'active' or ${t.passwordHash} is not null)`;

export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: organisationId(),
    /** Stored lower-case; one account per address across the installation (holdsAddress). */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    roles: text('roles').array().notNull(),
    locale: text('locale').notNull().default('nl'),
    status: text('status', { enum: ['invited', 'active', 'deactivated'] }).notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email).where(holdsAddress(t)),
    // An organisation invites an address once; others may invite it too (answering otherwise would
    // tell their admins that the address has an account elsewhere).
    uniqueIndex('users_organisation_email_unique').on(t.organisationId, t.email),
    index('users_organisation_idx').on(t.organisationId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** Hash of the cookie token: a stolen database dump does not yield usable sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    csrfToken: text('csrf_token').notNull(),
    /** Set when single sign-on opened the session: the provider's ID token, sealed, for the id_token_hint of the logout there. */
    ssoIdTokenSealed: text('sso_id_token_sealed'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_unique').on(t.tokenHash)],
);

export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    problem: text('problem').notNull().default(''),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programmes_organisation_idx').on(t.organisationId)],
);

export const programmeMembers = pgTable(
  'programme_members',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    teamRole: text('team_role').notNull().default(''),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] })],
);

export const substepStates = pgTable(
  'substep_states',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    substepKey: text('substep_key').notNull(),
    status: text('status', { enum: ['not_started', 'in_progress', 'done'] }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.substepKey] })],
);

/** Every saved state of a sub-step's worksheet (for now: its notes); edits append a version. */
export const worksheetVersions = pgTable(
  'worksheet_versions',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    substepKey: text('substep_key').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<StoredWorksheet>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('worksheet_versions_unique').on(t.programmeId, t.substepKey, t.version)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id'),
    /** Kept as text so the log still reads after a user is removed. */
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_organisation_at_idx').on(t.organisationId, t.at)],
);

/**
 * A staff survey of a programme (3.3). The definition (statements, scale, grouping questions) is
 * frozen when the survey opens. `publicSlug` is the unguessable part of the anonymous link.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Core SurveyDefinition, which older definitions fit too (without behaviourTe/En, or with a statement twice). */
    definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
    status: text('status', { enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    /** Whether anyone with the link may answer; otherwise only holders of an e-mailed invitation. */
    linkEnabled: boolean('link_enabled').notNull().default(true),
    publicSlug: text('public_slug').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** A follow-up ("1-meting", step 6.1) repeats this baseline survey and is compared with it. */
    baselineSurveyId: uuid('baseline_survey_id').references((): AnyPgColumn => surveys.id, { onDelete: 'set null' }),
    /**
     * Fixed when the survey opens: the minimum group size its results use, so no later change of the
     * organisation's setting releases a second view to subtract from the first (docs/anonymity.md).
     */
    minGroupSize: integer('min_group_size'),
    /** Fixed when the survey opens and never sent out: the seed of its results' noise (src/core/survey/noise.ts). */
    noiseSeed: text('noise_seed'),
    /**
     * Set on a survey taken over from an organisation export: its results as they were released
     * there (core SurveyResults). The export carries these figures, never the answers or the seed.
     */
    releasedResults: jsonb('released_results').$type<SurveyResults>(),
  },
  (t) => [uniqueIndex('surveys_public_slug_unique').on(t.publicSlug), index('surveys_programme_idx').on(t.programmeId)],
);

/**
 * Single-use e-mail invitations. Kept apart from the answers and deliberately thin: no address, no
 * times, only whether the token was used, so nothing links an answer to a person.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    tokenHash: text('token_hash').primaryKey(),
    organisationId: organisationId(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    used: boolean('used').notNull().default(false),
  },
  (t) => [index('survey_invitations_survey_idx').on(t.surveyId)],
);

/**
 * Invitation mails waiting for their job ('survey-invitations'): the address is kept only until its
 * mail goes out, as the row is deleted in the transaction that sends it (src/server/mail/send-once.ts).
 */
export const surveyInvitationOutbox = pgTable(
  'survey_invitation_outbox',
  {
    id: id(),
    organisationId: organisationId(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    batchId: uuid('batch_id').notNull(),
    email: text('email').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_invitation_outbox_batch_idx').on(t.batchId)],
);

/** How many invitation mails an organisation queued on each (Amsterdam) day: its daily limit counts these. */
export const surveyInvitationDays = pgTable(
  'survey_invitation_days',
  {
    organisationId: organisationId(),
    day: date('day').notNull(),
    mails: integer('mails').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.day] })],
);

/**
 * One anonymous response: answers and group answers by position in the frozen definition, and the
 * day it came in. No user, no address, no moment; the random id carries no order either.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    organisationId: organisationId(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    submittedOn: date('submitted_on').notNull(),
    groups: text('groups').array().notNull(),
    answers: smallint('answers').array().notNull(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId)],
);

/**
 * A closed survey's answers counted per combination of group answers (`counts`: per item, how many
 * chose each point of the scale). Counted once in SQL when the survey closes: results are read
 * from here, and these counts can outlive the raw responses when those are deleted after a while.
 */
export const surveyTallies = pgTable(
  'survey_tallies',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    groups: text('groups').array().notNull(),
    n: integer('n').notNull(),
    counts: integer('counts').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.groups] })],
);

/**
 * How many answers an open survey holds, per day of answering, so reading the count costs the same
 * at ten answers or a million (issue 19). Written in the statement that stores the answers; each
 * statement adds to one of a few stripes (summed on read), so statements running at once seldom
 * wait for each other's row lock. The day is the answers' own (`survey_responses.submitted_on`),
 * read only for the live count; closing deletes these rows, as it erases the answers' days.
 */
export const surveyResponseCounts = pgTable(
  'survey_response_counts',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    day: date('day').notNull(),
    stripe: smallint('stripe').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.day, t.stripe] })],
);

/** An organisation's own interventions, next to the built-in library (step 4). */
export const organisationInterventions = pgTable(
  'organisation_interventions',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    example: text('example').notNull().default(''),
    functions: text('functions').array().notNull(),
    factors: text('factors').array().notNull(),
    fits: text('fits').array().notNull(),
    effort: text('effort', { enum: ['low', 'medium', 'high'] }).notNull(),
    bcts: text('bcts').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_interventions_organisation_idx').on(t.organisationId)],
);

/**
 * A candidate intervention of a programme (4.2–4.4). A library intervention is copied in, so the
 * programme keeps what the team chose even when the library changes; `libraryId` says where from.
 */
export const interventionCandidates = pgTable(
  'intervention_candidates',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    libraryId: text('library_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    functions: text('functions').array().notNull(),
    factors: text('factors').array().notNull(),
    bcts: text('bcts').array().notNull(),
    barrierIds: text('barrier_ids').array().notNull(),
    shortlisted: boolean('shortlisted').notNull().default(false),
    decision: text('decision', { enum: ['chosen', 'rejected'] }),
    rationale: text('rationale').notNull().default(''),
    plan: jsonb('plan').$type<Plan>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intervention_candidates_programme_idx').on(t.programmeId)],
);

/** A member's dot on a candidate (4.2); each member has a few dots per programme. */
export const candidateVotes = pgTable(
  'candidate_votes',
  {
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => interventionCandidates.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.userId] }), index('candidate_votes_programme_user_idx').on(t.programmeId, t.userId)],
);

/** A member's APEASE ratings of a candidate (4.3): 1 (poor) to 5 (good), null for "don't know". */
export const apeaseRatings = pgTable(
  'apease_ratings',
  {
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => interventionCandidates.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    affordability: smallint('affordability'),
    practicability: smallint('practicability'),
    effectiveness: smallint('effectiveness'),
    acceptability: smallint('acceptability'),
    sideEffects: smallint('side_effects'),
    equity: smallint('equity'),
    note: text('note').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.userId] })],
);

/**
 * An action of the action plan (5.1): what, by whom (an account or just a name: owners often are
 * team managers without one), when, and for which chosen intervention, if any.
 */
export const actions = pgTable(
  'actions',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id').references(() => interventionCandidates.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull(),
    due: date('due'),
    status: text('status', { enum: ['todo', 'doing', 'done', 'dropped'] })
      .notNull()
      .default('todo'),
    channel: text('channel').notNull().default(''),
    /** The day it was marked done (for "done since the last check-in"). */
    doneOn: date('done_on'),
    /** The check-in at which the action was agreed, if any. */
    checkinId: uuid('checkin_id').references((): AnyPgColumn => checkins.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('actions_programme_idx').on(t.programmeId), index('actions_owner_due_idx').on(t.ownerUserId, t.due)],
);

/** 5.1 communication plan: which message reaches which audience through which channel, and when. */
export const communicationItems = pgTable(
  'communication_items',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    audience: text('audience').notNull(),
    message: text('message').notNull(),
    channel: text('channel').notNull(),
    planned: date('planned'),
    ownerName: text('owner_name').notNull().default(''),
    status: text('status', { enum: ['planned', 'done'] })
      .notNull()
      .default('planned'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('communication_items_programme_idx').on(t.programmeId)],
);

/** 5.3 a check-in (voortgangsoverleg) of the core team: who came, the minutes and the decisions. */
export const checkins = pgTable(
  'checkins',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    attendees: jsonb('attendees').$type<string[]>().notNull(),
    minutes: text('minutes').notNull().default(''),
    /** Decisions as core/execution/checkins.ts describes them: id, text, open, due. */
    decisions: jsonb('decisions').$type<{ id: string; text: string; open: boolean; due: string | null }[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('checkins_programme_date_unique').on(t.programmeId, t.date)],
);

/** 6.1 a KPI of a programme: built-in (fed by Wegwijs) or counted by the team. */
export const kpis = pgTable(
  'kpis',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** The chosen intervention whose effect it measures, if one. */
    candidateId: uuid('candidate_id').references(() => interventionCandidates.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    indicator: text('indicator'),
    /** For the survey-factor indicator: the COM-B factor whose score it follows. */
    factor: text('factor'),
    /** For a KPI of the team's own: what it measures (core/measurement/plan.ts KPI_MEASURES); built-in indicators say it themselves. */
    measures: text('measures'),
    direction: text('direction', { enum: ['increase', 'decrease'] }).notNull(),
    baseline: doublePrecision('baseline'),
    baselineDate: date('baseline_date'),
    target: doublePrecision('target'),
    targetDate: date('target_date'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kpis_programme_idx').on(t.programmeId)],
);

/** The measurement worksheet of a programme (core/measurement/plan.ts): one per programme, beside the steps. */
export const measurementPlans = pgTable('measurement_plans', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  /** A core MeasurementPlan as written; one an older version wrote may no longer fit it, so it is read with StoredMeasurementPlan.safeParse. */
  plan: jsonb('plan').$type<Record<string, unknown>>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A programme's own who-does-what table for one step (core/role-table.ts); a step without a row
 * shows the content's default.
 */
export const stepRoleTables = pgTable(
  'step_role_tables',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    step: smallint('step').notNull(),
    organisationId: organisationId(),
    /** A core RoleTable as written; one an older version wrote may no longer fit it, so it is read with RoleTable.safeParse. */
    roles: jsonb('roles').$type<Record<string, unknown>>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.step] }), check('step_role_tables_step', sql`${t.step} between 1 and 6`)],
);

/** One measurement of a KPI on a day, entered by the team. */
export const kpiMeasurements = pgTable(
  'kpi_measurements',
  {
    id: id(),
    organisationId: organisationId(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('kpi_measurements_kpi_idx').on(t.kpiId)],
);

/** 6.2 anchoring checklist: where what works is embedded, by whom, and whether it is done. */
export const anchoringItems = pgTable(
  'anchoring_items',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    area: text('area', { enum: ['policy', 'onboarding', 'workInstructions', 'training', 'managementReview', 'other'] }).notNull(),
    description: text('description').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull().default(''),
    due: date('due'),
    status: text('status', { enum: ['todo', 'done', 'notApplicable'] })
      .notNull()
      .default('todo'),
    /** Where it is laid down, or why it does not apply. */
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('anchoring_items_programme_idx').on(t.programmeId)],
);

/**
 * Reminders already e-mailed, by a key naming what and for whom (e.g. "checkin:<programme>:<day>:<user>"):
 * inserting the key and sending happen in one transaction, so each reminder goes out once however
 * many app instances run the job.
 */
export const sentReminders = pgTable('sent_reminders', {
  key: text('key').primaryKey(),
  organisationId: organisationId(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The steps a breach goes through in the register; `closed` is final. */
export const BREACH_STATUSES = ['reported', 'triage', 'assessed', 'notified', 'closed'] as const;

/**
 * A data breach (datalek) in the register (AVG art. 33(5)): the staff member's report, kept as sent,
 * and the privacy officer's handling. `awareAt` starts the 72 hours: until the officer confirms it
 * (`awareConfirmedAt`), it is the moment the reporter noticed the breach (never after the report came in).
 */
export const breaches = pgTable(
  'breaches',
  {
    id: id(),
    organisationId: organisationId(),
    /** The register number, e.g. "DL-2026-0042": per organisation and year, in order (breach_sequences); the officer's only. */
    reference: text('reference').notNull(),
    /** What the reporter and people outside are given, e.g. "K7QM-4XPD-2H": random, so it tells nobody how many breaches there were. */
    publicReference: text('public_reference').notNull(),
    status: text('status', { enum: BREACH_STATUSES }).notNull().default('reported'),
    /** The report as the staff member sent it (src/core/breach); never changed afterwards. */
    report: jsonb('report').$type<BreachReport>().notNull(),
    /** The department the report came from, as the reporter chose it: for the statistics. */
    department: text('department').notNull().default(''),
    /** The account that reported, when the organisation requires login; null for the open link. */
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    awareAt: timestamp('aware_at', { withTimezone: true }).notNull().defaultNow(),
    /** When and by whom the moment of awareness was confirmed; null while it is the reporter's moment, unconfirmed. */
    awareConfirmedAt: timestamp('aware_confirmed_at', { withTimezone: true }),
    awareConfirmedBy: uuid('aware_confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Why this moment, when it differs from the reporter's. */
    awareReason: text('aware_reason'),
    /** The privacy officer's facts: classification, data, people, encryption, cause, measures (src/core/breach); an entry from before a field existed lacks it (readStoredRegister). */
    register: jsonb('register').$type<BreachRegisterInput>(),
    apNotifiedAt: timestamp('ap_notified_at', { withTimezone: true }),
    /** The AP's number for the notification (meldnummer), needed for every follow-up, and when the AP confirmed receipt. */
    apReference: text('ap_reference'),
    apReceivedAt: timestamp('ap_received_at', { withTimezone: true }),
    /** Why the regulator was notified after the 72 hours (art. 33(1)); required then. */
    lateReason: text('late_reason'),
    subjectsInformedAt: timestamp('subjects_informed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('breaches_reference_unique').on(t.organisationId, t.reference),
    uniqueIndex('breaches_public_reference_unique').on(t.organisationId, t.publicReference),
    index('breaches_status_idx').on(t.organisationId, t.status),
  ],
);

/** The last reference number given per organisation and year; `insert … on conflict do update` makes the next one atomically. */
export const breachSequences = pgTable(
  'breach_sequences',
  {
    organisationId: organisationId(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/**
 * The notification decisions on a breach, newest last and never changed: whether to notify the AP and
 * to inform the people involved, the officer's reasoning, and the method's proposal as it stood.
 */
export const breachDecisions = pgTable(
  'breach_decisions',
  {
    id: id(),
    organisationId: organisationId(),
    breachId: uuid('breach_id')
      .notNull()
      .references(() => breaches.id, { onDelete: 'cascade' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** The method's proposal of its day (core NotificationProposal when written), never rewritten: read as core StoredProposal. */
    proposal: jsonb('proposal').$type<StoredProposal>().notNull(),
    notifyAp: boolean('notify_ap').notNull(),
    informSubjects: boolean('inform_subjects').notNull(),
    reasoning: text('reasoning').notNull(),
    /** The FG's advice the decision was taken on (art. 38(1), 39(1)(a)): core FgAdvice; null when none was asked. */
    fgAdvice: jsonb('fg_advice').$type<FgAdvice>(),
  },
  (t) => [index('breach_decisions_breach_idx').on(t.breachId)],
);

/** What a later message to the AP about a notification does (phased notification, art. 33(4)). */
export const AP_FOLLOW_UP_KINDS = ['supplement', 'change', 'withdrawal'] as const;

/** Messages to the AP after the first notification, oldest first and never changed: the history the AP's meldnummer ties together. */
export const breachApFollowUps = pgTable(
  'breach_ap_follow_ups',
  {
    id: id(),
    organisationId: organisationId(),
    breachId: uuid('breach_id')
      .notNull()
      .references(() => breaches.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: AP_FOLLOW_UP_KINDS }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    apReceivedAt: timestamp('ap_received_at', { withTimezone: true }),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('breach_ap_follow_ups_breach_idx').on(t.breachId)],
);

/**
 * A knowledge check for staff: scenarios from the built-in set (by key), asked anonymously through a
 * link. Linked to a programme when it serves as a step-3 measurement or a step-4 training.
 */
export const knowledgeChecks = pgTable(
  'knowledge_checks',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** The scenario keys and the department choices; frozen when the check opens. */
    definition: jsonb('definition').$type<CheckDefinition>().notNull(),
    status: text('status', { enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    publicSlug: text('public_slug').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Fixed when the check opens, as for surveys: one minimum and one noise for every view of its results. */
    minGroupSize: integer('min_group_size'),
    noiseSeed: text('noise_seed'),
    /** As for surveys: a check taken over from an export keeps its results as released there (core CheckResults). */
    releasedResults: jsonb('released_results').$type<CheckResults>(),
  },
  (t) => [uniqueIndex('knowledge_checks_public_slug_unique').on(t.publicSlug), index('knowledge_checks_organisation_idx').on(t.organisationId)],
);

/** One anonymous run through a check: the chosen option per scenario, the score and the day; nothing about the person. */
export const knowledgeCheckResponses = pgTable(
  'knowledge_check_responses',
  {
    id: id(),
    organisationId: organisationId(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => knowledgeChecks.id, { onDelete: 'cascade' }),
    submittedOn: date('submitted_on').notNull(),
    /** The department chosen from the check's list, or '' when the check does not ask. */
    department: text('department').notNull(),
    answers: smallint('answers').array().notNull(),
    /**
     * Right answers among the check's scored scenarios (withdrawn ones count for none,
     * src/core/knowledge/scoring.ts), as the respondent was told. Results are counted from
     * `answers`, not from here; a response stored before a scenario was withdrawn may count it.
     */
    correct: smallint('correct').notNull(),
  },
  (t) => [index('knowledge_check_responses_check_idx').on(t.checkId)],
);

/**
 * A closed check's answers counted per department ('' as in the responses) and combination of
 * chosen options. Counted once in SQL when the check closes: results are read from here, and these
 * counts outlive the raw responses when those are deleted after a while (retention).
 */
export const knowledgeCheckTallies = pgTable(
  'knowledge_check_tallies',
  {
    checkId: uuid('check_id')
      .notNull()
      .references(() => knowledgeChecks.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    department: text('department').notNull(),
    answers: smallint('answers').array().notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.department, t.answers] })],
);

/** An open knowledge check's answers per day, kept as `surveyResponseCounts` keeps a survey's. */
export const knowledgeCheckResponseCounts = pgTable(
  'knowledge_check_response_counts',
  {
    checkId: uuid('check_id')
      .notNull()
      .references(() => knowledgeChecks.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    day: date('day').notNull(),
    stripe: smallint('stripe').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.day, t.stripe] })],
);

/**
 * Single sign-on with OpenID Connect: at most one provider per organisation. The client secret is
 * sealed with a key derived from the session secret and never sent back by the API.
 */
export const organisationSso = pgTable('organisation_sso', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** What staff type on the login page, lower case; also the part of /api/auth/sso/<loginName>/start. */
  loginName: text('login_name').notNull().unique(),
  enabled: boolean('enabled').notNull().default(true),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretSealed: text('client_secret_sealed').notNull(),
  /** Every account made by a first login gets this role. */
  defaultRole: text('default_role').notNull(),
  /** The claim that lists the user's groups; '' = roles are not taken from groups. */
  groupClaim: text('group_claim').notNull().default(''),
  groupRoles: jsonb('group_roles').$type<{ group: string; role: string }[]>().notNull().default([]),
  /** Password login off for everyone but administrators (their break-glass access). */
  ssoOnly: boolean('sso_only').notNull().default(false),
  /** Logging out of Wegwijs also ends the session at the provider (shared computers); on for existing configurations too. */
  logoutAtProvider: boolean('logout_at_provider').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The identity at the organisation's provider (issuer + subject, as OpenID Connect names a person) an account logs in with. */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sso_identities_subject_unique').on(t.organisationId, t.issuer, t.subject)],
);

/** A local account's TOTP second factor: pending until confirmed with a first code. */
export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  secretSealed: text('secret_sealed').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** The last 30-second time step a code was accepted for: no code is accepted twice. */
  lastStep: bigint('last_step', { mode: 'number' }),
  /** Keyed hashes of the recovery codes not used yet. */
  recoveryCodes: text('recovery_codes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: createdAt(),
});

/**
 * Rate-limit windows shared by all app instances: one row per limited route and client address,
 * counted by one atomic upsert per request. Rows whose window has passed are deleted now and then.
 * `key` is a keyed hash of route and address, never the address itself.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
);

/** How long an organisation keeps raw answers (retention); no row, or null, keeps them. */
export const organisationRetention = pgTable('organisation_retention', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** Raw survey answers are deleted this many months after the survey closed; the tallies stay. */
  surveyResponsesMonths: integer('survey_responses_months'),
  /** Raw knowledge-check answers are deleted this many months after the check closed; the tallies stay. */
  knowledgeResponsesMonths: integer('knowledge_responses_months'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/*
 * The masterclass (docs/masterclass.md). A cohort and what the trainers plan belong to the training
 * organisation; a participation and everything it hands in, publishes or is told belongs to the
 * participating organisation (its organisation_id), so its own export and erasure take it along.
 */

/** A masterclass of a training organisation; organisations join it with its code. */
export const cohorts = pgTable(
  'cohorts',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    /** Eight characters of core/masterclass/cohort.ts CODE_ALPHABET, stored without the dash. */
    code: text('code').notNull().unique(),
    capacity: integer('capacity').notNull(),
    /** Days trainers keep what was shared once the cohort is closed. */
    retentionDays: integer('retention_days').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('cohorts_organisation_idx').on(t.organisationId)],
);

const cohortId = () =>
  uuid('cohort_id')
    .notNull()
    .references(() => cohorts.id, { onDelete: 'cascade' });

export const cohortSessions = pgTable(
  'cohort_sessions',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull(),
    place: text('place').notNull().default(''),
    videoLink: text('video_link').notNull().default(''),
    steps: integer('steps').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('cohort_sessions_cohort_idx').on(t.cohortId)],
);

export const cohortAssignments = pgTable(
  'cohort_assignments',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => cohortSessions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    /** A sub-step key, 'plan' (the plan van aanpak draft) or null. */
    relatesTo: text('relates_to'),
    dueDate: date('due_date').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('cohort_assignments_cohort_idx').on(t.cohortId)],
);

/** One organisation in a cohort with one of its programmes; what it shares is its own to change. */
export const cohortParticipations = pgTable(
  'cohort_participations',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    shares: jsonb('shares').$type<ShareSettings>().notNull(),
    joinedBy: uuid('joined_by').references(() => users.id, { onDelete: 'set null' }),
    joinedAt: createdAt(),
  },
  (t) => [uniqueIndex('cohort_participations_once').on(t.cohortId, t.organisationId)],
);

const participationId = () =>
  uuid('participation_id')
    .notNull()
    .references(() => cohortParticipations.id, { onDelete: 'cascade' });

/** The one or two people (the duo) who take part for their organisation. */
export const cohortParticipants = pgTable(
  'cohort_participants',
  {
    participationId: participationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
  },
  (t) => [primaryKey({ columns: [t.participationId, t.userId] })],
);

/** A subgroup the trainer formed for one assignment, mixing organisations. */
export const cohortSubgroups = pgTable(
  'cohort_subgroups',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => cohortAssignments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [index('cohort_subgroups_assignment_idx').on(t.assignmentId)],
);

export const cohortSubgroupMembers = pgTable(
  'cohort_subgroup_members',
  {
    subgroupId: uuid('subgroup_id')
      .notNull()
      .references(() => cohortSubgroups.id, { onDelete: 'cascade' }),
    /** Repeated from the subgroup so one participation sits in one subgroup per assignment (the unique index). */
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => cohortAssignments.id, { onDelete: 'cascade' }),
    participationId: participationId(),
  },
  (t) => [primaryKey({ columns: [t.subgroupId, t.participationId] }), uniqueIndex('cohort_subgroup_members_once').on(t.assignmentId, t.participationId)],
);

/** A participation's answer to an assignment: text, a shared worksheet, or both. */
export const cohortSubmissions = pgTable(
  'cohort_submissions',
  {
    id: id(),
    organisationId: organisationId(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => cohortAssignments.id, { onDelete: 'cascade' }),
    participationId: participationId(),
    text: text('text').notNull().default(''),
    /** A sub-step whose worksheet the submission points at, at the version it had when handed in. */
    worksheet: text('worksheet'),
    worksheetVersion: integer('worksheet_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cohort_submissions_once').on(t.assignmentId, t.participationId)],
);

/** Feedback on a shared item ('plan' or a sub-step key) of a participation, and the duo's answers. */
export const cohortComments = pgTable(
  'cohort_comments',
  {
    id: id(),
    organisationId: organisationId(),
    participationId: participationId(),
    item: text('item').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => cohortComments.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kept as text, with the author's organisation, so the thread still reads after a user is removed. */
    authorName: text('author_name').notNull(),
    authorOrganisation: text('author_organisation').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('cohort_comments_participation_idx').on(t.participationId, t.item)],
);

/** A role-play round of interview practice: the interviewer's organisation keeps it. */
export const roleplayRounds = pgTable(
  'roleplay_rounds',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    subgroupId: uuid('subgroup_id')
      .notNull()
      .references(() => cohortSubgroups.id, { onDelete: 'cascade' }),
    /** The interviewer's participation: its programme's interview guide is practised. */
    participationId: participationId(),
    interviewerId: uuid('interviewer_id').references(() => users.id, { onDelete: 'set null' }),
    colleagueId: uuid('colleague_id').references(() => users.id, { onDelete: 'set null' }),
    observerId: uuid('observer_id').references(() => users.id, { onDelete: 'set null' }),
    personaKey: text('persona_key').notNull(),
    scores: jsonb('scores').$type<ObserverScores>(),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
    /** The interviewer may show the scores to the trainers; otherwise they see only that the round happened. */
    sharedWithTrainers: boolean('shared_with_trainers').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('roleplay_rounds_subgroup_idx').on(t.subgroupId)],
);

/** An intervention an organisation published to its cohort, with its context and, when measured, its effect. */
export const exchangeItems = pgTable(
  'exchange_items',
  {
    id: id(),
    organisationId: organisationId(),
    cohortId: cohortId(),
    participationId: participationId(),
    title: text('title').notNull(),
    /** A care sector (core/sector.ts). */
    setting: text('setting').notNull(),
    /** A target-behaviour tag (core/interventions/library.ts) and the behaviour in the organisation's words. */
    targetBehaviour: text('target_behaviour').notNull(),
    behaviour: text('behaviour').notNull(),
    /** A COM-B factor (core/comb.ts). */
    barrier: text('barrier').notNull(),
    whatWeDid: text('what_we_did').notNull(),
    functions: text('functions').array().notNull(),
    effort: text('effort', { enum: ['low', 'medium', 'high'] }).notNull(),
    effect: jsonb('effect').$type<ExchangeEffect>(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: createdAt(),
  },
  (t) => [index('exchange_items_cohort_idx').on(t.cohortId)],
);

/** Which organisation copied a published intervention into its own library (counted only over five or more). */
export const exchangeCopies = pgTable(
  'exchange_copies',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => exchangeItems.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    interventionId: uuid('intervention_id').references(() => organisationInterventions.id, { onDelete: 'set null' }),
    copiedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.organisationId] })],
);

/** What a participation shared with the trainers when its cohort closed: all trainers keep, until the retention ends. */
export const cohortSnapshots = pgTable('cohort_snapshots', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => cohortParticipations.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  data: jsonb('data').notNull(),
  takenAt: createdAt(),
});

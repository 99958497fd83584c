import type { SurveyOutcome } from '#core/measurement/effect.js';
import { NewSurveyDefinition, measuredFactors, type SurveyDefinition } from '#core/survey/definition.js';
import { effectiveMinimum } from '#core/survey/anonymity.js';
import { surveyResults, type CellCounts, type SurveyResults } from '#core/survey/results.js';
import type { Locale } from '#core/locale.js';
import { amsterdamDay } from '../../day.js';
import type { Database } from '../../db/client.js';
import { conflict, notFound } from '../../errors.js';
import { randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme, type ProgrammeRule } from '../programmes/access.js';
import { answeredCount, fixingsAtOpening, releaseRules, visibleCount } from '../../security/release-rules.js';
import { questionnaireOf } from './questionnaire.js';
import { surveysRepository, type SurveyRow } from './repository.js';

export interface SurveyInput {
  title: string;
  linkEnabled: boolean;
  /** Already checked against the core schema by the route. */
  definition: SurveyDefinition;
}

/** The results a team may see: nothing before the survey closes (see `results`), only the coarse count. */
export type ResultsView = { available: false; responses: number; countRounded: boolean } | ({ available: true } & SurveyResults);

/** Splits a tally row's flat counts (items × scale points) back into per-item lists. */
function cellOf(row: { groups: (string | null)[]; n: number; counts: number[] }, scale: number): CellCounts {
  const counts: number[][] = [];
  for (let i = 0; i < row.counts.length; i += scale) counts.push(row.counts.slice(i, i + scale));
  return { groups: row.groups, n: row.n, counts };
}

/** A follow-up's title: the baseline's, marked as the repeat and cut so it stays within a line's 300 characters. */
const FOLLOW_UP_TITLE: Record<Locale, (title: string) => string> = {
  nl: (title) => `${title.slice(0, 280)} (herhaalmeting)`,
  en: (title) => `${title.slice(0, 285)} (repeat)`,
};

/** A survey's outcome for the effect measurement and the KPIs (step 6). */
export interface SurveyOutcomeView extends SurveyOutcome {
  id: string;
  title: string;
  status: SurveyRow['status'];
  baselineSurveyId: string | null;
  closedAt: Date | null;
  /** The minimum group size the survey's results use (fixed when it opened). */
  minGroupSize: number;
}

/**
 * The one view of a closed survey's results that is ever released: by the minimum and noise fixed
 * when it opened or, for a survey taken over from an export, as they were released there.
 */
async function releasedResults(db: Database, survey: SurveyRow, definition: SurveyDefinition, organisationMinimum: number): Promise<SurveyResults> {
  if (survey.releasedResults) return survey.releasedResults;
  const cells = (await surveysRepository.tallies(db, survey.id)).map((r) => cellOf(r, definition.scale));
  const { minimum, noise } = releaseRules(survey, definition.groups.length, organisationMinimum);
  return surveyResults(definition, cells, minimum, noise);
}

type Counts = Awaited<ReturnType<typeof surveysRepository.counts>>;
const NO_COUNTS: Counts = { responses: 0, responsesBeforeToday: 0, invited: 0, invitationsUsed: 0 };

/**
 * The counts a team may see. Once closed, the exact ones (the results show them anyway). While
 * open, the answers up to yesterday rounded down to the minimum, and not how many invitations were
 * used: either would show the moment one colleague answered (docs/anonymity.md).
 */
function visibleCounts(row: SurveyRow, counts: Counts) {
  const open = row.status === 'open';
  return {
    ...visibleCount(row, answeredCount(row, counts.responses), counts.responsesBeforeToday),
    invited: counts.invited,
    invitationsUsed: open ? null : counts.invitationsUsed,
  };
}

const present = (row: SurveyRow, counts: Counts) => ({
  id: row.id,
  title: row.title,
  status: row.status,
  linkEnabled: row.linkEnabled,
  publicSlug: row.publicSlug,
  definition: row.definition,
  /** Set on a follow-up ("1-meting"): the survey it repeats. */
  baselineSurveyId: row.baselineSurveyId,
  createdAt: row.createdAt,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
  /** Fixed when the survey opens; null for a draft. */
  minGroupSize: row.minGroupSize,
  ...visibleCounts(row, counts),
});

export function createSurveysService(db: Database, deps: { audit: AuditService; organisations: OrganisationService }) {
  const { audit } = deps;

  async function load(tx: Database, actor: SessionActor, programmeId: string, id: string, rule: ProgrammeRule) {
    await loadProgramme(tx, actor, programmeId, rule);
    const survey = await surveysRepository.byId(tx, actor.organisationId, programmeId, id);
    if (!survey) throw notFound();
    return survey;
  }

  /** Stores a new draft with its own unguessable link, and logs it. */
  async function insert(tx: Database, actor: SessionActor, programmeId: string, input: SurveyInput, baselineSurveyId: string | null) {
    const survey = await surveysRepository.insert(tx, {
      organisationId: actor.organisationId,
      programmeId,
      title: input.title,
      linkEnabled: input.linkEnabled,
      definition: input.definition,
      publicSlug: randomToken(16),
      createdBy: actor.userId,
      baselineSurveyId,
    });
    await audit.record(tx, asAuditActor(actor), {
      action: 'survey.create',
      entity: 'survey',
      entityId: survey.id,
      after: baselineSurveyId ? { ...input, baselineSurveyId } : input,
    });
    return present(survey, NO_COUNTS);
  }

  /** Changes the status, with its log entry. */
  async function transition(tx: Database, actor: SessionActor, survey: SurveyRow, to: SurveyRow['status'], changes: Partial<SurveyRow> = {}) {
    const updated = await surveysRepository.update(tx, actor.organisationId, survey.id, { status: to, ...changes });
    await audit.record(tx, asAuditActor(actor), {
      action: `survey.${to === 'open' ? 'open' : 'close'}`,
      entity: 'survey',
      entityId: survey.id,
      before: { status: survey.status },
      after: { status: to },
    });
    return updated;
  }

  return {
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const rows = await surveysRepository.list(db, actor.organisationId, programmeId);
      const today = amsterdamDay();
      return Promise.all(rows.map(async (r) => present(r, await surveysRepository.counts(db, r.id, today))));
    },

    async get(actor: SessionActor, programmeId: string, id: string) {
      const survey = await load(db, actor, programmeId, id, 'read');
      return present(survey, await surveysRepository.counts(db, id, amsterdamDay()));
    },

    /**
     * The survey as staff will see it, also as a draft: the same questionnaire the public link
     * serves, read by the team, so nothing is answered or counted.
     */
    async preview(actor: SessionActor, programmeId: string, id: string) {
      const survey = await load(db, actor, programmeId, id, 'read');
      const { name } = await deps.organisations.byId(db, actor.organisationId);
      return questionnaireOf(survey, survey.definition, name);
    },

    create(actor: SessionActor, programmeId: string, input: SurveyInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        return insert(tx, actor, programmeId, input, null);
      });
    },

    /**
     * A draft follow-up ("1-meting", step 6.1) that repeats a closed survey's questions, so its
     * answers can be compared with the baseline's factor by factor.
     */
    followUp(actor: SessionActor, programmeId: string, baselineId: string, locale: Locale) {
      return db.transaction(async (tx) => {
        const baseline = await load(tx, actor, programmeId, baselineId, 'work');
        if (baseline.status !== 'closed') throw conflict('baselineNotClosed');
        const input = { title: FOLLOW_UP_TITLE[locale](baseline.title), linkEnabled: baseline.linkEnabled, definition: baseline.definition };
        return insert(tx, actor, programmeId, input, baseline.id);
      });
    },

    /** Only a draft changes: once open, every respondent must answer the same questions. */
    update(actor: SessionActor, programmeId: string, id: string, input: SurveyInput) {
      return db.transaction(async (tx) => {
        const survey = await load(tx, actor, programmeId, id, 'work');
        if (survey.status !== 'draft') throw conflict('surveyNotDraft');
        const updated = await surveysRepository.update(tx, actor.organisationId, id, input);
        await audit.record(tx, asAuditActor(actor), {
          action: 'survey.update',
          entity: 'survey',
          entityId: id,
          before: { title: survey.title, linkEnabled: survey.linkEnabled, definition: survey.definition },
          after: input,
        });
        return present(updated, NO_COUNTS);
      });
    },

    remove(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        const survey = await load(tx, actor, programmeId, id, 'work');
        if (survey.status !== 'draft') throw conflict('surveyNotDraft');
        await surveysRepository.remove(tx, actor.organisationId, id);
        await audit.record(tx, asAuditActor(actor), { action: 'survey.delete', entity: 'survey', entityId: id, before: { title: survey.title } });
      });
    },

    open(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        const survey = await load(tx, actor, programmeId, id, 'work');
        if (survey.status !== 'draft') throw conflict('surveyNotDraft');
        // Saved before repeats were refused, or a follow-up of such a survey: not with them.
        if (!NewSurveyDefinition.safeParse(survey.definition).success) throw conflict('surveyRepeatsStatement');
        // The release rules are fixed now, before the first answer (docs/anonymity.md).
        const { minGroupSize } = await deps.organisations.byId(tx, actor.organisationId);
        const updated = await transition(tx, actor, survey, 'open', { openedAt: new Date(), ...fixingsAtOpening(minGroupSize) });
        return present(updated, await surveysRepository.counts(tx, id, amsterdamDay()));
      });
    },

    /**
     * Closing is final and counts the answers: waiting for the row lock lets answers in flight
     * land first, so every acknowledged answer is in the results. The answers are then rewritten
     * in random order, in this transaction, so the database no longer shows when each arrived.
     *
     * What grows with the number of answers (issue 19): the tally, which must read every answer
     * once (results are per statement, scale point and group, and kept nowhere else), and the
     * rewrite, which must write every answer anew (an in-place update keeps their physical order),
     * about four fifths of the time. The rest does not: the lock, the status, the counter (a few
     * rows) and the counts returned (tallies and counter, no scan of the answers). The rewrite stays
     * here rather than in a job after the commit: no app route reads raw answers, but until it ran
     * the closed round's order of arrival and days would stay in the database, for a time no
     * longer bounded by this transaction (see bench/README.md, "Counts and closing").
     */
    close(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        await load(tx, actor, programmeId, id, 'work');
        await surveysRepository.lockForClose(tx, id);
        const survey = (await surveysRepository.byId(tx, actor.organisationId, programmeId, id))!;
        if (survey.status !== 'open') throw conflict('surveyNotOpen');
        const { definition } = survey;
        const updated = await transition(tx, actor, survey, 'closed', { closedAt: new Date() });
        await surveysRepository.tally(tx, survey, definition.items.length, definition.scale);
        await surveysRepository.dropCounter(tx, id);
        const today = amsterdamDay();
        await surveysRepository.shuffleResponses(tx, id, today);
        return present(updated, await surveysRepository.counts(tx, id, today));
      });
    },

    /**
     * Results exist once the survey is closed. While it is open a team sees only how many answered:
     * comparing results before and after one more answer would show that answer.
     */
    async results(actor: SessionActor, programmeId: string, id: string): Promise<{ survey: SurveyRow; definition: SurveyDefinition; results: ResultsView }> {
      const survey = await load(db, actor, programmeId, id, 'read');
      const { definition } = survey;
      if (survey.status !== 'closed') {
        const { responses, countRounded } = visibleCounts(survey, await surveysRepository.counts(db, id, amsterdamDay()));
        return { survey, definition, results: { available: false, responses, countRounded } };
      }
      const organisation = await deps.organisations.get(actor);
      return { survey, definition, results: { available: true, ...(await releasedResults(db, survey, definition, organisation.minGroupSize)) } };
    },

    /** For an import: open surveys' answer counters from the answers an older export carried. */
    recountOpen: (tx: Database, organisationId: string) => surveysRepository.recountOpen(tx, organisationId),

    /** A closed survey's released results, as the organisation export carries them (for the transfer, which checked its caller). */
    async exportedResults(tx: Database, organisationId: string, survey: { id: string; programmeId: string }, organisationMinimum: number) {
      const row = await surveysRepository.byId(tx, organisationId, survey.programmeId, survey.id);
      if (row?.status !== 'closed') return null;
      return releasedResults(tx, row, row.definition, organisationMinimum);
    },

    /**
     * Every survey of a programme with what step 6 may use of it: factor means only of a closed
     * survey that enough answered (the same rule as its results), else only its response count.
     * For callers that have already checked the programme.
     */
    async outcomes(tx: Database, organisationId: string, programmeId: string, organisationMinimum: number): Promise<SurveyOutcomeView[]> {
      const rows = await surveysRepository.list(tx, organisationId, programmeId);
      const outcomes: SurveyOutcomeView[] = [];
      const today = amsterdamDay();
      // One at a time: inside a transaction there is one connection.
      for (const row of rows) {
        const { definition } = row;
        const minGroupSize = effectiveMinimum(row.minGroupSize ?? organisationMinimum);
        const common = {
          id: row.id,
          title: row.title,
          status: row.status,
          baselineSurveyId: row.baselineSurveyId,
          closedAt: row.closedAt,
          scale: definition.scale,
          measured: measuredFactors(definition),
          minGroupSize,
        };
        if (row.status !== 'closed') {
          outcomes.push({ ...common, responses: visibleCounts(row, await surveysRepository.counts(tx, row.id, today)).responses, factors: null });
          continue;
        }
        const results = await releasedResults(tx, row, definition, organisationMinimum);
        outcomes.push({ ...common, responses: results.responses, factors: results.overall?.factors ?? null });
      }
      return outcomes;
    },
  };
}
export type SurveysService = ReturnType<typeof createSurveysService>;

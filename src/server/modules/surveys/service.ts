import { SurveyDefinition } from '../../../core/survey/definition.js';
import { surveyResults, type CellCounts, type SurveyResults } from '../../../core/survey/results.js';
import type { Locale } from '../../../core/locale.js';
import type { Database } from '../../db/client.js';
import { conflict, notFound } from '../../errors.js';
import type { Mailer } from '../../mail/mailer.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme, type ProgrammeRule } from '../programmes/access.js';
import { invitationMail } from './invitation-mail.js';
import { surveysRepository, type SurveyRow } from './repository.js';

export interface SurveyInput {
  title: string;
  linkEnabled: boolean;
  /** Already checked against the core schema by the route. */
  definition: SurveyDefinition;
}

export interface InvitationInput {
  emails: string[];
  message: string;
  locale: Locale;
}

/** The results a team may see: nothing before the survey closes (see `results`). */
export type ResultsView = { available: false; responses: number } | ({ available: true } & SurveyResults);

/** Splits a tally row's flat counts (items × scale points) back into per-item lists. */
function cellOf(row: { groups: (string | null)[]; n: number; counts: number[] }, scale: number): CellCounts {
  const counts: number[][] = [];
  for (let i = 0; i < row.counts.length; i += scale) counts.push(row.counts.slice(i, i + scale));
  return { groups: row.groups, n: row.n, counts };
}

const present = (row: SurveyRow, counts: Awaited<ReturnType<typeof surveysRepository.counts>>) => ({
  id: row.id,
  title: row.title,
  status: row.status,
  linkEnabled: row.linkEnabled,
  publicSlug: row.publicSlug,
  definition: SurveyDefinition.parse(row.definition),
  createdAt: row.createdAt,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
  ...counts,
});

export function createSurveysService(db: Database, deps: { audit: AuditService; organisations: OrganisationService; secret: string; mailer: Mailer | null }) {
  const { audit } = deps;

  async function load(tx: Database, actor: SessionActor, programmeId: string, id: string, rule: ProgrammeRule) {
    await loadProgramme(tx, actor, programmeId, rule);
    const survey = await surveysRepository.byId(tx, actor.organisationId, programmeId, id);
    if (!survey) throw notFound();
    return survey;
  }

  /** Changes the status, with its log entry. */
  async function transition(tx: Database, actor: SessionActor, survey: SurveyRow, to: SurveyRow['status'], changes: Partial<SurveyRow> = {}) {
    const updated = await surveysRepository.update(tx, actor.organisationId, survey.id, { status: to, ...changes });
    await audit.record(tx, asAuditActor(actor), { action: `survey.${to === 'open' ? 'open' : 'close'}`, entity: 'survey', entityId: survey.id, before: { status: survey.status }, after: { status: to } });
    return updated;
  }

  return {
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const rows = await surveysRepository.list(db, actor.organisationId, programmeId);
      return Promise.all(rows.map(async (r) => present(r, await surveysRepository.counts(db, r.id))));
    },

    async get(actor: SessionActor, programmeId: string, id: string) {
      const survey = await load(db, actor, programmeId, id, 'read');
      return present(survey, await surveysRepository.counts(db, id));
    },

    create(actor: SessionActor, programmeId: string, input: SurveyInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const survey = await surveysRepository.insert(tx, {
          organisationId: actor.organisationId,
          programmeId,
          title: input.title,
          linkEnabled: input.linkEnabled,
          definition: input.definition,
          publicSlug: randomToken(16),
          createdBy: actor.userId,
        });
        await audit.record(tx, asAuditActor(actor), { action: 'survey.create', entity: 'survey', entityId: survey.id, after: input });
        return present(survey, { responses: 0, invited: 0, invitationsUsed: 0 });
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
        return present(updated, { responses: 0, invited: 0, invitationsUsed: 0 });
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
        const updated = await transition(tx, actor, survey, 'open', { openedAt: new Date() });
        return present(updated, await surveysRepository.counts(tx, id));
      });
    },

    /**
     * Closing is final and counts the answers: waiting for the row lock lets answers in flight
     * land first, so every acknowledged answer is in the results.
     */
    close(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        await load(tx, actor, programmeId, id, 'work');
        await surveysRepository.lockForClose(tx, id);
        const survey = (await surveysRepository.byId(tx, actor.organisationId, programmeId, id))!;
        if (survey.status !== 'open') throw conflict('surveyNotOpen');
        const definition = SurveyDefinition.parse(survey.definition);
        const updated = await transition(tx, actor, survey, 'closed', { closedAt: new Date() });
        await surveysRepository.tally(tx, survey, definition.items.length, definition.scale);
        return present(updated, await surveysRepository.counts(tx, id));
      });
    },

    /**
     * Results exist once the survey is closed. While it is open a team sees only how many answered:
     * comparing results before and after one more answer would show that answer.
     */
    async results(actor: SessionActor, programmeId: string, id: string): Promise<{ survey: SurveyRow; definition: SurveyDefinition; results: ResultsView }> {
      const survey = await load(db, actor, programmeId, id, 'read');
      const definition = SurveyDefinition.parse(survey.definition);
      if (survey.status !== 'closed') {
        const { responses } = await surveysRepository.counts(db, id);
        return { survey, definition, results: { available: false, responses } };
      }
      const organisation = await deps.organisations.get(actor);
      const cells = (await surveysRepository.tallies(db, id)).map((r) => cellOf(r, definition.scale));
      return { survey, definition, results: { available: true, ...surveyResults(definition, cells, organisation.minGroupSize) } };
    },

    /**
     * E-mails a single-use link to each address. Only token hashes are stored, never the
     * addresses; the mails go out after the tokens are committed.
     */
    async invite(actor: SessionActor, programmeId: string, id: string, input: InvitationInput, linkBase: string) {
      const prepared = await db.transaction(async (tx) => {
        const survey = await load(tx, actor, programmeId, id, 'work');
        if (!deps.mailer) throw conflict('mailNotConfigured');
        if (survey.status !== 'open') throw conflict('surveyNotOpen');
        const tokens = input.emails.map((email) => ({ email, token: randomToken(24) }));
        await surveysRepository.insertInvitations(tx, tokens.map((t) => ({ tokenHash: hashToken(t.token, deps.secret), organisationId: actor.organisationId, surveyId: id })));
        await audit.record(tx, asAuditActor(actor), { action: 'survey.invite', entity: 'survey', entityId: id, after: { invitations: tokens.length } });
        return { survey, tokens, mailer: deps.mailer };
      });
      const organisation = await deps.organisations.get(actor);
      const results = await Promise.allSettled(
        prepared.tokens.map(({ email, token }) =>
          prepared.mailer.send(
            invitationMail(input.locale, {
              to: email,
              title: prepared.survey.title,
              organisation: organisation.name,
              link: `${linkBase}/s/${prepared.survey.publicSlug}?t=${encodeURIComponent(token)}`,
              message: input.message,
            }),
          ),
        ),
      );
      const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [input.emails[i]!] : []));
      return { sent: results.length - failed.length, failed };
    },

  };
}
export type SurveysService = ReturnType<typeof createSurveysService>;

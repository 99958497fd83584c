import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { containsLink, invitationAllowance } from '#core/survey/invitations.js';
import type { Locale } from '#core/locale.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { Locale as LocaleSchema } from '../../http/schemas.js';
import { AppError, conflict, notFound } from '../../errors.js';
import type { Mailer } from '../../mail/mailer.js';
import { sendEachClaimed, type SendResult } from '../../mail/send-once.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme } from '../programmes/access.js';
import { invitationMail } from './invitation-mail.js';
import { invitationsRepository as repo } from './invitations.repository.js';
import { surveysRepository } from './repository.js';

export interface InvitationInput {
  emails: string[];
  /** Already checked by the route: short and without links (core/survey/invitations.ts). */
  message: string;
  locale: Locale;
}

/** One batch of invitations; the addresses wait in the outbox, never in the job. */
export const SurveyInvitationsJob = z.object({
  organisationId: z.uuid(),
  programmeId: z.uuid(),
  surveyId: z.uuid(),
  batchId: z.uuid(),
  locale: LocaleSchema,
  message: z.string(),
});
export type SurveyInvitationsJob = z.infer<typeof SurveyInvitationsJob>;

/** Queues a batch's job as part of the batch's own transaction (jobs/scheduled.ts supplies it). */
export type InvitationQueue = (tx: Database, job: SurveyInvitationsJob) => Promise<unknown>;

/** An address whose mail has not gone out a day after it was queued is dropped: the queue's retries are long over by then. */
const OUTBOX_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * E-mailed survey invitations: a batch is counted against the organisation's daily limit and queued
 * in one transaction (all or nothing); the job then mails each address once with a fresh
 * single-use link. Only token hashes are kept, and an address only until its mail is sent.
 */
export function createSurveyInvitationsService(
  db: Database,
  deps: { audit: AuditService; organisations: OrganisationService; secret: string; mailer: Mailer | null; perDayMax: number },
) {
  let queue: InvitationQueue | null = null;

  async function allowance(tx: Database, organisationId: string, day: string) {
    const organisation = await deps.organisations.byId(tx, organisationId);
    return invitationAllowance(organisation.surveyInvitationsPerDay, deps.perDayMax, await repo.usedOn(tx, organisationId, day));
  }

  return {
    /**
     * Today's limit and what has been queued against it, for everyone in the organisation to see;
     * `mailConfigured` tells the invitation form whether invitations can go out at all, by the
     * same test as `invite` (SMTP_URL set and the queue running).
     */
    today: async (actor: SessionActor) => ({
      ...(await allowance(db, actor.organisationId, amsterdamDay())),
      mailConfigured: deps.mailer !== null && queue !== null,
    }),

    /** Queues one batch; answers how many and what is left of today's limit. */
    invite(actor: SessionActor, programmeId: string, surveyId: string, input: InvitationInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const survey = await surveysRepository.byId(tx, actor.organisationId, programmeId, surveyId);
        if (!survey) throw notFound();
        // main.ts always runs the queue; only API tests that need no mail go without.
        if (!deps.mailer || !queue) throw conflict('mailNotConfigured');
        if (survey.status !== 'open') throw conflict('surveyNotOpen');
        // Titles are checked when saved; this keeps one saved before that check out of the mail too.
        if (containsLink(survey.title)) throw conflict('surveyTitleHasLink', 'title');

        const day = amsterdamDay();
        const requested = input.emails.length;
        const { perDay } = await allowance(tx, actor.organisationId, day);
        if (!(await repo.take(tx, actor.organisationId, day, requested, perDay))) {
          const { remaining } = await allowance(tx, actor.organisationId, day);
          throw new AppError(429, 'surveyInvitationLimit', 'emails', { remaining, perDay, requested });
        }
        const batchId = randomUUID();
        await repo.queue(
          tx,
          input.emails.map((email) => ({ organisationId: actor.organisationId, surveyId, batchId, email })),
        );
        // Who, which survey and how many; the addresses stay out of the log.
        await deps.audit.record(tx, asAuditActor(actor), { action: 'survey.invite', entity: 'survey', entityId: surveyId, after: { invitations: requested } });
        await queue(tx, { organisationId: actor.organisationId, programmeId, surveyId, batchId, locale: input.locale, message: input.message });
        return { queued: requested, allowance: await allowance(tx, actor.organisationId, day) };
      });
    },

    /** Called once the job queue runs: from then on invitations can be sent. */
    queueThrough(enqueue: InvitationQueue) {
      queue = enqueue;
    },

    /**
     * Sends a batch (the 'survey-invitations' job), each mail once: taking the address out of the
     * outbox, storing the new link's hash and sending is one transaction. Mails that fail stay in
     * the outbox and the job throws, so the queue tries those again.
     */
    async sendBatch(data: unknown, linkBase: string): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: [] };
      const { mailer } = deps;
      if (!mailer) return result;
      const job = SurveyInvitationsJob.parse(data);
      const survey = await surveysRepository.byId(db, job.organisationId, job.programmeId, job.surveyId);
      // Closed since it was queued (or gone): the links would lead nowhere.
      if (survey?.status !== 'open') {
        await repo.dropBatch(db, job.batchId);
        return result;
      }
      const organisation = await deps.organisations.byId(db, job.organisationId);
      const mails = (await repo.pending(db, job.batchId)).map((id) => ({
        key: id,
        claim: async (tx: Database) => {
          const to = await repo.claim(tx, id);
          if (!to) return null;
          const token = randomToken(24);
          await surveysRepository.insertInvitations(tx, [
            { tokenHash: hashToken(token, deps.secret), organisationId: job.organisationId, surveyId: survey.id },
          ]);
          const link = `${linkBase}/s/${survey.publicSlug}?t=${encodeURIComponent(token)}`;
          return invitationMail(job.locale, { to, title: survey.title, organisation: organisation.name, link, message: job.message });
        },
      }));
      await sendEachClaimed(db, mailer, mails, result);
      // The mail server's answer may quote the address, which the log must not keep.
      const reason = result.failed[0]?.error.replace(/[^\s<>"]+@[^\s<>"]+/g, '[address]');
      if (reason) throw new Error(`${result.failed.length} of ${mails.length} survey invitations not sent: ${reason}`);
      return result;
    },

    /** Part of the daily clean-up: addresses that were never mailed, and the counts of past days. */
    purgeStale: (now: Date) => repo.purge(db, new Date(now.getTime() - OUTBOX_KEPT_MS), amsterdamDay(now)),
  };
}
export type SurveyInvitationsService = ReturnType<typeof createSurveyInvitationsService>;

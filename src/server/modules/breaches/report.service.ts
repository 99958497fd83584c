import { z } from 'zod';
import { reporterAwareAt } from '#core/breach/awareness.js';
import type { BreachReport } from '#core/breach/report.js';
import { DEFAULT_LOCALE, isLocale } from '#core/locale.js';
import { readSector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { AppError, notFound } from '../../errors.js';
import type { Mailer } from '../../mail/mailer.js';
import { randomChars } from '../../security/tokens.js';
import type { AuditActor, AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { breachReportedMail } from './report-mail.js';
import { breachesRepository as repo } from './repository.js';

/** One mail to one person about one new report; the job carries ids only. */
export const BreachReportedJob = z.object({ organisationId: z.uuid(), breachId: z.uuid(), userId: z.uuid(), as: z.enum(['privacy', 'admin']) });
export type BreachReportedJob = z.infer<typeof BreachReportedJob>;

/** Queues a notification as part of the report's own transaction (jobs/scheduled.ts supplies it). */
export type ReportNotifier = (tx: Database, job: BreachReportedJob) => Promise<unknown>;

/** "DL-2026-0042": the register number, per organisation and year in order; the officer's, never the reporter's. */
export const breachReference = (year: number, number: number) => `DL-${year}-${String(number).padStart(4, '0')}`;

/** Crockford's base32: no I, L, O or U, so a reference read out or typed over is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * "K7QM-4XPD-2H": the reporter's handle on the report, also in the letter to the people involved.
 * Random (50 bits) rather than in order, so it does not tell outsiders how many breaches the
 * organisation had (migration 0013 gave the breaches from before one the same way).
 */
export function newPublicReference(): string {
  const chars = randomChars(CROCKFORD, 10);
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Who the audit log names for a report: the form, never the person (reports may come from anyone). */
const reportForm = (organisationId: string): AuditActor => ({ userId: null, organisationId, name: 'Meldformulier datalekken' });

/**
 * The staff's report of a (suspected) data breach through the organisation's link: no account
 * needed unless the organisation asks for one. Nothing about the reporter's device is kept (no IP
 * address, no user agent); the account is recorded only where login is required.
 */
export function createBreachReportService(db: Database, deps: { audit: AuditService; organisations: OrganisationService; mailer: Mailer | null }) {
  /** Without a job queue (most API tests) or a mailer, a report is only registered. */
  let notifier: ReportNotifier | null = null;

  async function organisationOf(slug: string) {
    const organisation = await deps.organisations.byBreachSlug(slug);
    if (!organisation) throw notFound();
    return organisation;
  }

  return {
    /** What the form needs before anyone fills it in. */
    async form(slug: string) {
      const organisation = await organisationOf(slug);
      return {
        organisation: organisation.name,
        requiresLogin: organisation.breachReportRequiresLogin,
        defaultLocale: isLocale(organisation.defaultLocale) ? organisation.defaultLocale : DEFAULT_LOCALE,
        /** The examples on the form speak the organisation's word for whom it cares for (src/core/sector.ts). */
        sector: readSector(organisation.sector),
      };
    },

    /**
     * Registers the report as a new breach with the next register number; the reporter gets its
     * public reference (newPublicReference), not that number. The 72 hours run, provisionally,
     * from when the reporter noticed it (never after the report came in) until the privacy officer
     * confirms the moment. In the same transaction: the audit entry and the notification jobs, so
     * either all happen or none.
     */
    async report(slug: string, report: BreachReport, reporter: SessionActor | null) {
      const organisation = await organisationOf(slug);
      let reportedBy: string | null = null;
      if (organisation.breachReportRequiresLogin) {
        if (!reporter) throw new AppError(401, 'breachReportLoginRequired');
        if (reporter.organisationId !== organisation.id) throw new AppError(403, 'breachReportOtherOrganisation');
        reportedBy = reporter.userId;
      }
      const now = new Date();
      const year = Number(amsterdamDay(now).slice(0, 4));
      return db.transaction(async (tx) => {
        const reference = breachReference(year, await repo.nextNumber(tx, organisation.id, year));
        const insert = () =>
          repo.insert(tx, {
            organisationId: organisation.id,
            reference,
            publicReference: newPublicReference(),
            status: 'reported',
            report,
            department: report.department,
            reportedBy,
            reportedAt: now,
            awareAt: reporterAwareAt(report.noticedAt, now),
            updatedAt: now,
          });
        // Two equal draws within one organisation are all but impossible (50 bits); a clash is drawn again.
        let breach = await insert();
        while (!breach) breach = await insert();
        const { publicReference } = breach;
        await deps.audit.record(tx, reportForm(organisation.id), {
          action: 'breach.report',
          entity: 'breach',
          entityId: breach.id,
          after: { reference, publicReference, status: 'reported', reportedAt: now.toISOString() },
        });
        // The demo's accounts have no mailbox (demo.wegwijs.invalid): as for reminders and deadline alerts, no mail.
        if (notifier && deps.mailer && !organisation.isDemo) {
          for (const to of await repo.notificationRecipients(tx, organisation.id)) {
            await notifier(tx, { organisationId: organisation.id, breachId: breach.id, userId: to.id, as: to.as });
          }
        }
        return { reference: publicReference, reportedAt: now.toISOString() };
      });
    },

    /** Called once the job queue runs: from then on every report queues its notifications. */
    notifyThrough(queue: ReportNotifier) {
      notifier = queue;
    },

    /**
     * Sends one notification (the 'breach-reported' job). A breach or account that is gone by now
     * needs no mail; a failing mail server throws, so the queue tries again.
     */
    async sendNotification(data: unknown, linkBase: string) {
      const { mailer } = deps;
      if (!mailer) return;
      const job = BreachReportedJob.parse(data);
      const [breach, to] = await Promise.all([repo.notice(db, job.organisationId, job.breachId), repo.activeRecipient(db, job.organisationId, job.userId)]);
      if (!breach || !to) return;
      const organisation = await deps.organisations.byId(db, job.organisationId);
      const locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
      await mailer.send(breachReportedMail({ to: { ...to, locale }, as: job.as, organisation: organisation.name, breach }, linkBase));
    },
  };
}
export type BreachReportService = ReturnType<typeof createBreachReportService>;

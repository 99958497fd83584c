import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../db/client.js';
import type { Services } from '../services.js';
import { startJobQueue, type JobQueue, type JobQueueOptions } from './queue.js';

/** The e-mail reminders of check-ins and due actions. */
export const REMINDERS_JOB = 'reminders';
/** Every quarter of an hour from 7:00 to 18:45, Amsterdam time: reminders do not arrive at night. */
export const REMINDERS_CRON = '*/15 7-18 * * *';
/** The mails to the privacy role 24 and 4 hours before a breach's 72 hours end. */
export const BREACH_DEADLINE_JOB = 'breach-deadline-alerts';
/** Every ten minutes, day and night: the 72 hours count weekends and nights too. */
export const BREACH_DEADLINE_CRON = '*/10 * * * *';
/** Deleting raw survey and knowledge-check answers past each organisation's retention (the tallies stay). */
export const RETENTION_JOB = 'retention';
/** Daily at 3:30, Amsterdam time, when nobody is working. */
export const RETENTION_CRON = '30 3 * * *';
/** The mail to the privacy role about a new breach report: one job per recipient, queued with the report. */
export const BREACH_REPORTED_JOB = 'breach-reported';
/** The 72 hours run from the report: a mail server that is down for a while must not lose the mail (30 s, doubling, about two hours in all). */
const BREACH_REPORTED_RETRY = { limit: 8, delaySeconds: 30 };
/** The mail to a user whose two-step verification an admin reset: one job, queued with the reset. */
export const TOTP_RESET_JOB = 'totp-reset';
/** They must hear of it even if the mail server is down for a while: the reset may not be theirs (1 min, doubling, about eight hours in all). */
const TOTP_RESET_RETRY = { limit: 9, delaySeconds: 60 };
/** A batch of survey invitations: one job, queued with the batch; each mail goes out once (the outbox row is its claim). */
export const SURVEY_INVITATIONS_JOB = 'survey-invitations';
/** A mail server that is down for a while only delays invitations (1 min, doubling, about an hour in all). */
const SURVEY_INVITATIONS_RETRY = { limit: 6, delaySeconds: 60 };

export interface JobsOptions extends JobQueueOptions {
  /** The app's public address, for the links in reminder mails. */
  linkBase: string;
}

/** Starts the job queue with Wegwijs's scheduled work. */
export async function startScheduledJobs(database: DatabaseHandle, services: Services, log: FastifyBaseLogger, options: JobsOptions): Promise<JobQueue> {
  const queue = await startJobQueue(database, log, options);
  try {
    await queue.register(
      REMINDERS_JOB,
      async () => {
        const { sent, failed } = await services.reminders.sendDue(new Date(), options.linkBase);
        if (sent > 0) log.info({ sent }, 'reminders sent');
        for (const f of failed) log.warn({ reminder: f.key, error: f.error }, 'reminder not sent; the next run tries again');
      },
      REMINDERS_CRON,
    );
    await queue.register(
      BREACH_DEADLINE_JOB,
      async () => {
        const { sent, failed } = await services.breachAlerts.sendDue(new Date(), options.linkBase);
        if (sent > 0) log.info({ sent }, 'breach deadline alerts sent');
        for (const f of failed) log.warn({ alert: f.key, error: f.error }, 'breach deadline alert not sent; the next run tries again');
      },
      BREACH_DEADLINE_CRON,
    );
    await queue.register(
      RETENTION_JOB,
      async () => {
        const deleted = await services.retention.purgeExpired(new Date());
        if (deleted > 0) log.info({ deleted }, 'raw answers past their retention deleted');
        const shared = await services.retention.purgeClosedCohorts(new Date());
        if (shared > 0) log.info({ deleted: shared }, 'masterclass items past their retention deleted');
        const undelivered = await services.surveyInvitations.purgeStale(new Date());
        if (undelivered > 0) log.warn({ undelivered }, 'survey invitations never delivered; their addresses deleted');
      },
      RETENTION_CRON,
    );
    await queue.register(BREACH_REPORTED_JOB, (data) => services.breachReports.sendNotification(data, options.linkBase));
    services.breachReports.notifyThrough((tx, job) => queue.enqueue(BREACH_REPORTED_JOB, job, { tx, retry: BREACH_REPORTED_RETRY }));
    await queue.register(TOTP_RESET_JOB, (data) => services.totp.sendResetNotice(data, options.linkBase));
    services.totp.notifyThrough((tx, job) => queue.enqueue(TOTP_RESET_JOB, job, { tx, retry: TOTP_RESET_RETRY }));
    await queue.register(SURVEY_INVITATIONS_JOB, async (data) => {
      const { sent } = await services.surveyInvitations.sendBatch(data, options.linkBase);
      if (sent > 0) log.info({ sent }, 'survey invitations sent');
    });
    services.surveyInvitations.queueThrough((tx, job) => queue.enqueue(SURVEY_INVITATIONS_JOB, job, { tx, retry: SURVEY_INVITATIONS_RETRY }));
  } catch (error) {
    await queue.stop();
    throw error;
  }
  return queue;
}

import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../db/client.js';
import type { Services } from '../services.js';
import { startJobQueue, type JobQueue, type JobQueueOptions } from './queue.js';

/** The e-mail reminders of check-ins and due actions. */
export const REMINDERS_JOB = 'reminders';
/** Every quarter of an hour from 7:00 to 18:45, Amsterdam time: reminders do not arrive at night. */
export const REMINDERS_CRON = '*/15 7-18 * * *';

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
  } catch (error) {
    await queue.stop();
    throw error;
  }
  return queue;
}

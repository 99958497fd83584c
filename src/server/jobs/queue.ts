import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/client.js';

/**
 * Scheduled work on a job queue kept in the app's own database (pg-boss, schema `pgboss`), never
 * on in-memory timers: with several app instances on one PostgreSQL, each cron tick becomes one
 * job and one instance takes it. On PGlite the same queue runs through DatabaseHandle.executeSql.
 */

/** Schedules are read in Dutch time, as the teams plan. */
const TIME_ZONE = 'Europe/Amsterdam';
/** How long stopping waits for a running job to finish. */
const STOP_TIMEOUT_MS = 20_000;

export interface JobQueueOptions {
  /** How often an idle worker asks for new jobs; pg-boss's default is 2 seconds, its minimum 0.5. Tests go low. */
  pollingIntervalSeconds?: number;
}

export interface JobQueue {
  /** Creates the queue, works it on this instance and, with `cron`, (re)writes its schedule (Amsterdam time). */
  register(name: string, handler: () => Promise<void>, cron?: string): Promise<void>;
  /** Puts one job on the queue now (tests, operators); returns its id. */
  enqueue(name: string): Promise<string>;
  /** A job's state ('created', 'active', 'completed', 'failed', …), or null when unknown. */
  state(name: string, id: string): Promise<string | null>;
  /** Stops polling and schedules, waiting for a running job; the database stays open. */
  stop(): Promise<void>;
}

export async function startJobQueue(database: DatabaseHandle, log: FastifyBaseLogger, options: JobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    // pg-boss rejects the key when present but undefined.
    ...(options.pollingIntervalSeconds !== undefined ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  // Without a listener an 'error' event (e.g. a lost connection while polling) would crash the process.
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();

  return {
    async register(name, handler, cron) {
      await boss.createQueue(name);
      await boss.work(name, async () => {
        try {
          await handler();
        } catch (error) {
          // pg-boss marks the job failed and retries it; the log says why.
          log.error({ err: error, job: name }, 'job failed');
          throw error;
        }
      });
      if (cron) await boss.schedule(name, cron, undefined, { tz: TIME_ZONE });
    },

    async enqueue(name) {
      const id = await boss.send(name, {});
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },

    async state(name, id) {
      return (await boss.getJobById(name, id))?.state ?? null;
    },

    stop: () => boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS }),
  };
}

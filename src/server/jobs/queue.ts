import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database, DatabaseHandle } from '../db/client.js';

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

export interface EnqueueOptions {
  /** An open transaction of ours: the job is queued only if it commits. */
  tx?: Database;
  /** Tries again after a failure, waiting twice as long each time, instead of pg-boss's two quick retries. */
  retry?: { limit: number; delaySeconds: number };
}

export interface JobQueue {
  /** Creates the queue, works it on this instance (the handler gets the job's data) and, with `cron`, (re)writes its schedule (Amsterdam time). */
  register(name: string, handler: (data: unknown) => Promise<void>, cron?: string): Promise<void>;
  /** Puts one job with its data on the queue now; returns its id. */
  enqueue(name: string, data?: object, options?: EnqueueOptions): Promise<string>;
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
      await boss.work(name, async ([job]) => {
        try {
          await handler(job?.data);
        } catch (error) {
          // pg-boss marks the job failed and retries it; the log says why.
          log.error({ err: error, job: name }, 'job failed');
          throw error;
        }
      });
      if (cron) await boss.schedule(name, cron, undefined, { tz: TIME_ZONE });
    },

    async enqueue(name, data = {}, { tx, retry } = {}) {
      const id = await boss.send(name, data, {
        ...(tx ? { db: throughTransaction(tx) } : {}),
        ...(retry ? { retryLimit: retry.limit, retryDelay: retry.delaySeconds, retryBackoff: true } : {}),
      });
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },

    async state(name, id) {
      return (await boss.getJobById(name, id))?.state ?? null;
    },

    stop: () => boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS }),
  };
}

/** pg-boss's SQL (numbered parameters) run inside one of our Drizzle transactions. */
function throughTransaction(tx: Database) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const chunks = text.split(/\$(\d+)/).map((part, i) => (i % 2 === 1 ? sql.param(values[Number(part) - 1]) : sql.raw(part)));
      return (await tx.execute(sql.join(chunks))) as unknown as { rows: any[] };
    },
  };
}

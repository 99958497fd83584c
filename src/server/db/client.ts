import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { DATABASE_TIMEOUT_DEFAULTS, type DatabaseTimeouts } from '../config.js';
import { PG_QUERY_READ_TIMEOUT } from './errors.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The database or an open transaction: repositories accept either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /**
   * How long a request may wait for its turn at the database before it is answered 503: the
   * pool's connect timeout on PostgreSQL; none on PGlite, which runs in this process and cannot
   * stop answering while the process runs.
   */
  maxWaitMs: number | null;
  /** Cheap round trip used by /readyz; on PostgreSQL it fails after the ping timeout. */
  ping(): Promise<void>;
  /**
   * Plain SQL for the job queue (pg-boss), which brings its own: either one statement with
   * parameters, or a script of several statements without (its schema, its locked maintenance).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any constant shared by all instances: only one of them migrates at a time. */
const MIGRATION_LOCK = 7510_2026;

/** How soon an idle connection is probed, so a peer that vanished (failover, a firewall's state) is noticed. */
const KEEPALIVE_DELAY_MS = 10_000;

/**
 * node-postgres's client, with the one thing its query timeout leaves undone: the connection then
 * still waits for the lost answer and would stall every later query, so a client checked out
 * with connect() (drizzle's transactions) is handed back to the pool, which closes it.
 */
class Client extends pg.Client {
  override query(...args: any[]): any {
    const result = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === PG_QUERY_READ_TIMEOUT) (this as unknown as pg.PoolClient).release?.(error);
      });
    }
    return result;
  }
}

/**
 * node-postgres's pool, safe with drizzle's transactions, which check a client out with connect():
 * drizzle does not release it when BEGIN fails, which would keep its place in the pool for good,
 * and a checked-out client whose connection dies emits 'error' with nobody listening, which would
 * crash the process. Here such a client goes back to the pool (which closes it) and releasing it
 * once more does nothing.
 */
class Pool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: any) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: any) => void) => void) {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => {
      const release = client.release;
      let released = false;
      const discard = (error: Error) => client.release(error);
      client.release = (error) => {
        if (released) return;
        released = true;
        client.off('error', discard);
        release(error);
      };
      client.on('error', discard);
      return client;
    });
  }
}

/** Rejects when the promise has not settled within `ms` (it may still settle later, unobserved). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens PostgreSQL when a URL is given, else embedded PGlite (in `dataDir`, or in memory when
 * `dataDir` is 'memory://'), and brings the schema up to date.
 */
export async function openDatabase(options: {
  url?: string;
  dataDir: string;
  /** A pooled connection the server dropped (restart, failover, terminated): the pool replaces it. */
  onConnectionError?: (error: Error) => void;
  /** PGlite only: a data directory to start from (see pgliteTemplate) instead of initialising one. */
  template?: Blob;
  /** PostgreSQL only (PGlite has no network): how long to wait for the server; see DatabaseTimeouts. */
  timeouts?: DatabaseTimeouts;
}): Promise<DatabaseHandle> {
  if (options.url) {
    const timeouts = options.timeouts ?? DATABASE_TIMEOUT_DEFAULTS;
    await migrateOnce(options.url, timeouts);
    // A server that stops answering must not hold requests (and with them the pool) forever: each
    // wait is bounded, so requests fail fast with a 503 and the pool recovers by itself once the
    // server is back (availability; ASVS 5.0 V15.1.3 asks for these limits to be documented: docs/operations.md).
    const pool = new Pool({
      Client,
      connectionString: options.url,
      max: 10,
      connectionTimeoutMillis: timeouts.connectMs,
      idleTimeoutMillis: timeouts.idleMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
      // The server cancels a slow statement itself (SQLSTATE 57014) and the connection stays
      // usable; only when it does not answer at all does the client's own, later timeout end it.
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + Math.min(1_000, timeouts.statementMs / 4),
    });
    // Without a listener, an idle connection that the server drops would crash the process.
    pool.on('error', options.onConnectionError ?? ((error) => console.error(`database connection lost: ${error.message}`)));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Database,
      kind: 'postgres',
      maxWaitMs: timeouts.connectMs,
      // node-postgres takes a per-query query_timeout, which its types leave out.
      ping: () =>
        within(pool.query({ text: 'select 1', query_timeout: timeouts.pingMs } as pg.QueryConfig), timeouts.pingMs, 'database ping').then(() => undefined),
      // node-postgres runs a text without parameters as a simple query, several statements included.
      executeSql: (text, values) => pool.query(text, values),
      close: () => pool.end(),
    };
  }
  // A new data directory is created and migrated in a process of its own: initdb leaves a few
  // hundred MB of WebAssembly memory behind that this process would otherwise keep for good.
  if (!options.template && !options.dataDir.startsWith('memory://') && !existsSync(join(options.dataDir, 'PG_VERSION')))
    await initialiseInChildProcess(options.dataDir);
  const client = new PGlite(options.dataDir, { startParams: PGLITE_START_PARAMS, ...(options.template ? { loadDataDir: options.template } : {}) });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    maxWaitMs: null,
    ping: async () => void (await client.query('select 1')),
    // PGlite's query() takes one statement, so a script without parameters goes to exec(). A script
    // that fails halfway would leave PGlite's only connection in an aborted transaction, so it runs
    // inside transaction(), which rolls back while still holding the connection (the script's own
    // BEGIN/COMMIT then only raise warnings).
    executeSql: async (text, values) =>
      values?.length ? client.query(text, values) : client.transaction(async (tx) => (await tx.exec(text)).at(-1) ?? { rows: [] }),
    close: () => client.close(),
  };
}

/**
 * PGlite's own start parameters, with shared buffers of 16 MB instead of initdb's 128 MB: PGlite
 * runs inside this process, where the buffers are WebAssembly memory that never shrinks, while the
 * data directory's files stay in the operating system's cache anyway. Idle RSS on the demo's data
 * fell by about 140 MB; intake and results were no slower (bench/README.md, "A lighter process").
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Plain JavaScript for the child process, so it needs no TypeScript loader: PGlite and drizzle's migrator only. */
const INITIALISE = `
const job = JSON.parse(process.argv[1]);
const { PGlite } = await import(job.pglite);
const { drizzle } = await import(job.drizzle);
const { migrate } = await import(job.migrator);
const client = new PGlite(job.dataDir, { startParams: job.startParams });
await migrate(drizzle(client), { migrationsFolder: job.migrationsFolder });
await client.close();
`;

/**
 * initdb and the migrations for a new data directory, in a process of its own whose memory goes
 * when it ends. A worker thread was not enough: after it ended this process still held about
 * 130 MB more than one that opened an existing directory (bench/README.md, "A lighter process").
 */
async function initialiseInChildProcess(dataDir: string) {
  const job = {
    pglite: import.meta.resolve('@electric-sql/pglite'),
    drizzle: import.meta.resolve('drizzle-orm/pglite'),
    migrator: import.meta.resolve('drizzle-orm/pglite/migrator'),
    dataDir,
    startParams: PGLITE_START_PARAMS,
    migrationsFolder,
  };
  // No execArgv of ours (a TypeScript loader, an inspector port): plain Node runs the script.
  const child = spawn(process.execPath, ['--input-type=module', '--eval', INITIALISE, JSON.stringify(job)], { stdio: ['ignore', 'inherit', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initialising the database stopped (${signal ?? code})`))));
  });
}

/**
 * Brings the schema up to date on a connection of its own, without statement timeouts: a migration
 * may take long, and so may waiting for another instance's. Only one instance migrates at a time.
 */
async function migrateOnce(url: string, timeouts: DatabaseTimeouts) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeouts.connectMs, keepAlive: true });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

/**
 * An empty PGlite database with every migration applied, as a data-directory tarball. Starting a
 * database from it takes about a third of the time of initialising and migrating a new one: the
 * API tests open one per test file.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const client = new PGlite('memory://');
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
  const tarball = await client.dumpDataDir('none');
  await client.close();
  return tarball;
}

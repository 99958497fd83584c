import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The database or an open transaction: repositories accept either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Cheap round trip used by /readyz. */
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
}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // Without a listener, an idle connection that the server drops would crash the process.
    pool.on('error', options.onConnectionError ?? ((error) => console.error(`database connection lost: ${error.message}`)));
    const db = drizzlePg(pool, { schema });
    const lockClient = await pool.connect();
    try {
      await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(db, { migrationsFolder });
    } finally {
      await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      lockClient.release();
    }
    return {
      db: db as unknown as Database,
      kind: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      // node-postgres runs a text without parameters as a simple query, several statements included.
      executeSql: (text, values) => pool.query(text, values),
      close: () => pool.end(),
    };
  }
  const client = new PGlite(options.dataDir, options.template ? { loadDataDir: options.template } : {});
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    ping: async () => void (await client.query('select 1')),
    // PGlite's query() takes one statement, so a script without parameters goes to exec(). A script
    // that fails halfway would leave PGlite's only connection in an aborted transaction, so it runs
    // inside transaction(), which rolls back while still holding the connection (the script's own
    // BEGIN/COMMIT then only raise warnings).
    executeSql: async (text, values) =>
      values?.length
        ? client.query(text, values)
        : client.transaction(async (tx) => (await tx.exec(text)).at(-1) ?? { rows: [] }),
    close: () => client.close(),
  };
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

import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';

/**
 * Writes the rows `where` picks anew in random order, in one statement: rows stored one transaction
 * each keep their order of arrival in PostgreSQL's bookkeeping (xmin, and the physical order ctid
 * shows); rewritten, they share the caller's transaction and lie shuffled (docs/anonymity.md).
 * Every column but the primary key is copied, so a column added later comes along; the key takes
 * its default (a new random id), and a column named in `set` takes that value instead. The sort key
 * comes from the system's strong random source (`gen_random_uuid()`), not from `random()`, a
 * generator a session can seed.
 */
export async function rewriteInRandomOrder(db: Database, table: PgTable, where: SQL, set: Record<string, SQL> = {}) {
  const kept = Object.values(getTableColumns(table)).filter((c) => !c.primary);
  const columns = sql.join(
    kept.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const values = sql.join(
    kept.map((c) => set[c.name] ?? sql.identifier(c.name)),
    sql`, `,
  );
  await db.execute(sql`with arrived as (delete from ${table} where ${where} returning ${columns})
    insert into ${table} (${columns}) select ${values} from arrived order by gen_random_uuid()`);
}

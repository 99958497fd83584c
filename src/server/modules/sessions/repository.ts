import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organisations, rateLimits, sessions, users } from '../../db/schema.js';
import { countHit } from '../../security/rate-limit-store.js';

export const sessionsRepository = {
  insert: (db: Database, row: typeof sessions.$inferInsert) => db.insert(sessions).values(row),

  /**
   * The session with its user and organisation in one query, because every request needs all three.
   * (The one place sessions read the users and organisations tables directly.)
   */
  async resolve(db: Database, id: string, now: Date) {
    const [row] = await db
      .select({ session: sessions, user: users, organisation: organisations })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
      .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.status, 'active')));
    return row;
  },

  touch: (db: Database, id: string, lastSeenAt: Date, expiresAt: Date) => db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id)),

  delete: (db: Database, id: string) => db.delete(sessions).where(eq(sessions.id, id)).returning({ ssoIdTokenSealed: sessions.ssoIdTokenSealed }),

  deleteOthers: (db: Database, userId: string, keepId: string) => db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepId))),

  deleteAllOf: (db: Database, userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)),

  /** Cleared at each login, so ended sessions do not pile up without a scheduled job. */
  deleteExpiredOf: (db: Database, userId: string, now: Date) => db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now))),
};

/**
 * Login attempts, kept in the rate_limits table under keyed hashes (never an address or e-mail
 * address in plain): per account and address, `hits` wrong attempts until `reset_at`, when they are
 * forgotten (swept with the other windows); per account, the wrong attempts in a fixed window.
 */
export const loginAttemptsRepository = {
  async of(db: Database, key: string) {
    const [row] = await db.select({ hits: rateLimits.hits, forgetAt: rateLimits.resetAt }).from(rateLimits).where(eq(rateLimits.key, key));
    return row;
  },

  /**
   * Counts one more attempt, but only while the count is still `seen`: of attempts made at the same
   * moment one gets through, so a burst is not a way around the wait. False for the others.
   */
  async claim(db: Database, key: string, seen: number, now: Date, forgetAt: Date) {
    const result = (await db.execute(sql`
      insert into rate_limits (key, hits, reset_at) values (${key}, 1, ${forgetAt.toISOString()}::timestamptz)
      on conflict (key) do update set
        hits = case when rate_limits.reset_at <= ${now.toISOString()}::timestamptz then 1 else rate_limits.hits + 1 end,
        reset_at = excluded.reset_at
      where (case when rate_limits.reset_at <= ${now.toISOString()}::timestamptz then 0 else rate_limits.hits end) = ${seen}
      returning hits
    `)) as unknown as { rows: unknown[] };
    return result.rows.length === 1;
  },

  forget: (db: Database, key: string) => db.delete(rateLimits).where(eq(rateLimits.key, key)),

  /** The wrong attempts on an account in its current window. */
  async failuresOf(db: Database, key: string) {
    const [row] = await db
      .select({ hits: rateLimits.hits })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), gt(rateLimits.resetAt, sql`now()`)));
    return row?.hits ?? 0;
  },

  countFailure: (db: Database, key: string, windowMs: number) => countHit(db, key, windowMs),
};

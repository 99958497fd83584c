import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organisations, sessions, users } from '../../db/schema.js';

export const sessionsRepository = {
  insert: (db: Database, row: typeof sessions.$inferInsert) => db.insert(sessions).values(row),

  /**
   * The session with its user and organisation in one query, because every request needs all three.
   * (The one place auth reads the users and organisations tables directly.)
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

  touch: (db: Database, id: string, lastSeenAt: Date, expiresAt: Date) =>
    db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id)),

  delete: (db: Database, id: string) => db.delete(sessions).where(eq(sessions.id, id)).returning({ ssoIdTokenSealed: sessions.ssoIdTokenSealed }),

  deleteOthers: (db: Database, userId: string, keepId: string) =>
    db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepId))),

  /** Cleared at each login, so ended sessions do not pile up without a scheduled job. */
  deleteExpiredOf: (db: Database, userId: string, now: Date) =>
    db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now))),
};

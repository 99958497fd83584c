import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { invitations, sessions, users, userTotp } from '../../db/schema.js';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export const usersRepository = {
  async byId(db: Database, organisationId: string, id: string) {
    const [row] = await db.select().from(users).where(and(eq(users.organisationId, organisationId), eq(users.id, id)));
    return row;
  },

  /** Across organisations: login and uniqueness checks need the address alone. */
  async byEmail(db: Database, email: string) {
    const [row] = await db.select().from(users).where(eq(users.email, email));
    return row;
  },

  /** With whether each has two-step verification on, so the admin can see it and offer the reset. */
  list: (db: Database, organisationId: string) =>
    db
      .select({ user: users, twoStepEnabled: sql<boolean>`${userTotp.confirmedAt} is not null` })
      .from(users)
      .leftJoin(userTotp, eq(userTotp.userId, users.id))
      .where(eq(users.organisationId, organisationId))
      .orderBy(asc(users.name)),

  listActive: (db: Database, organisationId: string) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.status, 'active')))
      .orderBy(asc(users.name)),

  async insert(db: Database, row: NewUserRow) {
    const [created] = await db.insert(users).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, id: string, changes: Partial<NewUserRow>) {
    const [updated] = await db
      .update(users)
      .set(changes)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
      .returning();
    return updated!;
  },

  /**
   * Counts a failed login in one statement, so attempts made at the same moment are all counted;
   * the attempt that reaches `maxFailures` locks the account until `lockUntil` and starts the count again.
   */
  async recordFailedLogin(db: Database, id: string, maxFailures: number, lockUntil: Date) {
    const reachesMax = sql`${users.failedLogins} + 1 >= ${maxFailures}`;
    const [row] = await db
      .update(users)
      .set({
        failedLogins: sql`case when ${reachesMax} then 0 else ${users.failedLogins} + 1 end`,
        lockedUntil: sql`case when ${reachesMax} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id))
      .returning({ lockedUntil: users.lockedUntil });
    return { locked: row?.lockedUntil?.getTime() === lockUntil.getTime() };
  },

  /**
   * Locks the active admins' rows until the transaction ends: two admins demoting or deactivating
   * each other at the same moment must not both see the other as "still there" and leave none.
   */
  async countActiveAdmins(db: Database, organisationId: string) {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.organisationId, organisationId), eq(users.status, 'active'), sql`'admin' = any(${users.roles})`),
      )
      .orderBy(asc(users.id))
      .for('update');
    return rows.length;
  },

  deleteSessions: (db: Database, userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)),

  async insertInvitation(db: Database, row: typeof invitations.$inferInsert) {
    // A new link replaces any older unused one.
    await db.delete(invitations).where(and(eq(invitations.userId, row.userId), isNull(invitations.usedAt)));
    await db.insert(invitations).values(row);
  },

  async openInvitation(db: Database, tokenHash: string, now: Date) {
    const [row] = await db
      .select({ invitation: invitations, user: users })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt), gt(invitations.expiresAt, now)));
    return row;
  },

  /** False when a concurrent request used the invitation first. */
  async markInvitationUsed(db: Database, id: string, now: Date) {
    const used = await db
      .update(invitations)
      .set({ usedAt: now })
      .where(and(eq(invitations.id, id), isNull(invitations.usedAt)))
      .returning({ id: invitations.id });
    return used.length === 1;
  },
};

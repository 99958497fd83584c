import { and, asc, count, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { holdsAddress, invitations, users, userTotp } from '../../db/schema.js';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export const usersRepository = {
  async byId(db: Database, organisationId: string, id: string) {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, id)));
    return row;
  },

  /**
   * The account that holds this address across the installation (login needs the address alone);
   * at most one. Invitations not yet accepted hold none: several organisations may invite an address.
   */
  async byEmail(db: Database, email: string) {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.email, email), holdsAddress(users)));
    return row;
  },

  /** Any user of this organisation with this address, invited ones included. */
  async byEmailIn(db: Database, organisationId: string, email: string) {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.email, email)));
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

  /**
   * Accounts not deactivated (invited ones included), and the active ones holding the privacy role:
   * only they can log in to receive the breach reports.
   */
  async counts(db: Database, organisationId: string) {
    const [row] = await db
      .select({
        accounts: count(),
        privacyOfficers: sql<number>`count(*) filter (where ${users.status} = 'active' and 'privacy' = any(${users.roles}))`.mapWith(Number),
      })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), ne(users.status, 'deactivated')));
    return { accounts: row?.accounts ?? 0, privacyOfficers: row?.privacyOfficers ?? 0 };
  },

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
   * Records a login at `now`. With `after` (a second-factor challenge's), only while the last login
   * is still that one: checked and moved in one statement, so of two requests completing the same
   * challenge at once, one gets the row back and the other nothing.
   */
  async recordLogin(db: Database, user: { organisationId: string; id: string }, now: Date, after?: { lastLoginAt: Date | null }) {
    const unchanged = after && (after.lastLoginAt ? eq(users.lastLoginAt, after.lastLoginAt) : isNull(users.lastLoginAt));
    const [row] = await db
      .update(users)
      .set({ lastLoginAt: now })
      .where(and(eq(users.organisationId, user.organisationId), eq(users.id, user.id), unchanged))
      .returning();
    return row;
  },

  /**
   * Locks the active admins' rows until the transaction ends: two admins demoting or deactivating
   * each other at the same moment must not both see the other as "still there" and leave none.
   */
  async countActiveAdmins(db: Database, organisationId: string) {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.status, 'active'), sql`'admin' = any(${users.roles})`))
      .orderBy(asc(users.id))
      .for('update');
    return rows.length;
  },

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

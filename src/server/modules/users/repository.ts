import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { invitations, sessions, users } from '../../db/schema.js';

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

  list: (db: Database, organisationId: string) =>
    db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.name)),

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

  async countActiveAdmins(db: Database, organisationId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(users)
      .where(
        and(eq(users.organisationId, organisationId), eq(users.status, 'active'), sql`'admin' = any(${users.roles})`),
      );
    return row?.n ?? 0;
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

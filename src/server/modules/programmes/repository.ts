import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { programmeMembers, programmes, users } from '../../db/schema.js';

export type ProgrammeRow = typeof programmes.$inferSelect;

export const programmesRepository = {
  async byId(db: Database, organisationId: string, id: string) {
    const [row] = await db
      .select()
      .from(programmes)
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)));
    return row;
  },

  listAll: (db: Database, organisationId: string) =>
    db.select().from(programmes).where(eq(programmes.organisationId, organisationId)).orderBy(desc(programmes.updatedAt)),

  listForMember: (db: Database, organisationId: string, userId: string) =>
    db
      .select({ programme: programmes })
      .from(programmes)
      .innerJoin(programmeMembers, eq(programmeMembers.programmeId, programmes.id))
      .where(and(eq(programmes.organisationId, organisationId), eq(programmeMembers.userId, userId)))
      .orderBy(desc(programmes.updatedAt))
      .then((rows) => rows.map((r) => r.programme)),

  async insert(db: Database, row: typeof programmes.$inferInsert) {
    const [created] = await db.insert(programmes).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, id: string, changes: Partial<typeof programmes.$inferInsert>) {
    const [updated] = await db
      .update(programmes)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)))
      .returning();
    return updated!;
  },

  async isMember(db: Database, programmeId: string, userId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(programmeMembers)
      .where(and(eq(programmeMembers.programmeId, programmeId), eq(programmeMembers.userId, userId)));
    return (row?.n ?? 0) > 0;
  },

  /** The core team with names: the member's account belongs to the users module, read here for display only. */
  team: (db: Database, programmeId: string) =>
    db
      .select({ userId: users.id, name: users.name, email: users.email, teamRole: programmeMembers.teamRole })
      .from(programmeMembers)
      .innerJoin(users, eq(users.id, programmeMembers.userId))
      .where(eq(programmeMembers.programmeId, programmeId))
      .orderBy(asc(programmeMembers.addedAt)),

  /** The accounts with access to each of these programmes. */
  access: (db: Database, programmeIds: string[]) =>
    programmeIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ programmeId: programmeMembers.programmeId, userId: users.id, name: users.name, teamRole: programmeMembers.teamRole })
          .from(programmeMembers)
          .innerJoin(users, eq(users.id, programmeMembers.userId))
          .where(inArray(programmeMembers.programmeId, programmeIds))
          .orderBy(asc(programmeMembers.addedAt)),

  async count(db: Database, organisationId: string) {
    const [row] = await db.select({ n: count() }).from(programmes).where(eq(programmes.organisationId, organisationId));
    return row?.n ?? 0;
  },

  addMember: (db: Database, row: typeof programmeMembers.$inferInsert) => db.insert(programmeMembers).values(row),

  async removeMember(db: Database, programmeId: string, userId: string) {
    const removed = await db
      .delete(programmeMembers)
      .where(and(eq(programmeMembers.programmeId, programmeId), eq(programmeMembers.userId, userId)))
      .returning({ userId: programmeMembers.userId });
    return removed.length > 0;
  },
};

import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { communicationItems } from '../../db/schema.js';

export type CommunicationRow = typeof communicationItems.$inferSelect;

const itemOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(communicationItems.organisationId, organisationId), eq(communicationItems.programmeId, programmeId), eq(communicationItems.id, id));

export const communicationRepository = {
  items: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(communicationItems)
      .where(and(eq(communicationItems.organisationId, organisationId), eq(communicationItems.programmeId, programmeId)))
      .orderBy(asc(communicationItems.createdAt), asc(communicationItems.id)),

  async item(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(communicationItems)
      .where(itemOf(organisationId, programmeId, id));
    return row;
  },

  async insert(db: Database, row: typeof communicationItems.$inferInsert) {
    const [created] = await db.insert(communicationItems).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof communicationItems.$inferInsert>) {
    const [updated] = await db
      .update(communicationItems)
      .set({ ...changes, updatedAt: new Date() })
      .where(itemOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  remove: (db: Database, organisationId: string, programmeId: string, id: string) =>
    db.delete(communicationItems).where(itemOf(organisationId, programmeId, id)),
};

import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { anchoringItems } from '../../db/schema.js';

export type AnchoringRow = typeof anchoringItems.$inferSelect;

const itemOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(anchoringItems.organisationId, organisationId), eq(anchoringItems.programmeId, programmeId), eq(anchoringItems.id, id));

export const anchoringRepository = {
  items: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(anchoringItems)
      .where(and(eq(anchoringItems.organisationId, organisationId), eq(anchoringItems.programmeId, programmeId)))
      .orderBy(asc(anchoringItems.createdAt), asc(anchoringItems.id)),

  async item(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(anchoringItems)
      .where(itemOf(organisationId, programmeId, id));
    return row;
  },

  async insert(db: Database, row: typeof anchoringItems.$inferInsert) {
    const [created] = await db.insert(anchoringItems).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof anchoringItems.$inferInsert>) {
    const [updated] = await db
      .update(anchoringItems)
      .set({ ...changes, updatedAt: new Date() })
      .where(itemOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  remove: (db: Database, organisationId: string, programmeId: string, id: string) => db.delete(anchoringItems).where(itemOf(organisationId, programmeId, id)),

  /**
   * Serialises adding the standard items of one programme, so two clicks at the same moment cannot
   * both find an area empty and fill it twice.
   */
  lockStandard: (db: Database, programmeId: string) => db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`anchoring:${programmeId}`}, 0))`),
};

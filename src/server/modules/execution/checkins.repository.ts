import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { checkins } from '../../db/schema.js';

export type CheckinRow = typeof checkins.$inferSelect;

const checkinOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(checkins.organisationId, organisationId), eq(checkins.programmeId, programmeId), eq(checkins.id, id));

export const checkinsRepository = {
  /** Newest first. */
  checkins: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(checkins)
      .where(and(eq(checkins.organisationId, organisationId), eq(checkins.programmeId, programmeId)))
      .orderBy(desc(checkins.date)),

  async checkin(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(checkins)
      .where(checkinOf(organisationId, programmeId, id));
    return row;
  },

  /** Fails with a unique violation when the programme already has a check-in on that day. */
  async insert(db: Database, row: typeof checkins.$inferInsert) {
    const [created] = await db.insert(checkins).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof checkins.$inferInsert>) {
    const [updated] = await db
      .update(checkins)
      .set({ ...changes, updatedAt: new Date() })
      .where(checkinOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  remove: (db: Database, organisationId: string, programmeId: string, id: string) => db.delete(checkins).where(checkinOf(organisationId, programmeId, id)),
};

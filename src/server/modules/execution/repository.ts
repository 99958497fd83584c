import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actions } from '../../db/schema.js';

export type ActionRow = typeof actions.$inferSelect;

const actionOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(actions.organisationId, organisationId), eq(actions.programmeId, programmeId), eq(actions.id, id));

export const executionRepository = {
  actions: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(actions)
      .where(and(eq(actions.organisationId, organisationId), eq(actions.programmeId, programmeId)))
      .orderBy(asc(actions.createdAt), asc(actions.id)),

  async action(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(actions)
      .where(actionOf(organisationId, programmeId, id));
    return row;
  },

  async insertAction(db: Database, row: typeof actions.$inferInsert) {
    const [created] = await db.insert(actions).values(row).returning();
    return created!;
  },

  async updateAction(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof actions.$inferInsert>) {
    const [updated] = await db
      .update(actions)
      .set({ ...changes, updatedAt: new Date() })
      .where(actionOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  removeAction: (db: Database, organisationId: string, programmeId: string, id: string) => db.delete(actions).where(actionOf(organisationId, programmeId, id)),
};

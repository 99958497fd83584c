import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { exchangeCopies, exchangeItems, organisations } from '../../db/schema.js';

export type ExchangeItemRow = typeof exchangeItems.$inferSelect;

/**
 * The exchange's SQL. Items belong to the publishing organisation and copies to the copying one;
 * writes are scoped by that organisation. Reads by cohort id alone (`itemsOf`, `copiesOf`, `item`)
 * cross organisations and are only called after access.ts let the caller read the cohort.
 */
export const exchangeRepository = {
  /** The cohort's items, newest first, with the publishing organisation's name. */
  itemsOf: (db: Database, cohortId: string) =>
    db
      .select({ item: exchangeItems, organisationName: organisations.name })
      .from(exchangeItems)
      .innerJoin(organisations, eq(organisations.id, exchangeItems.organisationId))
      .where(eq(exchangeItems.cohortId, cohortId))
      .orderBy(desc(exchangeItems.publishedAt), desc(exchangeItems.id)),

  /** One item of the cohort, by id alone: the caller checks the policy. */
  async item(db: Database, cohortId: string, id: string) {
    const [row] = await db
      .select({ item: exchangeItems, organisationName: organisations.name })
      .from(exchangeItems)
      .innerJoin(organisations, eq(organisations.id, exchangeItems.organisationId))
      .where(and(eq(exchangeItems.cohortId, cohortId), eq(exchangeItems.id, id)));
    return row;
  },

  /** Which organisation copied which item: for counts over at least five organisations and "copied by me" only. */
  copiesOf: (db: Database, itemIds: readonly string[]) =>
    itemIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ itemId: exchangeCopies.itemId, organisationId: exchangeCopies.organisationId })
          .from(exchangeCopies)
          .where(inArray(exchangeCopies.itemId, [...itemIds])),

  async insertItem(db: Database, row: typeof exchangeItems.$inferInsert) {
    const [created] = await db.insert(exchangeItems).values(row).returning();
    return created!;
  },

  async removeItem(db: Database, organisationId: string, cohortId: string, id: string) {
    const [row] = await db
      .delete(exchangeItems)
      .where(and(eq(exchangeItems.organisationId, organisationId), eq(exchangeItems.cohortId, cohortId), eq(exchangeItems.id, id)))
      .returning();
    return row;
  },

  /** Claims the copy for the organisation; undefined when it copied the item before. */
  async claimCopy(db: Database, organisationId: string, itemId: string) {
    const [row] = await db.insert(exchangeCopies).values({ itemId, organisationId }).onConflictDoNothing().returning();
    return row;
  },

  setCopiedIntervention: (db: Database, organisationId: string, itemId: string, interventionId: string) =>
    db
      .update(exchangeCopies)
      .set({ interventionId })
      .where(and(eq(exchangeCopies.organisationId, organisationId), eq(exchangeCopies.itemId, itemId))),

  releaseCopy: (db: Database, organisationId: string, itemId: string) =>
    db.delete(exchangeCopies).where(and(eq(exchangeCopies.organisationId, organisationId), eq(exchangeCopies.itemId, itemId))),
};

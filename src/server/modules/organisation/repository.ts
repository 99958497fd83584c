import { and, count, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organisations } from '../../db/schema.js';

export type OrganisationRow = typeof organisations.$inferSelect;

export const organisationRepository = {
  async byId(db: Database, id: string) {
    const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
    return row;
  },

  /** The organisation behind a staff member's breach report link. */
  async byBreachSlug(db: Database, slug: string) {
    const [row] = await db.select().from(organisations).where(eq(organisations.breachSlug, slug));
    return row;
  },

  async insert(db: Database, row: typeof organisations.$inferInsert) {
    const [created] = await db.insert(organisations).values(row).returning();
    return created!;
  },

  async update(db: Database, id: string, changes: Partial<typeof organisations.$inferInsert>) {
    const [updated] = await db.update(organisations).set(changes).where(eq(organisations.id, id)).returning();
    return updated!;
  },

  /** Sets a moment column once: the first time counts, later calls change nothing. Answers whether this call set it. */
  async markOnce(db: Database, id: string, column: 'breachLinkSharedAt' | 'firstRunDismissedAt', at: Date) {
    const set = await db
      .update(organisations)
      .set({ [column]: at })
      .where(and(eq(organisations.id, id), isNull(organisations[column])))
      .returning({ id: organisations.id });
    return set.length > 0;
  },

  async countReal(db: Database) {
    const [row] = await db.select({ n: count() }).from(organisations).where(eq(organisations.isDemo, false));
    return row?.n ?? 0;
  },

  /** Every organisation but the demo, whose addresses do not exist: id and name. */
  mailing: (db: Database) => db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.isDemo, false)),

  async demo(db: Database) {
    const [row] = await db.select().from(organisations).where(eq(organisations.isDemo, true));
    return row;
  },
};

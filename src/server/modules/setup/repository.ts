import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cohortSubgroupMembers, cohortSubgroups, cohortSubmissions, exchangeItems, instanceSettings, roleplayRounds, setupTokens } from '../../db/schema.js';

export const setupRepository = {
  /** A fresh set-up link replaces all unused earlier ones. */
  async replaceToken(db: Database, tokenHash: string) {
    await db.delete(setupTokens).where(isNull(setupTokens.usedAt));
    await db.insert(setupTokens).values({ tokenHash });
  },

  /** Whether the token may still be used; using it (useToken) is what counts, this only looks. */
  async tokenUnused(db: Database, tokenHash: string) {
    const [row] = await db
      .select({ tokenHash: setupTokens.tokenHash })
      .from(setupTokens)
      .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt)));
    return row !== undefined;
  },

  async useToken(db: Database, tokenHash: string, now: Date) {
    const used = await db
      .update(setupTokens)
      .set({ usedAt: now })
      .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt)))
      .returning({ tokenHash: setupTokens.tokenHash });
    return used.length === 1;
  },

  async setting(db: Database, key: string) {
    const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key));
    return row?.value;
  },

  /** Keeps the first value when two instances race to store one. */
  async settingOrInsert(db: Database, key: string, value: string) {
    await db.insert(instanceSettings).values({ key, value }).onConflictDoNothing();
    return (await setupRepository.setting(db, key))!;
  },
};

/**
 * The demo masterclass's rows that the masterclass repository has no insert for (yet), written with
 * the days they should carry (demo-masterclass.ts). Only the demo loader calls these.
 */
export const demoMasterclassRepository = {
  async insertSubgroup(db: Database, row: typeof cohortSubgroups.$inferInsert, participationIds: readonly string[]) {
    const [created] = await db.insert(cohortSubgroups).values(row).returning();
    await db
      .insert(cohortSubgroupMembers)
      .values(participationIds.map((participationId) => ({ subgroupId: created!.id, assignmentId: row.assignmentId, participationId })));
    return created!;
  },

  insertSubmissions: (db: Database, rows: (typeof cohortSubmissions.$inferInsert)[]) => db.insert(cohortSubmissions).values(rows),

  insertRoleplayRound: (db: Database, row: typeof roleplayRounds.$inferInsert) => db.insert(roleplayRounds).values(row),

  insertExchangeItems: (db: Database, rows: (typeof exchangeItems.$inferInsert)[]) => db.insert(exchangeItems).values(rows),
};

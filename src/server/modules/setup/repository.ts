import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { instanceSettings, setupTokens } from '../../db/schema.js';

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

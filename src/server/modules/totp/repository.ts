import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { userTotp } from '../../db/schema.js';

export type TotpRow = typeof userTotp.$inferSelect;

export const totpRepository = {
  async of(db: Database, userId: string) {
    const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
    return row;
  },

  /** Starts (or restarts) an enrolment; a confirmed second factor is never replaced this way. */
  async startEnrolment(db: Database, row: { userId: string; organisationId: string; secretSealed: string }) {
    const [saved] = await db
      .insert(userTotp)
      .values(row)
      .onConflictDoUpdate({ target: userTotp.userId, set: { secretSealed: row.secretSealed, createdAt: new Date() }, setWhere: isNull(userTotp.confirmedAt) })
      .returning({ userId: userTotp.userId });
    return saved !== undefined;
  },

  /** False when another request confirmed it first. */
  async confirm(db: Database, userId: string, now: Date, step: number, recoveryCodes: string[]) {
    const done = await db
      .update(userTotp)
      .set({ confirmedAt: now, lastStep: step, recoveryCodes })
      .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
      .returning({ userId: userTotp.userId });
    return done.length === 1;
  },

  /** Takes a time step in one statement, so the same code sent twice at once is accepted once. */
  async useStep(db: Database, userId: string, step: number) {
    const used = await db
      .update(userTotp)
      .set({ lastStep: step })
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt), or(isNull(userTotp.lastStep), lt(userTotp.lastStep, step))))
      .returning({ userId: userTotp.userId });
    return used.length === 1;
  },

  /** Crosses off a recovery code; false when it is not (or no longer) one of the user's. */
  async useRecoveryCode(db: Database, userId: string, codeHash: string) {
    const used = await db
      .update(userTotp)
      .set({ recoveryCodes: sql`array_remove(${userTotp.recoveryCodes}, ${codeHash})` })
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt), sql`${codeHash} = any(${userTotp.recoveryCodes})`))
      .returning({ userId: userTotp.userId });
    return used.length === 1;
  },

  /** Secret and recovery codes go together; answers whether it was on (not merely being set up). */
  async remove(db: Database, userId: string) {
    const [removed] = await db.delete(userTotp).where(eq(userTotp.userId, userId)).returning({ confirmedAt: userTotp.confirmedAt });
    return Boolean(removed?.confirmedAt);
  },
};

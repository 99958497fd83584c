import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { surveyInvitationDays, surveyInvitationOutbox } from '../../db/schema.js';

export const invitationsRepository = {
  async usedOn(db: Database, organisationId: string, day: string): Promise<number> {
    const [row] = await db
      .select({ mails: surveyInvitationDays.mails })
      .from(surveyInvitationDays)
      .where(and(eq(surveyInvitationDays.organisationId, organisationId), eq(surveyInvitationDays.day, day)));
    return row?.mails ?? 0;
  },

  /**
   * Counts `mails` more on `day` only if the day's total stays within `perDay`, in one statement:
   * its row lock makes batches sent at the same moment wait for each other, so together they never
   * pass the limit. Returns whether they were counted (the lock holds until the transaction ends).
   */
  async take(db: Database, organisationId: string, day: string, mails: number, perDay: number): Promise<boolean> {
    const result = (await db.execute(sql`
      insert into ${surveyInvitationDays} (organisation_id, day, mails)
      select ${organisationId}::uuid, ${day}::date, ${mails}::int where ${mails}::int <= ${perDay}::int
      on conflict (organisation_id, day) do update set mails = ${surveyInvitationDays}.mails + excluded.mails
        where ${surveyInvitationDays}.mails + excluded.mails <= ${perDay}::int
      returning mails`)) as unknown as { rows: unknown[] };
    return result.rows.length === 1;
  },

  queue: (db: Database, rows: (typeof surveyInvitationOutbox.$inferInsert)[]) => db.insert(surveyInvitationOutbox).values(rows),

  async pending(db: Database, batchId: string): Promise<string[]> {
    const rows = await db
      .select({ id: surveyInvitationOutbox.id })
      .from(surveyInvitationOutbox)
      .where(eq(surveyInvitationOutbox.batchId, batchId))
      .orderBy(asc(surveyInvitationOutbox.email));
    return rows.map((r) => r.id);
  },

  /** Takes one waiting mail's address out of the outbox; undefined when another run took it. */
  async claim(db: Database, id: string): Promise<string | undefined> {
    const [row] = await db.delete(surveyInvitationOutbox).where(eq(surveyInvitationOutbox.id, id)).returning({ email: surveyInvitationOutbox.email });
    return row?.email;
  },

  dropBatch: (db: Database, batchId: string) => db.delete(surveyInvitationOutbox).where(eq(surveyInvitationOutbox.batchId, batchId)),

  /** Addresses whose mail never went out by `queuedBefore`, and the counts of days before `today`. */
  async purge(db: Database, queuedBefore: Date, today: string): Promise<number> {
    const dropped = await db
      .delete(surveyInvitationOutbox)
      .where(lt(surveyInvitationOutbox.queuedAt, queuedBefore))
      .returning({ id: surveyInvitationOutbox.id });
    await db.delete(surveyInvitationDays).where(lt(surveyInvitationDays.day, today));
    return dropped.length;
  },
};

import { and, arrayContains, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { breachDecisions, breaches, breachSequences, users } from '../../db/schema.js';

export type NewBreachRow = typeof breaches.$inferInsert;

/** When a demo breach happened, and its register number for the year of its report (breachesRepository.backdateDemo). */
export interface DemoBreachDates {
  id: string;
  reference: string;
  reportedAt: Date;
  awareConfirmedAt: Date;
  decidedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
}

/** The active accounts of one organisation that can receive mail and hold the role. */
const activeWithRole = (organisationId: string, role: string) =>
  and(eq(users.organisationId, organisationId), eq(users.status, 'active'), ne(users.email, ''), arrayContains(users.roles, [role]));
const recipient = { id: users.id, email: users.email, name: users.name, locale: users.locale };

/** The breach register's queries; every one within one organisation. */
export const breachesRepository = {
  // Reporting (report.service.ts): a new breach and the mail to the privacy role.

  /**
   * The next number of the organisation's breaches in the year. One statement takes it and counts
   * on, so two reports at the same moment wait for each other and get distinct numbers.
   */
  async nextNumber(tx: Database, organisationId: string, year: number): Promise<number> {
    const [row] = await tx
      .insert(breachSequences)
      .values({ organisationId, year, last: 1 })
      .onConflictDoUpdate({ target: [breachSequences.organisationId, breachSequences.year], set: { last: sql`${breachSequences.last} + 1` } })
      .returning({ last: breachSequences.last });
    return row!.last;
  },

  /** The new breach, or undefined when the organisation already has its public reference. */
  async insert(tx: Database, row: NewBreachRow) {
    const [created] = await tx
      .insert(breaches)
      .values(row)
      .onConflictDoNothing({ target: [breaches.organisationId, breaches.publicReference] })
      .returning({ id: breaches.id, publicReference: breaches.publicReference });
    return created;
  },

  /** What the notification mail may say about a breach: never the report itself. */
  async notice(db: Database, organisationId: string, id: string) {
    const [row] = await db
      .select({ id: breaches.id, reference: breaches.reference, awareAt: breaches.awareAt })
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), eq(breaches.id, id)));
    return row;
  },

  /**
   * Who hears of a new report: the privacy officers, or the admins when nobody holds that role.
   * A system job without a session, so it reads the accounts itself (as the reminders do).
   */
  async notificationRecipients(db: Database, organisationId: string) {
    for (const as of ['privacy', 'admin'] as const) {
      const found = await db.select(recipient).from(users).where(activeWithRole(organisationId, as)).orderBy(asc(users.createdAt), asc(users.id));
      if (found.length > 0) return found.map((r) => ({ ...r, as }));
    }
    return [];
  },

  /** One recipient, if the account is still active when the mail goes out. */
  async activeRecipient(db: Database, organisationId: string, userId: string) {
    const [row] = await db
      .select(recipient)
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, userId), eq(users.status, 'active'), ne(users.email, '')));
    return row;
  },

  // Deadline alerts (deadline-alerts.ts).

  /** The breaches whose 72 hours still run: not closed, the AP not notified; with their latest notification decision. */
  async runningClocks(db: Database, organisationId: string) {
    const open = await db
      .select({ id: breaches.id, reference: breaches.reference, awareAt: breaches.awareAt })
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), ne(breaches.status, 'closed'), isNull(breaches.apNotifiedAt)));
    if (open.length === 0) return [];
    const decisions = await db
      .select({ breachId: breachDecisions.breachId, notifyAp: breachDecisions.notifyAp })
      .from(breachDecisions)
      .where(
        and(
          eq(breachDecisions.organisationId, organisationId),
          inArray(
            breachDecisions.breachId,
            open.map((b) => b.id),
          ),
        ),
      )
      .orderBy(asc(breachDecisions.decidedAt));
    const latest = new Map(decisions.map((d) => [d.breachId, d.notifyAp]));
    return open.map((b) => ({ ...b, notifyAp: latest.get(b.id) ?? null }));
  },

  /**
   * The demo (setup/demo-breaches.ts) reports and handles its breaches through the services, which
   * stamp the moment of loading; this dates them back to when they happened, as demo-survey.ts does
   * for surveys: the report, the confirmed awareness, the decision (one per breach), the closing, and
   * the register number of the year of the report, with each year's sequence at its last number.
   * A few statements for all of them, so the demo still starts quickly.
   */
  async backdateDemo(tx: Database, organisationId: string, dated: readonly DemoBreachDates[], sequences: readonly { year: number; last: number }[]) {
    if (dated.length === 0) return;
    const moment = (at: Date | null) => sql`${at?.toISOString() ?? null}::timestamptz`;
    const rows = sql.join(
      dated.map(
        (d) =>
          sql`(${d.id}::uuid, ${d.reference}, ${moment(d.reportedAt)}, ${moment(d.awareConfirmedAt)}, ${moment(d.decidedAt)}, ${moment(d.closedAt)}, ${moment(d.updatedAt)})`,
      ),
      sql`, `,
    );
    const dates = sql`(values ${rows}) as dated(id, reference, reported_at, aware_confirmed_at, decided_at, closed_at, updated_at)`;
    // The unique index is checked row by row, and a new number may still be another breach's old one: clear them first.
    await tx
      .update(breaches)
      .set({ reference: sql`'renumbering-' || ${breaches.id}` })
      .where(eq(breaches.organisationId, organisationId));
    await tx.execute(sql`update ${breaches} set reference = dated.reference, reported_at = dated.reported_at, aware_confirmed_at = dated.aware_confirmed_at, closed_at = dated.closed_at, updated_at = dated.updated_at
      from ${dates} where ${breaches.id} = dated.id and ${breaches.organisationId} = ${organisationId}`);
    await tx.execute(sql`update ${breachDecisions} set decided_at = dated.decided_at
      from ${dates} where ${breachDecisions.breachId} = dated.id and dated.decided_at is not null and ${breachDecisions.organisationId} = ${organisationId}`);
    await tx.delete(breachSequences).where(eq(breachSequences.organisationId, organisationId));
    if (sequences.length > 0) await tx.insert(breachSequences).values(sequences.map((s) => ({ organisationId, ...s })));
  },
};

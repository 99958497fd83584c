import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { NOTIFICATION_HOURS } from '#core/breach/deadline.js';
import type { IncidentKind } from '#core/breach/report.js';
import type { BreachClockRow } from '#core/breach/statistics.js';
import type { BreachStatus } from '#core/breach/workflow.js';
import type { Database } from '../../db/client.js';
import { breachApFollowUps, breachDecisions, breaches, users } from '../../db/schema.js';

export type BreachRow = typeof breaches.$inferSelect;
export type DecisionRow = typeof breachDecisions.$inferSelect;
export type NewDecisionRow = typeof breachDecisions.$inferInsert;
export type FollowUpRow = typeof breachApFollowUps.$inferSelect;
export type NewFollowUpRow = typeof breachApFollowUps.$inferInsert;

/** What the register list can be narrowed to; months are Amsterdam calendar months, turned into moments by the service. */
export interface RegisterFilter {
  status?: BreachStatus;
  /** Reported at or after. */
  from?: Date;
  /** Reported before. */
  to?: Date;
  department?: string;
  kind?: IncidentKind;
  overdue?: boolean;
}

/** The officer's incident kind where recorded, else the reporter's. */
const kindOf = sql<IncidentKind>`coalesce(${breaches.register}->>'incidentKind', ${breaches.report}->>'incidentKind')`;

/**
 * The breach of the current row, named with its table by hand: among the selected fields of a query on
 * one table Drizzle leaves column names bare, and a bare "id" in a subquery on breach_decisions is the decision's own.
 */
const currentBreachId = sql`${breaches}.${sql.identifier(breaches.id.name)}`;
const ofCurrentBreach = sql`${breachDecisions.breachId} = ${currentBreachId}`;
/** The latest decision on the breach of the current row: whether it was to notify the AP. */
const latestNotifyAp = sql`(select ${breachDecisions.notifyAp} from ${breachDecisions} where ${ofCurrentBreach} order by ${breachDecisions.decidedAt} desc limit 1)`;
/** When the latest decision on the breach of the current row was taken; null while there is none. */
const latestDecidedAt = sql`(select max(${breachDecisions.decidedAt}) from ${breachDecisions} where ${ofCurrentBreach})`;

/**
 * The 72 hours have passed and the AP has not been notified, while notifying may still be due:
 * not closed, and no latest decision not to notify. The SQL form of core clockRunning, for filtering
 * and paging in the database (tests/api/breach-register.test.ts covers the overdue filter).
 */
const overdue = (now: Date) =>
  sql`(${breaches.apNotifiedAt} is null and ${breaches.awareAt} < ${new Date(now.getTime() - NOTIFICATION_HOURS * 3_600_000)} and ${breaches.status} <> 'closed' and coalesce(${latestNotifyAp}, true))`;

function conditions(organisationId: string, filter: RegisterFilter, now: Date): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(breaches.organisationId, organisationId)];
  if (filter.status) where.push(eq(breaches.status, filter.status));
  if (filter.from) where.push(gte(breaches.reportedAt, filter.from));
  if (filter.to) where.push(lt(breaches.reportedAt, filter.to));
  if (filter.department !== undefined) where.push(eq(breaches.department, filter.department));
  if (filter.kind) where.push(sql`${kindOf} = ${filter.kind}`);
  if (filter.overdue !== undefined) where.push(filter.overdue ? overdue(now) : sql`not ${overdue(now)}`);
  return and(...where);
}

/** The privacy officer's side of the breach register; every query within one organisation. */
export const registerRepository = {
  /** One page of the register, newest report first, and how many match in all. */
  async list(db: Database, organisationId: string, filter: RegisterFilter, page: { offset: number; limit: number }, now: Date) {
    const where = conditions(organisationId, filter, now);
    const [rows, [total]] = await Promise.all([
      db.select().from(breaches).where(where).orderBy(desc(breaches.reportedAt), desc(breaches.reference)).offset(page.offset).limit(page.limit),
      db.select({ n: count() }).from(breaches).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  },

  /** Every matching breach, oldest report first (the CSV export). */
  all: (db: Database, organisationId: string, filter: RegisterFilter, now: Date) =>
    db
      .select()
      .from(breaches)
      .where(conditions(organisationId, filter, now))
      .orderBy(asc(breaches.reportedAt), asc(breaches.reference)),

  /** Every breach not closed yet, earliest deadline first (the deadline is awareAt plus 72 hours). */
  open: (db: Database, organisationId: string) =>
    db
      .select()
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), ne(breaches.status, 'closed')))
      .orderBy(asc(breaches.awareAt), asc(breaches.reference)),

  async byId(db: Database, organisationId: string, id: string): Promise<BreachRow | undefined> {
    const [row] = await db
      .select()
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), eq(breaches.id, id)));
    return row;
  },

  /** Locks the breach for the rest of the transaction, so two officers' changes follow each other. */
  async forUpdate(tx: Database, organisationId: string, id: string): Promise<BreachRow | undefined> {
    const [row] = await tx
      .select()
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), eq(breaches.id, id)))
      .for('update');
    return row;
  },

  async update(
    tx: Database,
    organisationId: string,
    id: string,
    changes: Partial<
      Pick<
        BreachRow,
        | 'register'
        | 'awareAt'
        | 'awareConfirmedAt'
        | 'awareConfirmedBy'
        | 'awareReason'
        | 'status'
        | 'apNotifiedAt'
        | 'apReference'
        | 'apReceivedAt'
        | 'lateReason'
        | 'subjectsInformedAt'
        | 'closedAt'
      >
    >,
  ) {
    const [row] = await tx
      .update(breaches)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(breaches.organisationId, organisationId), eq(breaches.id, id)))
      .returning();
    return row!;
  },

  /** The decisions on one breach, oldest first. */
  decisions: (db: Database, organisationId: string, breachId: string) =>
    db
      .select({ decision: breachDecisions, decidedByName: users.name })
      .from(breachDecisions)
      .leftJoin(users, eq(users.id, breachDecisions.decidedBy))
      .where(and(eq(breachDecisions.organisationId, organisationId), eq(breachDecisions.breachId, breachId)))
      .orderBy(asc(breachDecisions.decidedAt)),

  /** The latest decision on each of the breaches named. */
  async latestDecisions(db: Database, organisationId: string, breachIds: string[]): Promise<Map<string, DecisionRow>> {
    if (breachIds.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([breachDecisions.breachId])
      .from(breachDecisions)
      .where(and(eq(breachDecisions.organisationId, organisationId), inArray(breachDecisions.breachId, breachIds)))
      .orderBy(breachDecisions.breachId, desc(breachDecisions.decidedAt));
    return new Map(rows.map((r) => [r.breachId, r]));
  },

  async insertDecision(tx: Database, row: NewDecisionRow) {
    const [created] = await tx.insert(breachDecisions).values(row).returning();
    return created!;
  },

  /** The name of one of the organisation's accounts, while it exists. */
  async userName(db: Database, organisationId: string, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [row] = await db
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
    return row?.name ?? null;
  },

  /** The follow-ups to the AP on one breach, in the order they were sent. */
  followUps: (db: Database, organisationId: string, breachId: string) =>
    db
      .select({ followUp: breachApFollowUps, recordedByName: users.name })
      .from(breachApFollowUps)
      .leftJoin(users, eq(users.id, breachApFollowUps.recordedBy))
      .where(and(eq(breachApFollowUps.organisationId, organisationId), eq(breachApFollowUps.breachId, breachId)))
      .orderBy(asc(breachApFollowUps.sentAt), asc(breachApFollowUps.recordedAt)),

  async insertFollowUp(tx: Database, row: NewFollowUpRow) {
    const [created] = await tx.insert(breachApFollowUps).values(row).returning();
    return created!;
  },

  /**
   * What the 72-hour figures need of every breach of the organisation reported within `reported`
   * (all without it): the moments and the current decision, nothing else.
   */
  async clockRows(db: Database, organisationId: string, reported?: { from: Date; before: Date }): Promise<BreachClockRow[]> {
    const rows = await db
      .select({
        reportedAt: breaches.reportedAt,
        awareAt: breaches.awareAt,
        apNotifiedAt: breaches.apNotifiedAt,
        notifyAp: latestNotifyAp.mapWith(breachDecisions.notifyAp),
        decidedAt: latestDecidedAt.mapWith(breachDecisions.decidedAt),
      })
      .from(breaches)
      .where(
        and(
          eq(breaches.organisationId, organisationId),
          reported ? and(gte(breaches.reportedAt, reported.from), lt(breaches.reportedAt, reported.before)) : undefined,
        ),
      );
    // Both subqueries give null for a breach without a decision.
    return rows.map(({ notifyAp, decidedAt, ...moments }) => ({ ...moments, decision: decidedAt ? { notifyAp, decidedAt } : null }));
  },

  /** What the statistics and the KPI need of every breach of the organisation. */
  statRows: (db: Database, organisationId: string) =>
    db
      .select({ reportedAt: breaches.reportedAt, department: breaches.department, kind: kindOf, status: breaches.status })
      .from(breaches)
      .where(eq(breaches.organisationId, organisationId)),
};

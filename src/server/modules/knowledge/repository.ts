import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { knowledgeCheckResponseCounts, knowledgeCheckResponses, knowledgeCheckTallies, knowledgeChecks } from '../../db/schema.js';
import { counterStripe, storedPerKey } from '../../db/group-commit.js';
import { rewriteInRandomOrder } from '../../db/shuffle.js';

export type KnowledgeCheckRow = typeof knowledgeChecks.$inferSelect;

/**
 * A check's number of answers, without scanning them. Once closed, the tally counts them: it
 * outlives the raw ones (retention); while open, its counter (a few rows per day it was open, see
 * `insertResponses`). Spelled out: inside a subquery Drizzle would leave the columns unqualified,
 * and "id" would be the response's.
 */
const responseCount = sql<number>`coalesce(
  (select sum(t.n)::int from knowledge_check_tallies t where t.check_id = knowledge_checks.id),
  (select sum(c.n)::int from knowledge_check_response_counts c where c.check_id = knowledge_checks.id), 0)`;

/** The answers before `today` (Amsterdam): what a team may see counted while the check is open. */
const answeredBefore = (today: string) =>
  sql<number>`(select coalesce(sum(c.n), 0)::int from knowledge_check_response_counts c where c.check_id = knowledge_checks.id and c.day < ${today}::date)`;

export const knowledgeRepository = {
  /** The organisation's checks, newest first, each with its number of answers. */
  list: (db: Database, organisationId: string, today: string) =>
    db
      .select({ check: knowledgeChecks, responses: responseCount, beforeToday: answeredBefore(today) })
      .from(knowledgeChecks)
      .where(eq(knowledgeChecks.organisationId, organisationId))
      .orderBy(desc(knowledgeChecks.createdAt)),

  async byId(db: Database, organisationId: string, id: string) {
    const [row] = await db
      .select()
      .from(knowledgeChecks)
      .where(and(eq(knowledgeChecks.organisationId, organisationId), eq(knowledgeChecks.id, id)));
    return row;
  },

  /** The public side knows a check only by its unguessable slug. */
  async bySlug(db: Database, slug: string) {
    const [row] = await db.select().from(knowledgeChecks).where(eq(knowledgeChecks.publicSlug, slug));
    return row;
  },

  /** The closed checks that serve a programme (as a measurement or a training), oldest first. */
  closedOfProgramme: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(knowledgeChecks)
      .where(
        and(
          eq(knowledgeChecks.organisationId, organisationId),
          eq(knowledgeChecks.programmeId, programmeId),
          eq(knowledgeChecks.status, 'closed'),
          isNotNull(knowledgeChecks.closedAt),
        ),
      )
      .orderBy(knowledgeChecks.closedAt),

  async insert(db: Database, row: typeof knowledgeChecks.$inferInsert) {
    const [created] = await db.insert(knowledgeChecks).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, id: string, changes: Partial<typeof knowledgeChecks.$inferInsert>) {
    const [updated] = await db
      .update(knowledgeChecks)
      .set(changes)
      .where(and(eq(knowledgeChecks.organisationId, organisationId), eq(knowledgeChecks.id, id)))
      .returning();
    return updated!;
  },

  remove: (db: Database, organisationId: string, id: string) =>
    db.delete(knowledgeChecks).where(and(eq(knowledgeChecks.organisationId, organisationId), eq(knowledgeChecks.id, id))),

  async responses(db: Database, checkId: string, today: string) {
    const [row] = await db
      .select({ n: responseCount, beforeToday: answeredBefore(today) })
      .from(knowledgeChecks)
      .where(eq(knowledgeChecks.id, checkId));
    return row!;
  },

  /** Locks the check against new answers (which take a key-share lock), so closing waits for answers in flight. */
  lockForClose: (db: Database, id: string) => db.execute(sql`select id from ${knowledgeChecks} where id = ${id} for update`),

  /**
   * Stores responses, each only if its check is still open, in one statement (a batch from the
   * group commit): the key-share lock on the check row makes the status check and the insert one
   * step with respect to closing (`lockForClose`), as surveys do. The same statement adds them to
   * the check's counter, on one stripe (see the surveys' `insertResponses`). Returns per response
   * whether it was stored.
   */
  async insertResponses(db: Database, rows: { checkId: string; day: string; department: string; answers: number[]; correct: number }[]) {
    const batch = rows.map((r) => ({ check_id: r.checkId, day: r.day, department: r.department, answers: r.answers, correct: r.correct }));
    const { rows: counts } = (await db.execute(sql`
      with stored as (
        insert into ${knowledgeCheckResponses} (organisation_id, check_id, submitted_on, department, answers, correct)
        select c.organisation_id, c.id, r.day, r.department, r.answers, r.correct
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(check_id uuid, day date, department text, answers smallint[], correct smallint)
        join ${knowledgeChecks} c on c.id = r.check_id and c.status = 'open'
        for key share of c
        returning organisation_id, check_id, submitted_on),
      counted as (
        insert into ${knowledgeCheckResponseCounts} as k (check_id, organisation_id, day, stripe, n)
        select check_id, organisation_id, submitted_on, ${counterStripe()}::smallint, count(*) from stored group by check_id, organisation_id, submitted_on
        order by check_id, submitted_on
        on conflict (check_id, day, stripe) do update set n = k.n + excluded.n)
      select check_id as key, count(*)::int as n from stored group by check_id`)) as unknown as { rows: { key: string; n: number }[] };
    return storedPerKey(rows, (r) => r.checkId, counts);
  },

  /** The counters of an organisation's open checks made anew from their stored answers (an import of an older export). */
  async recountOpen(db: Database, organisationId: string) {
    await db.execute(
      sql`delete from ${knowledgeCheckResponseCounts} k using ${knowledgeChecks} c where c.id = k.check_id and c.organisation_id = ${organisationId} and c.status = 'open'`,
    );
    await db.execute(sql`
      insert into ${knowledgeCheckResponseCounts} (check_id, organisation_id, day, stripe, n)
      select r.check_id, c.organisation_id, r.submitted_on, 0, count(*)
      from ${knowledgeCheckResponses} r join ${knowledgeChecks} c on c.id = r.check_id
      where c.organisation_id = ${organisationId} and c.status = 'open'
      group by r.check_id, c.organisation_id, r.submitted_on`);
  },

  /** At closing, after the tally: the counter goes, with its split by day (see the surveys' `dropCounter`). */
  dropCounter: (db: Database, checkId: string) => db.delete(knowledgeCheckResponseCounts).where(eq(knowledgeCheckResponseCounts.checkId, checkId)),

  /**
   * Counts a closing check's answers per department and combination of chosen options, in one
   * statement: all its results need, kept in the tally table.
   */
  tally: (db: Database, checkId: string) =>
    db.insert(knowledgeCheckTallies).select(
      db
        .select({
          checkId: knowledgeCheckResponses.checkId,
          organisationId: knowledgeCheckResponses.organisationId,
          department: knowledgeCheckResponses.department,
          answers: knowledgeCheckResponses.answers,
          n: sql<number>`count(*)::int`.as('n'),
        })
        .from(knowledgeCheckResponses)
        .where(eq(knowledgeCheckResponses.checkId, checkId))
        .groupBy(knowledgeCheckResponses.checkId, knowledgeCheckResponses.organisationId, knowledgeCheckResponses.department, knowledgeCheckResponses.answers),
    ),

  /** At closing: the answers rewritten in random order, each with the closing day as its day (docs/anonymity.md). */
  shuffleResponses: (db: Database, checkId: string, closingDay: string) =>
    rewriteInRandomOrder(db, knowledgeCheckResponses, eq(knowledgeCheckResponses.checkId, checkId), {
      [knowledgeCheckResponses.submittedOn.name]: sql`${closingDay}::date`,
    }),

  /** A closed check's tally: the answers per department and combination of chosen options. */
  cells: (db: Database, checkId: string) =>
    db
      .select({ department: knowledgeCheckTallies.department, answers: knowledgeCheckTallies.answers, n: knowledgeCheckTallies.n })
      .from(knowledgeCheckTallies)
      .where(eq(knowledgeCheckTallies.checkId, checkId)),
};

import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { knowledgeCheckResponses, knowledgeCheckTallies, knowledgeChecks } from '../../db/schema.js';
import { rewriteInRandomOrder } from '../../db/shuffle.js';

export type KnowledgeCheckRow = typeof knowledgeChecks.$inferSelect;

/**
 * A check's number of answers. Once closed, the tally counts them: it outlives the raw ones
 * (retention). Spelled out: inside a subquery Drizzle would leave the columns unqualified, and
 * "id" would be the response's.
 */
const responseCount = sql<number>`coalesce(
  (select sum(t.n)::int from knowledge_check_tallies t where t.check_id = knowledge_checks.id),
  (select count(*)::int from knowledge_check_responses r where r.check_id = knowledge_checks.id))`;

/** The answers before `today` (Amsterdam): what a team may see counted while the check is open. */
const answeredBefore = (today: string) => sql<number>`(select count(*)::int from knowledge_check_responses r where r.check_id = knowledge_checks.id and r.submitted_on < ${today}::date)`;

export const knowledgeRepository = {
  /** The organisation's checks, newest first, each with its number of answers. */
  list: (db: Database, organisationId: string, today: string) =>
    db
      .select({ check: knowledgeChecks, responses: responseCount, beforeToday: answeredBefore(today) })
      .from(knowledgeChecks)
      .where(eq(knowledgeChecks.organisationId, organisationId))
      .orderBy(desc(knowledgeChecks.createdAt)),

  async byId(db: Database, organisationId: string, id: string) {
    const [row] = await db.select().from(knowledgeChecks).where(and(eq(knowledgeChecks.organisationId, organisationId), eq(knowledgeChecks.id, id)));
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
      .where(and(eq(knowledgeChecks.organisationId, organisationId), eq(knowledgeChecks.programmeId, programmeId), eq(knowledgeChecks.status, 'closed'), isNotNull(knowledgeChecks.closedAt)))
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
    const [row] = await db.select({ n: responseCount, beforeToday: answeredBefore(today) }).from(knowledgeChecks).where(eq(knowledgeChecks.id, checkId));
    return row!;
  },

  /** Locks the check against new answers (which take a key-share lock), so closing waits for answers in flight. */
  lockForClose: (db: Database, id: string) => db.execute(sql`select id from ${knowledgeChecks} where id = ${id} for update`),

  /**
   * Stores one response if the check is still open, in one statement: the key-share lock on the
   * check row makes the status check and the insert one step with respect to closing (as surveys do).
   */
  async insertResponse(db: Database, r: { checkId: string; day: string; department: string; answers: number[]; correct: number }) {
    const open = db
      .select({
        id: sql<string>`gen_random_uuid()`.as('id'),
        organisationId: knowledgeChecks.organisationId,
        checkId: knowledgeChecks.id,
        submittedOn: sql<string>`${r.day}::date`.as('submitted_on'),
        department: sql<string>`${r.department}::text`.as('department'),
        answers: sql<number[]>`${sql.param(r.answers)}::smallint[]`.as('answers'),
        correct: sql<number>`${r.correct}::smallint`.as('correct'),
      })
      .from(knowledgeChecks)
      .where(and(eq(knowledgeChecks.id, r.checkId), eq(knowledgeChecks.status, 'open')))
      .for('key share');
    const stored = await db.insert(knowledgeCheckResponses).select(open).returning({ id: knowledgeCheckResponses.id });
    return stored.length === 1;
  },

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
    rewriteInRandomOrder(db, knowledgeCheckResponses, eq(knowledgeCheckResponses.checkId, checkId), { [knowledgeCheckResponses.submittedOn.name]: sql`${closingDay}::date` }),

  /** A closed check's tally: the answers per department and combination of chosen options. */
  cells: (db: Database, checkId: string) =>
    db
      .select({ department: knowledgeCheckTallies.department, answers: knowledgeCheckTallies.answers, n: knowledgeCheckTallies.n })
      .from(knowledgeCheckTallies)
      .where(eq(knowledgeCheckTallies.checkId, checkId)),
};

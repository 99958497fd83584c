import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { surveyInvitations, surveyResponses, surveyTallies, surveys } from '../../db/schema.js';
import { rewriteInRandomOrder } from '../../db/shuffle.js';

export type SurveyRow = typeof surveys.$inferSelect;

const prepared = new WeakMap<Database, ReturnType<typeof prepareSubmit>>();
function prepareSubmit(db: Database) {
  const open = db
    .select({
      // Drizzle's insert-select wants every column of the table, in order.
      id: sql<string>`gen_random_uuid()`.as('id'),
      organisationId: surveys.organisationId,
      surveyId: surveys.id,
      submittedOn: sql<string>`${sql.placeholder('day')}::date`.as('submitted_on'),
      groups: sql<string[]>`${sql.placeholder('groups')}::text[]`.as('groups'),
      answers: sql<number[]>`${sql.placeholder('answers')}::smallint[]`.as('answers'),
    })
    .from(surveys)
    .where(and(eq(surveys.id, sql.placeholder('surveyId')), eq(surveys.status, 'open')))
    .for('key share');
  // No RETURNING: the row count says whether it was stored, and on PGlite reading a returned row
  // cost about a tenth of the statement.
  return db.insert(surveyResponses).select(open).prepare('survey_submit');
}
const submitStatement = (db: Database) => {
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = prepareSubmit(db)));
  return statement;
};

export const surveysRepository = {
  list: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(surveys)
      .where(and(eq(surveys.organisationId, organisationId), eq(surveys.programmeId, programmeId)))
      .orderBy(asc(surveys.createdAt)),

  async byId(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(surveys)
      .where(and(eq(surveys.organisationId, organisationId), eq(surveys.programmeId, programmeId), eq(surveys.id, id)));
    return row;
  },

  /** The public side knows a survey only by its unguessable slug. */
  async bySlug(db: Database, slug: string) {
    const [row] = await db.select().from(surveys).where(eq(surveys.publicSlug, slug));
    return row;
  },

  async insert(db: Database, row: typeof surveys.$inferInsert) {
    const [created] = await db.insert(surveys).values(row).returning();
    return created!;
  },

  async update(db: Database, organisationId: string, id: string, changes: Partial<typeof surveys.$inferInsert>) {
    const [updated] = await db
      .update(surveys)
      .set(changes)
      .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, id)))
      .returning();
    return updated!;
  },

  remove: (db: Database, organisationId: string, id: string) =>
    db.delete(surveys).where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, id))),

  /**
   * Locks the survey row against new answers (which take a key-share lock, see `insertResponse`),
   * so closing waits for answers in flight and counts every one that was acknowledged.
   */
  lockForClose: (db: Database, id: string) => db.execute(sql`select id from ${surveys} where id = ${id} for update`),

  /**
   * Stores one response if the survey is still open, in one statement. The key-share lock on the
   * survey row makes the status check and the insert one step with respect to closing.
   * Returns whether it was stored. Prepared (once per database or transaction handle) because it
   * is the one statement that runs under load; drizzle's PGlite driver ignores that and parses and
   * plans it anew on every call.
   */
  async insertResponse(db: Database, r: { surveyId: string; day: string; groups: (string | null)[]; answers: number[] }) {
    // Both drivers report the command's row count (node-postgres and PGlite alike as rowCount).
    const { rowCount } = (await submitStatement(db).execute(r)) as { rowCount?: number | null };
    return rowCount === 1;
  },

  /** Marks an invitation used; 'unknown' or 'used' when it cannot be. */
  async useInvitation(db: Database, surveyId: string, tokenHash: string): Promise<'ok' | 'used' | 'unknown'> {
    const [row] = await db
      .update(surveyInvitations)
      .set({ used: true })
      .where(and(eq(surveyInvitations.tokenHash, tokenHash), eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.used, false)))
      .returning({ used: surveyInvitations.used });
    if (row) return 'ok';
    const [existing] = await db
      .select({ used: surveyInvitations.used })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.tokenHash, tokenHash), eq(surveyInvitations.surveyId, surveyId)));
    return existing ? 'used' : 'unknown';
  },

  async insertInvitations(db: Database, rows: (typeof surveyInvitations.$inferInsert)[]) {
    if (rows.length > 0) await db.insert(surveyInvitations).values(rows);
  },

  /**
   * One statement, so it also runs inside a transaction (one connection, one query at a time).
   * `today` (Amsterdam) separates the answers a team may see counted while the survey is open.
   */
  async counts(db: Database, surveyId: string, today: string) {
    const [row] = await db
      .select({
        responsesBeforeToday: sql<number>`(select count(*)::int from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveyId} and ${surveyResponses.submittedOn} < ${today}::date)`,
        // Once closed, the tallies count the answers: they outlive the raw ones (retention).
        responses: sql<number>`coalesce((select sum(${surveyTallies.n})::int from ${surveyTallies} where ${surveyTallies.surveyId} = ${surveyId}), (select count(*)::int from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveyId}))`,
        invited: sql<number>`(select count(*)::int from ${surveyInvitations} where ${surveyInvitations.surveyId} = ${surveyId})`,
        invitationsUsed: sql<number>`(select count(*)::int from ${surveyInvitations} where ${surveyInvitations.surveyId} = ${surveyId} and ${surveyInvitations.used})`,
      })
      .from(sql`(select 1) as one`);
    return row!;
  },

  /**
   * Counts the responses per combination of group answers, in one pass in SQL: per item and scale
   * point a filtered count. PostgreSQL's JIT would compile those expressions on every run and
   * costs more than it saves here, so it is off for this statement.
   */
  async tally(db: Database, survey: { id: string; organisationId: string }, items: number, scale: number) {
    const cells: string[] = [];
    for (let i = 1; i <= items; i++) for (let v = 1; v <= scale; v++) cells.push(`count(*) filter (where answers[${i}] = ${v})`);
    await db.execute(sql`set local jit = off`);
    await db.execute(sql`
      insert into ${surveyTallies} (survey_id, organisation_id, groups, n, counts)
      select ${survey.id}::uuid, ${survey.organisationId}::uuid, groups, count(*), array[${sql.raw(cells.join(', '))}]::int[]
      from ${surveyResponses} where survey_id = ${survey.id}
      group by groups`);
  },

  /** At closing: the answers rewritten in random order, each with the closing day as its day (docs/anonymity.md). */
  shuffleResponses: (db: Database, surveyId: string, closingDay: string) =>
    rewriteInRandomOrder(db, surveyResponses, eq(surveyResponses.surveyId, surveyId), { [surveyResponses.submittedOn.name]: sql`${closingDay}::date` }),

  tallies: (db: Database, surveyId: string) =>
    db.select({ groups: surveyTallies.groups, n: surveyTallies.n, counts: surveyTallies.counts }).from(surveyTallies).where(eq(surveyTallies.surveyId, surveyId)),
};

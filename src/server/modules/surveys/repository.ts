import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { surveyInvitations, surveyResponseCounts, surveyResponses, surveyTallies, surveys } from '../../db/schema.js';
import { counterStripe, storedPerKey } from '../../db/group-commit.js';
import { rewriteInRandomOrder } from '../../db/shuffle.js';

export type SurveyRow = typeof surveys.$inferSelect;

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

  remove: (db: Database, organisationId: string, id: string) => db.delete(surveys).where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, id))),

  /**
   * Locks the survey row against new answers (which take a key-share lock, see `insertResponse`),
   * so closing waits for answers in flight and counts every one that was acknowledged.
   */
  lockForClose: (db: Database, id: string) => db.execute(sql`select id from ${surveys} where id = ${id} for update`),

  /**
   * Stores responses, each only if its survey is still open, in one statement (a batch from the
   * group commit, or one answer with its invitation). The key-share lock on the survey row makes
   * the status check and the insert one step with respect to closing, which locks the row for
   * update (`lockForClose`) and so counts every response acknowledged as stored.
   * The same statement adds what it stored to the survey's counter (`survey_response_counts`), so
   * the count is exact for every committed answer and costs one row to read, not a scan. It adds
   * to one stripe of the counter: a row lock on the survey row itself, or on one counter row,
   * would make statements for the same survey wait for each other's commit.
   * Its rows are written in one order (survey, day), so two statements never wait for each other crosswise.
   * Returns per response whether it was stored.
   */
  async insertResponses(db: Database, rows: { surveyId: string; day: string; groups: (string | null)[]; answers: number[] }[]) {
    const batch = rows.map((r) => ({ survey_id: r.surveyId, day: r.day, groups: r.groups, answers: r.answers }));
    const { rows: counts } = (await db.execute(sql`
      with stored as (
        insert into ${surveyResponses} (organisation_id, survey_id, submitted_on, groups, answers)
        select s.organisation_id, s.id, r.day, r.groups, r.answers
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(survey_id uuid, day date, groups text[], answers smallint[])
        join ${surveys} s on s.id = r.survey_id and s.status = 'open'
        for key share of s
        returning organisation_id, survey_id, submitted_on),
      counted as (
        insert into ${surveyResponseCounts} as c (survey_id, organisation_id, day, stripe, n)
        select survey_id, organisation_id, submitted_on, ${counterStripe()}::smallint, count(*) from stored group by survey_id, organisation_id, submitted_on
        order by survey_id, submitted_on
        on conflict (survey_id, day, stripe) do update set n = c.n + excluded.n)
      select survey_id as key, count(*)::int as n from stored group by survey_id`)) as unknown as { rows: { key: string; n: number }[] };
    return storedPerKey(rows, (r) => r.surveyId, counts);
  },

  /**
   * The counters of an organisation's open surveys made anew from their stored answers, for
   * answers stored without the answer statement (an import of an older export).
   */
  async recountOpen(db: Database, organisationId: string) {
    await db.execute(
      sql`delete from ${surveyResponseCounts} c using ${surveys} s where s.id = c.survey_id and s.organisation_id = ${organisationId} and s.status = 'open'`,
    );
    await db.execute(sql`
      insert into ${surveyResponseCounts} (survey_id, organisation_id, day, stripe, n)
      select r.survey_id, s.organisation_id, r.submitted_on, 0, count(*)
      from ${surveyResponses} r join ${surveys} s on s.id = r.survey_id
      where s.organisation_id = ${organisationId} and s.status = 'open'
      group by r.survey_id, s.organisation_id, r.submitted_on`);
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
   * None of it scans the answers: an open survey's count is its counter (a few rows per day it was
   * open), a closed one's its tallies (they outlive the raw answers, retention); a draft has neither.
   */
  async counts(db: Database, surveyId: string, today: string) {
    const counter = sql`from ${surveyResponseCounts} where ${surveyResponseCounts.surveyId} = ${surveyId}`;
    const [row] = await db
      .select({
        responsesBeforeToday: sql<number>`(select coalesce(sum(${surveyResponseCounts.n}), 0)::int ${counter} and ${surveyResponseCounts.day} < ${today}::date)`,
        responses: sql<number>`coalesce((select sum(${surveyTallies.n})::int from ${surveyTallies} where ${surveyTallies.surveyId} = ${surveyId}), (select sum(${surveyResponseCounts.n})::int ${counter}), 0)`,
        invited: sql<number>`(select count(*)::int from ${surveyInvitations} where ${surveyInvitations.surveyId} = ${surveyId})`,
        invitationsUsed: sql<number>`(select count(*)::int from ${surveyInvitations} where ${surveyInvitations.surveyId} = ${surveyId} and ${surveyInvitations.used})`,
      })
      .from(sql`(select 1) as one`);
    return row!;
  },

  /**
   * At closing, after the tally: the counter goes. The tallies count the answers from now on, and
   * its split by day would outlive the answers' own days, which closing erases (docs/anonymity.md).
   */
  dropCounter: (db: Database, surveyId: string) => db.delete(surveyResponseCounts).where(eq(surveyResponseCounts.surveyId, surveyId)),

  /**
   * Counts the responses per combination of group answers, in one pass in SQL: per item and scale
   * point a filtered count. A "weet ik niet" (0) falls in no count but in the cell's n, so the
   * layout (items × scale points) is the one tallies always had. PostgreSQL's JIT would compile
   * those expressions on every run and costs more than it saves here, so it is off for this statement.
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
    db
      .select({ groups: surveyTallies.groups, n: surveyTallies.n, counts: surveyTallies.counts })
      .from(surveyTallies)
      .where(eq(surveyTallies.surveyId, surveyId)),
};

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cohortSubgroupMembers, cohortSubgroups, cohortSubmissions } from '../../db/schema.js';

export type SubmissionRow = typeof cohortSubmissions.$inferSelect;

/**
 * The SQL of subgroups and submissions. Subgroups belong to the training organisation (its
 * organisation_id), submissions to the organisation that hands them in. Reads by assignment alone
 * cross organisations: only assignments.service.ts calls them, after core/policies/cohort.ts (through
 * access.ts) allowed the caller into the cohort and the service checked who may see which submission.
 */
export const assignmentsRepository = {
  /** The subgroups of one assignment with their members (a subgroup without members has none listed). */
  subgroups: (db: Database, assignmentId: string) =>
    db
      .select({ id: cohortSubgroups.id, name: cohortSubgroups.name, participationId: cohortSubgroupMembers.participationId })
      .from(cohortSubgroups)
      .leftJoin(cohortSubgroupMembers, eq(cohortSubgroupMembers.subgroupId, cohortSubgroups.id))
      .where(eq(cohortSubgroups.assignmentId, assignmentId))
      .orderBy(asc(cohortSubgroups.name), asc(cohortSubgroups.id)),

  /**
   * Replaces the subgroups of an assignment. A subgroup that keeps its name keeps its id (and what
   * hangs on it, such as role-play rounds); subgroups no longer named go, with what hangs on them.
   */
  async replaceSubgroups(
    db: Database,
    organisationId: string,
    cohortId: string,
    assignmentId: string,
    groups: readonly { name: string; participationIds: readonly string[] }[],
  ) {
    const existing = await db
      .select({ id: cohortSubgroups.id, name: cohortSubgroups.name })
      .from(cohortSubgroups)
      .where(and(eq(cohortSubgroups.organisationId, organisationId), eq(cohortSubgroups.assignmentId, assignmentId)));
    await db.delete(cohortSubgroupMembers).where(eq(cohortSubgroupMembers.assignmentId, assignmentId));
    const kept: string[] = [];
    const members: (typeof cohortSubgroupMembers.$inferInsert)[] = [];
    for (const group of groups) {
      let id = existing.find((e) => e.name === group.name && !kept.includes(e.id))?.id;
      if (!id) {
        const [created] = await db
          .insert(cohortSubgroups)
          .values({ organisationId, cohortId, assignmentId, name: group.name })
          .returning({ id: cohortSubgroups.id });
        id = created!.id;
      }
      kept.push(id);
      members.push(...group.participationIds.map((participationId) => ({ subgroupId: id, assignmentId, participationId })));
    }
    const gone = existing.filter((e) => !kept.includes(e.id)).map((e) => e.id);
    if (gone.length > 0)
      await db
        .delete(cohortSubgroups)
        .where(and(eq(cohortSubgroups.organisationId, organisationId), eq(cohortSubgroups.assignmentId, assignmentId), inArray(cohortSubgroups.id, gone)));
    if (members.length > 0) await db.insert(cohortSubgroupMembers).values(members);
  },

  /** Every submission to one assignment (crosses organisations: the service decides who sees which). */
  submissions: (db: Database, assignmentId: string) => db.select().from(cohortSubmissions).where(eq(cohortSubmissions.assignmentId, assignmentId)),

  async submission(db: Database, assignmentId: string, participationId: string) {
    const [row] = await db
      .select()
      .from(cohortSubmissions)
      .where(and(eq(cohortSubmissions.assignmentId, assignmentId), eq(cohortSubmissions.participationId, participationId)));
    return row;
  },

  /** The organisation's own submission, in its own rows: a first hand-in sets submittedAt, an edit only updatedAt. */
  async saveSubmission(
    db: Database,
    organisationId: string,
    row: { assignmentId: string; participationId: string; text: string; worksheet: string | null; worksheetVersion: number | null },
  ) {
    const now = new Date();
    const [saved] = await db
      .insert(cohortSubmissions)
      .values({ ...row, organisationId, submittedAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [cohortSubmissions.assignmentId, cohortSubmissions.participationId],
        set: { text: row.text, worksheet: row.worksheet, worksheetVersion: row.worksheetVersion, updatedAt: now },
        setWhere: eq(cohortSubmissions.organisationId, organisationId),
      })
      .returning();
    return saved;
  },
};
export type AssignmentsRepository = typeof assignmentsRepository;

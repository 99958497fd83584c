import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { programmePolicy } from '#core/policies/index.js';
import { isRole } from '#core/roles.js';
import type { Database } from '../../db/client.js';
import {
  cohortAssignments,
  cohortComments,
  cohortParticipants,
  cohortSnapshots,
  cohortSubmissions,
  cohortParticipations,
  cohortSessions,
  cohorts,
  organisations,
  programmeMembers,
  programmes,
  rateLimits,
  users,
} from '../../db/schema.js';

export type CohortRow = typeof cohorts.$inferSelect;
export type SessionRow = typeof cohortSessions.$inferSelect;
export type AssignmentRow = typeof cohortAssignments.$inferSelect;
export type ParticipationRow = typeof cohortParticipations.$inferSelect;

/**
 * The masterclass's SQL. Cohorts, sessions and assignments are scoped by the training organisation;
 * participations by the participating one. The few reads by cohort id alone (`cohort`,
 * `participationsOf`) exist to cross organisations and are only called by access.ts, which checks
 * core/policies/cohort.ts before anything is returned.
 */
export const masterclassRepository = {
  async insertCohort(db: Database, row: typeof cohorts.$inferInsert) {
    const [created] = await db.insert(cohorts).values(row).returning();
    return created!;
  },

  /** By id alone: the caller checks the policy (access.ts). */
  async cohort(db: Database, id: string) {
    const [row] = await db.select().from(cohorts).where(eq(cohorts.id, id));
    return row;
  },

  /** Holds the cohort's row until the transaction ends, so two organisations joining at once cannot both take its last place. */
  lockCohort: (db: Database, id: string) => db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, id)).for('update'),

  async cohortByCode(db: Database, code: string) {
    const [row] = await db.select().from(cohorts).where(eq(cohorts.code, code));
    return row;
  },

  cohortsOf: (db: Database, organisationId: string) =>
    db.select().from(cohorts).where(eq(cohorts.organisationId, organisationId)).orderBy(asc(cohorts.createdAt)),

  async closeCohort(db: Database, organisationId: string, id: string, closedAt: Date) {
    const [row] = await db
      .update(cohorts)
      .set({ closedAt })
      .where(and(eq(cohorts.organisationId, organisationId), eq(cohorts.id, id), isNull(cohorts.closedAt)))
      .returning();
    return row;
  },

  updateRetention: (db: Database, organisationId: string, id: string, retentionDays: number) =>
    db
      .update(cohorts)
      .set({ retentionDays })
      .where(and(eq(cohorts.organisationId, organisationId), eq(cohorts.id, id))),

  isDemo: async (db: Database, organisationId: string) => {
    const [row] = await db.select({ isDemo: organisations.isDemo }).from(organisations).where(eq(organisations.id, organisationId));
    return row?.isDemo ?? false;
  },

  trainingOrganisationName: async (db: Database, organisationId: string) => {
    const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    return row?.name ?? '';
  },

  sessions: (db: Database, cohortId: string) =>
    db.select().from(cohortSessions).where(eq(cohortSessions.cohortId, cohortId)).orderBy(asc(cohortSessions.startsAt)),

  async session(db: Database, organisationId: string, cohortId: string, id: string) {
    const [row] = await db
      .select()
      .from(cohortSessions)
      .where(and(eq(cohortSessions.organisationId, organisationId), eq(cohortSessions.cohortId, cohortId), eq(cohortSessions.id, id)));
    return row;
  },

  async insertSession(db: Database, row: typeof cohortSessions.$inferInsert) {
    const [created] = await db.insert(cohortSessions).values(row).returning();
    return created!;
  },

  async updateSession(db: Database, organisationId: string, cohortId: string, id: string, changes: Partial<typeof cohortSessions.$inferInsert>) {
    const [row] = await db
      .update(cohortSessions)
      .set(changes)
      .where(and(eq(cohortSessions.organisationId, organisationId), eq(cohortSessions.cohortId, cohortId), eq(cohortSessions.id, id)))
      .returning();
    return row;
  },

  removeSession: (db: Database, organisationId: string, cohortId: string, id: string) =>
    db.delete(cohortSessions).where(and(eq(cohortSessions.organisationId, organisationId), eq(cohortSessions.cohortId, cohortId), eq(cohortSessions.id, id))),

  assignments: (db: Database, cohortId: string) =>
    db
      .select()
      .from(cohortAssignments)
      .where(eq(cohortAssignments.cohortId, cohortId))
      .orderBy(asc(cohortAssignments.dueDate), asc(cohortAssignments.createdAt)),

  async assignment(db: Database, cohortId: string, id: string) {
    const [row] = await db
      .select()
      .from(cohortAssignments)
      .where(and(eq(cohortAssignments.cohortId, cohortId), eq(cohortAssignments.id, id)));
    return row;
  },

  async insertAssignment(db: Database, row: typeof cohortAssignments.$inferInsert) {
    const [created] = await db.insert(cohortAssignments).values(row).returning();
    return created!;
  },

  async updateAssignment(db: Database, organisationId: string, cohortId: string, id: string, changes: Partial<typeof cohortAssignments.$inferInsert>) {
    const [row] = await db
      .update(cohortAssignments)
      .set(changes)
      .where(and(eq(cohortAssignments.organisationId, organisationId), eq(cohortAssignments.cohortId, cohortId), eq(cohortAssignments.id, id)))
      .returning();
    return row;
  },

  removeAssignment: (db: Database, organisationId: string, cohortId: string, id: string) =>
    db
      .delete(cohortAssignments)
      .where(and(eq(cohortAssignments.organisationId, organisationId), eq(cohortAssignments.cohortId, cohortId), eq(cohortAssignments.id, id))),

  /** Every participation of a cohort, with its organisation's name and programme title: for trainers and the policy. */
  participationsOf: (db: Database, cohortId: string) =>
    db
      .select({ participation: cohortParticipations, organisationName: organisations.name, programmeTitle: programmes.title, sector: organisations.sector })
      .from(cohortParticipations)
      .innerJoin(organisations, eq(organisations.id, cohortParticipations.organisationId))
      .innerJoin(programmes, eq(programmes.id, cohortParticipations.programmeId))
      .where(eq(cohortParticipations.cohortId, cohortId))
      .orderBy(asc(organisations.name)),

  /** The participations of one organisation, with their cohorts. */
  participationsOfOrganisation: (db: Database, organisationId: string) =>
    db
      .select({ participation: cohortParticipations, cohort: cohorts })
      .from(cohortParticipations)
      .innerJoin(cohorts, eq(cohorts.id, cohortParticipations.cohortId))
      .where(eq(cohortParticipations.organisationId, organisationId))
      .orderBy(asc(cohorts.createdAt)),

  async ownParticipation(db: Database, organisationId: string, cohortId: string) {
    const [row] = await db
      .select()
      .from(cohortParticipations)
      .where(and(eq(cohortParticipations.organisationId, organisationId), eq(cohortParticipations.cohortId, cohortId)));
    return row;
  },

  async insertParticipation(db: Database, row: typeof cohortParticipations.$inferInsert) {
    const [created] = await db.insert(cohortParticipations).values(row).returning();
    return created!;
  },

  async updateShares(db: Database, organisationId: string, id: string, shares: ParticipationRow['shares']) {
    const [row] = await db
      .update(cohortParticipations)
      .set({ shares })
      .where(and(eq(cohortParticipations.organisationId, organisationId), eq(cohortParticipations.id, id)))
      .returning();
    return row;
  },

  removeParticipation: (db: Database, organisationId: string, id: string) =>
    db.delete(cohortParticipations).where(and(eq(cohortParticipations.organisationId, organisationId), eq(cohortParticipations.id, id))),

  async countParticipations(db: Database, cohortId: string) {
    const rows = await db.select({ id: cohortParticipations.id }).from(cohortParticipations).where(eq(cohortParticipations.cohortId, cohortId));
    return rows.length;
  },

  insertParticipants: (db: Database, rows: (typeof cohortParticipants.$inferInsert)[]) => db.insert(cohortParticipants).values(rows),

  async replaceParticipants(db: Database, participationId: string, rows: (typeof cohortParticipants.$inferInsert)[]) {
    await db.delete(cohortParticipants).where(eq(cohortParticipants.participationId, participationId));
    await db.insert(cohortParticipants).values(rows);
  },

  /** The duo of each participation, with names (participants chose to take part under their name). */
  /**
   * The duo of each participation as it stands now: the people named at joining who are still active
   * and may still work on the programme (core/policies/programme.ts `work`: on its core team as member
   * or privacy officer, or leading it). Someone taken off the team, given another role or deactivated
   * drops out of the masterclass at once (threat model, docs/masterclass.md).
   */
  async participants(db: Database, participationIds: readonly string[]) {
    if (participationIds.length === 0) return [];
    const rows = await db
      .select({
        participationId: cohortParticipants.participationId,
        userId: users.id,
        name: users.name,
        organisationId: users.organisationId,
        roles: users.roles,
        onTeam: sql<boolean>`${programmeMembers.userId} is not null`,
      })
      .from(cohortParticipants)
      .innerJoin(cohortParticipations, eq(cohortParticipations.id, cohortParticipants.participationId))
      .innerJoin(users, and(eq(users.id, cohortParticipants.userId), eq(users.status, 'active')))
      .leftJoin(programmeMembers, and(eq(programmeMembers.programmeId, cohortParticipations.programmeId), eq(programmeMembers.userId, users.id)))
      .where(inArray(cohortParticipants.participationId, [...participationIds]))
      .orderBy(asc(users.name));
    return rows
      .filter((r) =>
        programmePolicy.work(
          { userId: r.userId, organisationId: r.organisationId, roles: r.roles.filter(isRole) },
          { organisationId: r.organisationId, actorOnTeam: r.onTeam },
        ),
      )
      .map(({ participationId, userId, name }) => ({ participationId, userId, name }));
  },

  /** When each participation handed in each assignment: the board's column (the texts are read elsewhere). */
  submissionTimes: (db: Database, cohortId: string) =>
    db
      .select({ assignmentId: cohortSubmissions.assignmentId, participationId: cohortSubmissions.participationId, submittedAt: cohortSubmissions.submittedAt })
      .from(cohortSubmissions)
      .innerJoin(cohortAssignments, eq(cohortAssignments.id, cohortSubmissions.assignmentId))
      .where(eq(cohortAssignments.cohortId, cohortId)),

  comments: (db: Database, participationId: string, item: string) =>
    db
      .select()
      .from(cohortComments)
      .where(and(eq(cohortComments.participationId, participationId), eq(cohortComments.item, item)))
      .orderBy(asc(cohortComments.createdAt)),

  async comment(db: Database, participationId: string, id: string) {
    const [row] = await db
      .select()
      .from(cohortComments)
      .where(and(eq(cohortComments.participationId, participationId), eq(cohortComments.id, id)));
    return row;
  },

  async insertComment(db: Database, row: typeof cohortComments.$inferInsert) {
    const [created] = await db.insert(cohortComments).values(row).returning();
    return created!;
  },

  insertSnapshot: (db: Database, row: typeof cohortSnapshots.$inferInsert) => db.insert(cohortSnapshots).values(row).onConflictDoNothing(),

  async snapshot(db: Database, participationId: string) {
    const [row] = await db.select().from(cohortSnapshots).where(eq(cohortSnapshots.participationId, participationId));
    return row;
  },

  /** Hits counted under `key` (security/rate-limit-store.ts countHit) in its current window, and how long until it ends. */
  async recentHits(db: Database, key: string) {
    const [row] = await db
      .select({ hits: rateLimits.hits, waitMs: sql<number>`greatest(0, ceil(extract(epoch from ${rateLimits.resetAt} - now()) * 1000))::int` })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), gt(rateLimits.resetAt, sql`now()`)));
    return row ?? { hits: 0, waitMs: 0 };
  },
};

import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cohortParticipants, cohortSubgroupMembers, cohortSubgroups, organisations, roleplayRounds, users } from '../../db/schema.js';

export type RoundRow = typeof roleplayRounds.$inferSelect;
export type SubgroupRow = typeof cohortSubgroups.$inferSelect;

/**
 * The SQL of the interview practice. Subgroups belong to the training organisation and mix
 * participations of several organisations; a round belongs to its interviewer's organisation. The
 * reads by cohort id alone cross organisations and are only called by roleplay.service.ts after
 * access.ts let the caller into the cohort; each takes the cohort id, so nothing of another cohort
 * comes back.
 */
export const roleplayRepository = {
  async subgroup(db: Database, cohortId: string, id: string) {
    const [row] = await db
      .select()
      .from(cohortSubgroups)
      .where(and(eq(cohortSubgroups.cohortId, cohortId), eq(cohortSubgroups.id, id)));
    return row;
  },

  subgroups: (db: Database, cohortId: string) =>
    db.select().from(cohortSubgroups).where(eq(cohortSubgroups.cohortId, cohortId)).orderBy(asc(cohortSubgroups.name)),

  /** The people of a subgroup: the participants of its member participations, with their organisation. */
  people: (db: Database, subgroupId: string) =>
    db
      .select({
        participationId: cohortSubgroupMembers.participationId,
        organisationId: cohortParticipants.organisationId,
        organisationName: organisations.name,
        userId: users.id,
        name: users.name,
      })
      .from(cohortSubgroupMembers)
      .innerJoin(cohortParticipants, eq(cohortParticipants.participationId, cohortSubgroupMembers.participationId))
      .innerJoin(users, eq(users.id, cohortParticipants.userId))
      .innerJoin(organisations, eq(organisations.id, cohortParticipants.organisationId))
      .where(eq(cohortSubgroupMembers.subgroupId, subgroupId))
      .orderBy(asc(organisations.name), asc(cohortSubgroupMembers.participationId), asc(users.name), asc(users.id)),

  async isMember(db: Database, subgroupId: string, participationId: string) {
    const [row] = await db
      .select({ participationId: cohortSubgroupMembers.participationId })
      .from(cohortSubgroupMembers)
      .where(and(eq(cohortSubgroupMembers.subgroupId, subgroupId), eq(cohortSubgroupMembers.participationId, participationId)));
    return row !== undefined;
  },

  async roundsInSubgroup(db: Database, subgroupId: string) {
    const [row] = await db.select({ n: count() }).from(roleplayRounds).where(eq(roleplayRounds.subgroupId, subgroupId));
    return row?.n ?? 0;
  },

  async insertRound(db: Database, row: typeof roleplayRounds.$inferInsert) {
    const [created] = await db.insert(roleplayRounds).values(row).returning();
    return created!;
  },

  /** By cohort and id: the service lets only the round's three people see it. */
  async round(db: Database, cohortId: string, id: string) {
    const [row] = await db
      .select()
      .from(roleplayRounds)
      .where(and(eq(roleplayRounds.cohortId, cohortId), eq(roleplayRounds.id, id)));
    return row;
  },

  /** Every round of a cohort: for its trainers, who see that rounds happened. */
  rounds: (db: Database, cohortId: string) =>
    db.select().from(roleplayRounds).where(eq(roleplayRounds.cohortId, cohortId)).orderBy(asc(roleplayRounds.createdAt)),

  /** The rounds of one subgroup, for a member who looks for the rounds they play in. */
  roundsOfSubgroup: (db: Database, subgroupId: string) =>
    db.select().from(roleplayRounds).where(eq(roleplayRounds.subgroupId, subgroupId)).orderBy(asc(roleplayRounds.createdAt)),

  async saveScores(db: Database, organisationId: string, id: string, scores: NonNullable<RoundRow['scores']>, scoredAt: Date) {
    const [row] = await db
      .update(roleplayRounds)
      .set({ scores, scoredAt })
      .where(and(eq(roleplayRounds.organisationId, organisationId), eq(roleplayRounds.id, id)))
      .returning();
    return row;
  },

  async share(db: Database, organisationId: string, id: string, sharedWithTrainers: boolean) {
    const [row] = await db
      .update(roleplayRounds)
      .set({ sharedWithTrainers })
      .where(and(eq(roleplayRounds.organisationId, organisationId), eq(roleplayRounds.id, id)))
      .returning();
    return row;
  },

  /** Names for the three roles, with their organisation: the round's people chose to take part under their name. */
  names: (db: Database, userIds: readonly string[]) =>
    db
      .select({ userId: users.id, name: users.name, organisationName: organisations.name })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(inArray(users.id, [...userIds])),
};

import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { apeaseRatings, candidateVotes, interventionCandidates, organisationInterventions, users } from '../../db/schema.js';

export type OwnInterventionRow = typeof organisationInterventions.$inferSelect;
export type CandidateRow = typeof interventionCandidates.$inferSelect;
export type RatingRow = typeof apeaseRatings.$inferSelect;

const candidateOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(interventionCandidates.organisationId, organisationId), eq(interventionCandidates.programmeId, programmeId), eq(interventionCandidates.id, id));

export const interventionsRepository = {
  ownList: (db: Database, organisationId: string) =>
    db
      .select()
      .from(organisationInterventions)
      .where(eq(organisationInterventions.organisationId, organisationId))
      .orderBy(asc(organisationInterventions.title)),

  async ownById(db: Database, organisationId: string, id: string) {
    const [row] = await db
      .select()
      .from(organisationInterventions)
      .where(and(eq(organisationInterventions.organisationId, organisationId), eq(organisationInterventions.id, id)));
    return row;
  },

  async ownInsert(db: Database, row: typeof organisationInterventions.$inferInsert) {
    const [created] = await db.insert(organisationInterventions).values(row).returning();
    return created!;
  },

  async ownUpdate(db: Database, organisationId: string, id: string, changes: Partial<typeof organisationInterventions.$inferInsert>) {
    const [updated] = await db
      .update(organisationInterventions)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(organisationInterventions.organisationId, organisationId), eq(organisationInterventions.id, id)))
      .returning();
    return updated!;
  },

  ownRemove: (db: Database, organisationId: string, id: string) =>
    db.delete(organisationInterventions).where(and(eq(organisationInterventions.organisationId, organisationId), eq(organisationInterventions.id, id))),

  candidates: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(interventionCandidates)
      .where(and(eq(interventionCandidates.organisationId, organisationId), eq(interventionCandidates.programmeId, programmeId)))
      .orderBy(asc(interventionCandidates.createdAt), asc(interventionCandidates.id)),

  async candidate(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(interventionCandidates)
      .where(candidateOf(organisationId, programmeId, id));
    return row;
  },

  async insertCandidate(db: Database, row: typeof interventionCandidates.$inferInsert) {
    const [created] = await db.insert(interventionCandidates).values(row).returning();
    return created!;
  },

  async updateCandidate(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof interventionCandidates.$inferInsert>) {
    const [updated] = await db
      .update(interventionCandidates)
      .set({ ...changes, updatedAt: new Date() })
      .where(candidateOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  removeCandidate: (db: Database, organisationId: string, programmeId: string, id: string) =>
    db.delete(interventionCandidates).where(candidateOf(organisationId, programmeId, id)),

  /** All dots of a programme: who put one on which candidate. */
  votes: (db: Database, programmeId: string) =>
    db
      .select({ candidateId: candidateVotes.candidateId, userId: candidateVotes.userId })
      .from(candidateVotes)
      .where(eq(candidateVotes.programmeId, programmeId)),

  /**
   * Serialises one member's votes on one programme, so two dots placed at the same moment cannot
   * both pass the "dots left" check.
   */
  lockVoter: (db: Database, programmeId: string, userId: string) =>
    db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`votes:${programmeId}:${userId}`}, 0))`),

  async votesOf(db: Database, programmeId: string, userId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(candidateVotes)
      .where(and(eq(candidateVotes.programmeId, programmeId), eq(candidateVotes.userId, userId)));
    return row?.n ?? 0;
  },

  /** Places a dot; returns false when it was already there. */
  async vote(db: Database, row: typeof candidateVotes.$inferInsert) {
    const inserted = await db.insert(candidateVotes).values(row).onConflictDoNothing().returning({ userId: candidateVotes.userId });
    return inserted.length > 0;
  },

  async unvote(db: Database, candidateId: string, userId: string) {
    const removed = await db
      .delete(candidateVotes)
      .where(and(eq(candidateVotes.candidateId, candidateId), eq(candidateVotes.userId, userId)))
      .returning({ userId: candidateVotes.userId });
    return removed.length > 0;
  },

  /** Every member's ratings of the programme's candidates, with the rater's name for the discussion. */
  ratings: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select({ rating: apeaseRatings, name: users.name })
      .from(apeaseRatings)
      .innerJoin(interventionCandidates, eq(interventionCandidates.id, apeaseRatings.candidateId))
      .innerJoin(users, eq(users.id, apeaseRatings.userId))
      .where(and(eq(apeaseRatings.organisationId, organisationId), eq(interventionCandidates.programmeId, programmeId))),

  async rating(db: Database, candidateId: string, userId: string) {
    const [row] = await db
      .select()
      .from(apeaseRatings)
      .where(and(eq(apeaseRatings.candidateId, candidateId), eq(apeaseRatings.userId, userId)));
    return row;
  },

  upsertRating: (db: Database, row: typeof apeaseRatings.$inferInsert) =>
    db
      .insert(apeaseRatings)
      .values(row)
      .onConflictDoUpdate({ target: [apeaseRatings.candidateId, apeaseRatings.userId], set: { ...row, updatedAt: new Date() } }),
};

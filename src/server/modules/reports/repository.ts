import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actions, anchoringItems, apeaseRatings, checkins, communicationItems, interventionCandidates, organisations } from '../../db/schema.js';

/**
 * What the documents read straight from the tables of steps 1–6, always for one programme of the
 * caller's organisation (the service checks the programme itself first). Read-only.
 */
export const reportsRepository = {
  async organisationName(db: Database, organisationId: string) {
    const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    return row?.name ?? '';
  },

  candidates: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(interventionCandidates)
      .where(and(eq(interventionCandidates.organisationId, organisationId), eq(interventionCandidates.programmeId, programmeId)))
      .orderBy(asc(interventionCandidates.createdAt), asc(interventionCandidates.id)),

  ratings: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select({ rating: apeaseRatings })
      .from(apeaseRatings)
      .innerJoin(interventionCandidates, eq(interventionCandidates.id, apeaseRatings.candidateId))
      .where(and(eq(apeaseRatings.organisationId, organisationId), eq(interventionCandidates.programmeId, programmeId)))
      .then((rows) => rows.map((r) => r.rating)),

  actions: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(actions)
      .where(and(eq(actions.organisationId, organisationId), eq(actions.programmeId, programmeId)))
      .orderBy(asc(actions.due), asc(actions.createdAt), asc(actions.id)),

  communication: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(communicationItems)
      .where(and(eq(communicationItems.organisationId, organisationId), eq(communicationItems.programmeId, programmeId)))
      .orderBy(asc(communicationItems.planned), asc(communicationItems.createdAt), asc(communicationItems.id)),

  checkins: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(checkins)
      .where(and(eq(checkins.organisationId, organisationId), eq(checkins.programmeId, programmeId)))
      .orderBy(asc(checkins.date)),

  anchoring: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(anchoringItems)
      .where(and(eq(anchoringItems.organisationId, organisationId), eq(anchoringItems.programmeId, programmeId)))
      .orderBy(asc(anchoringItems.createdAt), asc(anchoringItems.id)),
};

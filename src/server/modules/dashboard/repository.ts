import { and, eq, inArray, lte, max } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actions, anchoringItems, checkins } from '../../db/schema.js';

/**
 * The board dashboard reads a little of many modules' tables for many programmes at once. Asking
 * each module per programme would cost a query per programme per figure; these queries take all
 * programmes at once, so the page costs the same number of queries however many there are. Only
 * reads, always within the caller's organisation and the programmes the caller may read.
 */
export const dashboardRepository = {
  actions: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({
        programmeId: actions.programmeId,
        id: actions.id,
        title: actions.title,
        status: actions.status,
        due: actions.due,
        ownerUserId: actions.ownerUserId,
        ownerName: actions.ownerName,
        candidateId: actions.candidateId,
      })
      .from(actions)
      .where(and(eq(actions.organisationId, organisationId), inArray(actions.programmeId, programmeIds))),

  /** The day of the latest check-in recorded up to today, per programme. */
  lastCheckins: (db: Database, organisationId: string, programmeIds: string[], today: string) =>
    db
      .select({ programmeId: checkins.programmeId, date: max(checkins.date) })
      .from(checkins)
      .where(and(eq(checkins.organisationId, organisationId), inArray(checkins.programmeId, programmeIds), lte(checkins.date, today)))
      .groupBy(checkins.programmeId),

  anchoring: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({ programmeId: anchoringItems.programmeId, status: anchoringItems.status })
      .from(anchoringItems)
      .where(and(eq(anchoringItems.organisationId, organisationId), inArray(anchoringItems.programmeId, programmeIds))),
};

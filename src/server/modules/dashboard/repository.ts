import { and, asc, desc, eq, inArray, lte, max } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actions, anchoringItems, checkins, kpiMeasurements, kpis } from '../../db/schema.js';

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

  kpis: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({
        id: kpis.id,
        programmeId: kpis.programmeId,
        name: kpis.name,
        unit: kpis.unit,
        direction: kpis.direction,
        baseline: kpis.baseline,
        target: kpis.target,
        targetDate: kpis.targetDate,
      })
      .from(kpis)
      .where(and(eq(kpis.organisationId, organisationId), inArray(kpis.programmeId, programmeIds)))
      .orderBy(asc(kpis.createdAt), asc(kpis.id)),

  /** Per KPI the measurement the team entered with the latest date (of several that day, the last entered). */
  latestMeasurements: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .selectDistinctOn([kpiMeasurements.kpiId], { kpiId: kpiMeasurements.kpiId, date: kpiMeasurements.date, value: kpiMeasurements.value })
      .from(kpiMeasurements)
      .innerJoin(kpis, eq(kpis.id, kpiMeasurements.kpiId))
      .where(and(eq(kpiMeasurements.organisationId, organisationId), inArray(kpis.programmeId, programmeIds)))
      .orderBy(kpiMeasurements.kpiId, desc(kpiMeasurements.date), desc(kpiMeasurements.createdAt)),

  anchoring: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({ programmeId: anchoringItems.programmeId, status: anchoringItems.status })
      .from(anchoringItems)
      .where(and(eq(anchoringItems.organisationId, organisationId), inArray(anchoringItems.programmeId, programmeIds))),
};

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { MeasurementPlan } from '#core/measurement/plan.js';
import type { Database } from '../../db/client.js';
import { kpiMeasurements, kpis, measurementPlans } from '../../db/schema.js';

export type KpiRow = typeof kpis.$inferSelect;
export type MeasurementRow = typeof kpiMeasurements.$inferSelect;

const kpiOf = (organisationId: string, programmeId: string, id: string) =>
  and(eq(kpis.organisationId, organisationId), eq(kpis.programmeId, programmeId), eq(kpis.id, id));

const measurementOf = (organisationId: string, kpiId: string, id: string) =>
  and(eq(kpiMeasurements.organisationId, organisationId), eq(kpiMeasurements.kpiId, kpiId), eq(kpiMeasurements.id, id));

export const measurementRepository = {
  kpis: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(kpis)
      .where(and(eq(kpis.organisationId, organisationId), eq(kpis.programmeId, programmeId)))
      .orderBy(asc(kpis.createdAt), asc(kpis.id)),

  async kpi(db: Database, organisationId: string, programmeId: string, id: string) {
    const [row] = await db
      .select()
      .from(kpis)
      .where(kpiOf(organisationId, programmeId, id));
    return row;
  },

  async insertKpi(db: Database, row: typeof kpis.$inferInsert) {
    const [created] = await db.insert(kpis).values(row).returning();
    return created!;
  },

  async updateKpi(db: Database, organisationId: string, programmeId: string, id: string, changes: Partial<typeof kpis.$inferInsert>) {
    const [updated] = await db
      .update(kpis)
      .set({ ...changes, updatedAt: new Date() })
      .where(kpiOf(organisationId, programmeId, id))
      .returning();
    return updated!;
  },

  /** Its measurements go with it (on delete cascade). */
  removeKpi: (db: Database, organisationId: string, programmeId: string, id: string) => db.delete(kpis).where(kpiOf(organisationId, programmeId, id)),

  /** The measurements of the given KPIs, in the order they were entered. */
  measurements: (db: Database, organisationId: string, kpiIds: readonly string[]) =>
    kpiIds.length === 0
      ? Promise.resolve([] as MeasurementRow[])
      : db
          .select()
          .from(kpiMeasurements)
          .where(and(eq(kpiMeasurements.organisationId, organisationId), inArray(kpiMeasurements.kpiId, [...kpiIds])))
          .orderBy(asc(kpiMeasurements.createdAt), asc(kpiMeasurements.id)),

  async measurement(db: Database, organisationId: string, kpiId: string, id: string) {
    const [row] = await db
      .select()
      .from(kpiMeasurements)
      .where(measurementOf(organisationId, kpiId, id));
    return row;
  },

  async insertMeasurement(db: Database, row: typeof kpiMeasurements.$inferInsert) {
    const [created] = await db.insert(kpiMeasurements).values(row).returning();
    return created!;
  },

  removeMeasurement: (db: Database, organisationId: string, kpiId: string, id: string) =>
    db.delete(kpiMeasurements).where(measurementOf(organisationId, kpiId, id)),

  async plan(db: Database, organisationId: string, programmeId: string) {
    const [row] = await db
      .select()
      .from(measurementPlans)
      .where(and(eq(measurementPlans.organisationId, organisationId), eq(measurementPlans.programmeId, programmeId)));
    return row;
  },

  savePlan: (db: Database, row: { organisationId: string; programmeId: string; plan: MeasurementPlan; updatedBy: string }) =>
    db
      .insert(measurementPlans)
      .values(row)
      .onConflictDoUpdate({ target: measurementPlans.programmeId, set: { plan: row.plan, updatedBy: row.updatedBy, updatedAt: new Date() } }),
};

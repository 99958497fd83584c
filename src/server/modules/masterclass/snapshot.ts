import { z } from 'zod';
import { BoardRow, SharedWorksheet } from '#contract/masterclass.js';
import { SharedInterventions, SharedKpis, SharedSurveyResults } from '#contract/masterclass-shared.js';
import { isSubstepKey, SUBSTEP_KEYS, type SubstepKey } from '#core/steps.js';
import type { Database } from '../../db/client.js';
import type { ReportData } from '../reports/data.js';
import { masterclassRepository as repo } from './repository.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A shared worksheet as the snapshot keeps it: what the shared-worksheet route answers, without whose it is. */
const SnapshotWorksheet = SharedWorksheet.pick({ status: true, version: true, notes: true, fields: true, updatedAt: true });

/**
 * Each item a closed cohort's snapshot keeps, as the route that serves it answers it (src/contract):
 * stored as that route's JSON (ISO texts for moments) and read back through the same schema, so a
 * snapshot serves what the live read served, Dates included. The plan is report data: plain JSON.
 */
const SCOPES = {
  plan: z.custom<ReportData>((value) => isRecord(value) && isRecord(value.worksheets)),
  interventions: SharedInterventions.shape.interventions,
  kpis: SharedKpis.shape.kpis,
  surveyResults: SharedSurveyResults.shape.surveys,
  progress: BoardRow.shape.progress.unwrap(),
  checkins: BoardRow.shape.checkins.unwrap(),
  worksheets: z.partialRecord(z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]), SnapshotWorksheet),
};
type Scope = keyof typeof SCOPES;

/** What a participation shared with the trainers when its cohort closed (cohort_snapshots.data): never a person's name. */
export const CohortSnapshot = z.object(SCOPES).partial();
export type CohortSnapshot = z.output<typeof CohortSnapshot>;
export type SnapshotWorksheet = z.output<typeof SnapshotWorksheet>;

/** The JSON to store: what the schema does not name is not kept. */
export const storedSnapshot = (snapshot: CohortSnapshot): unknown => CohortSnapshot.encode(snapshot);

/**
 * A stored snapshot read back, item by item: an item that no longer fits the schema (stored by an
 * older version) is left out, so its read answers "not found" instead of failing half-way.
 */
export function readSnapshot(stored: unknown): CohortSnapshot {
  const data = isRecord(stored) ? stored : {};
  const snapshot: Record<string, unknown> = {};
  for (const scope of Object.keys(SCOPES) as Scope[]) {
    if (scope === 'worksheets' || data[scope] === undefined) continue;
    const decoded = (SCOPES[scope] as z.ZodType).safeDecode(data[scope]);
    if (decoded.success) snapshot[scope] = decoded.data;
  }
  const worksheets: NonNullable<CohortSnapshot['worksheets']> = {};
  for (const [key, sheet] of Object.entries(isRecord(data.worksheets) ? data.worksheets : {})) {
    const decoded = SnapshotWorksheet.safeDecode(sheet as z.input<typeof SnapshotWorksheet>);
    if (isSubstepKey(key) && decoded.success) worksheets[key] = decoded.data;
  }
  return { ...(snapshot as Omit<CohortSnapshot, 'worksheets'>), worksheets };
}

/** The snapshot of a participation in a closed cohort (empty when none was taken): the one way it is read. */
export const loadSnapshot = async (db: Database, participationId: string): Promise<CohortSnapshot> =>
  readSnapshot((await repo.snapshot(db, participationId))?.data);

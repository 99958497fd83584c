import { and, desc, eq, inArray } from 'drizzle-orm';
import { attention, type Attention } from '#core/execution/attention.js';
import type { ProgrammeProgress, SubstepKey, SubstepStatus } from '#core/steps.js';
import { readFields } from '#core/worksheets/index.js';
import { emptyPlanning, meetingDates } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import { actions, checkins, worksheetVersions } from '../../db/schema.js';

/**
 * The reads behind a programme's aandacht, for many programmes at once (one query each, however
 * many programmes), always within the caller's organisation.
 */
export const attentionRepository = {
  actions: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({ programmeId: actions.programmeId, status: actions.status, due: actions.due })
      .from(actions)
      .where(and(eq(actions.organisationId, organisationId), inArray(actions.programmeId, programmeIds))),

  /** The latest saved planning (1.4) of each programme: its meeting series gives the next check-in. */
  plannings: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .selectDistinctOn([worksheetVersions.programmeId], { programmeId: worksheetVersions.programmeId, data: worksheetVersions.data })
      .from(worksheetVersions)
      .where(
        and(
          eq(worksheetVersions.organisationId, organisationId),
          inArray(worksheetVersions.programmeId, programmeIds),
          eq(worksheetVersions.substepKey, '1.4'),
        ),
      )
      .orderBy(worksheetVersions.programmeId, desc(worksheetVersions.version)),

  decisions: (db: Database, organisationId: string, programmeIds: string[]) =>
    db
      .select({ programmeId: checkins.programmeId, decisions: checkins.decisions })
      .from(checkins)
      .where(and(eq(checkins.organisationId, organisationId), inArray(checkins.programmeId, programmeIds))),
};

interface Subject {
  id: string;
  statuses: Partial<Record<SubstepKey, SubstepStatus>>;
  progress: Pick<ProgrammeProgress, 'currentStep' | 'openBehind'>;
}

/** The aandacht of each programme, by id. */
export async function attentionOf(db: Database, organisationId: string, programmes: readonly Subject[], today: string): Promise<Map<string, Attention>> {
  if (programmes.length === 0) return new Map();
  const ids = programmes.map((p) => p.id);
  const [actionRows, plannings, checkinRows] = await Promise.all([
    attentionRepository.actions(db, organisationId, ids),
    attentionRepository.plannings(db, organisationId, ids),
    attentionRepository.decisions(db, organisationId, ids),
  ]);
  const meetingDaysOf = new Map(plannings.map((p) => [p.programmeId, meetingDates((readFields('1.4', p.data.fields) ?? emptyPlanning()).meetings)]));
  return new Map(
    programmes.map((p) => [
      p.id,
      attention({
        statuses: p.statuses,
        progress: p.progress,
        actions: actionRows.filter((a) => a.programmeId === p.id),
        decisions: checkinRows.filter((c) => c.programmeId === p.id).flatMap((c) => c.decisions),
        meetingDays: meetingDaysOf.get(p.id) ?? [],
        today,
      }),
    ]),
  );
}

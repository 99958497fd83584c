import { anchoringProgress } from '../../../core/anchoring/checklist.js';
import { actionSummary, type ActionState } from '../../../core/execution/actions.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import type { SessionActor } from '../auth/actor.js';
import type { MeasurementService } from '../measurement/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { dashboardRepository as repo } from './repository.js';

/** Groups rows by their programme. */
function byProgramme<T extends { programmeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.programmeId, [...(map.get(r.programmeId) ?? []), r]);
  return map;
}

/** The board's view (bestuursdashboard): where every programme the caller may read stands. */
export function createDashboardService(db: Database, deps: { programmes: ProgrammesService; measurement: MeasurementService }) {
  return {
    async overview(actor: SessionActor) {
      // The programme list applies the programme policy: viewers and leads see all, others their own.
      const programmes = await deps.programmes.list(actor);
      const today = amsterdamDay();
      if (programmes.length === 0) return { today, programmes: [] };
      const ids = programmes.map((p) => p.id);
      const org = actor.organisationId;
      const [actions, lastCheckins, anchoring, ...kpiLists] = await Promise.all([
        repo.actions(db, org, ids),
        repo.lastCheckins(db, org, ids, today),
        repo.anchoring(db, org, ids),
        // Each KPI's line as 6.1 draws it, with the points Wegwijs takes from closed surveys, checks
        // and the breach register (minimum group size applied there), so both pages show one value.
        ...ids.map((id) => deps.measurement.list(actor, id)),
      ]);
      const actionsOf = byProgramme(actions);
      const kpisOf = new Map(ids.map((id, i) => [id, kpiLists[i]!.kpis]));
      const anchoringOf = byProgramme(anchoring);
      const lastCheckinOf = new Map(lastCheckins.map((c) => [c.programmeId, c.date]));

      return {
        today,
        programmes: programmes.map((p) => ({
          id: p.id,
          title: p.title,
          status: p.status,
          updatedAt: p.updatedAt,
          currentStep: p.progress.currentStep,
          progress: p.progress.overall,
          attention: p.attention,
          actions: actionSummary(
            (actionsOf.get(p.id) ?? []).map((a): ActionState => ({ ...a, owner: { userId: a.ownerUserId, name: a.ownerName } })),
            today,
          ),
          nextCheckin: p.attention.nextCheckin,
          lastCheckin: lastCheckinOf.get(p.id) ?? null,
          kpis: (kpisOf.get(p.id) ?? []).map((k) => {
            const last = k.measurements.at(-1);
            const latest = last ? { date: last.date, value: last.value } : null;
            return { id: k.id, name: k.name, unit: k.unit, direction: k.direction, baseline: k.baseline, target: k.target, targetDate: k.targetDate, latest, status: k.progress.status };
          }),
          anchoring: anchoringProgress(anchoringOf.get(p.id) ?? []),
        })),
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;

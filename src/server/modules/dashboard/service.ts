import { anchoringProgress } from '#core/anchoring/checklist.js';
import { programmeStatus } from '#core/dashboard/status.js';
import { actionSummary, type ActionState } from '#core/execution/actions.js';
import { breachPolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import type { SessionActor } from '../../context.js';
import type { BreachRegisterService } from '../breaches/register.service.js';
import type { MeasurementService } from '../measurement/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { dashboardRepository as repo } from './repository.js';

/** Groups rows by their programme. */
function byProgramme<T extends { programmeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.programmeId, [...(map.get(r.programmeId) ?? []), r]);
  return map;
}

/**
 * The board's view (bestuursdashboard): where every programme the caller may read stands, each with
 * one status and its reasons, and, for those who may see them, the breach register's figures.
 */
export function createDashboardService(
  db: Database,
  deps: { programmes: ProgrammesService; measurement: MeasurementService; breachRegister: BreachRegisterService },
) {
  return {
    async overview(actor: SessionActor) {
      // The programme list applies the programme policy: viewers and leads see all, others their own.
      const [programmes, breaches] = await Promise.all([
        deps.programmes.list(actor),
        breachPolicy.readFigures(actor) ? deps.breachRegister.figures(actor) : null,
      ]);
      const today = amsterdamDay();
      if (programmes.length === 0) return { today, programmes: [], breaches };
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
        programmes: programmes.map((p) => {
          const kpis = (kpisOf.get(p.id) ?? []).map((k) => {
            // The line a sparkline draws: the same points as 6.1's chart, so its end is the latest value.
            const points = k.measurements.map((m) => ({ date: m.date, value: m.value }));
            return {
              id: k.id,
              name: k.name,
              unit: k.unit,
              direction: k.direction,
              baseline: k.baseline,
              target: k.target,
              targetDate: k.targetDate,
              latest: points.at(-1) ?? null,
              status: k.progress.status,
              points,
            };
          });
          return {
            id: p.id,
            title: p.title,
            status: p.status,
            updatedAt: p.updatedAt,
            currentStep: p.progress.currentStep,
            progress: p.progress.overall,
            attention: p.attention,
            standing: programmeStatus({ archived: p.status === 'archived', currentStep: p.progress.currentStep, attention: p.attention, kpis, today }),
            actions: actionSummary(
              (actionsOf.get(p.id) ?? []).map((a): ActionState => ({ ...a, owner: { userId: a.ownerUserId, name: a.ownerName } })),
              today,
            ),
            nextCheckin: p.attention.nextCheckin,
            lastCheckin: lastCheckinOf.get(p.id) ?? null,
            kpis,
            anchoring: anchoringProgress(anchoringOf.get(p.id) ?? []),
          };
        }),
        breaches,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;

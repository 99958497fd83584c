import { combineRatings } from '#core/interventions/apease.js';
import { Plan, toApeaseRating } from '#core/interventions/candidates.js';
import type { Locale } from '#core/locale.js';
import { isSubstepKey, type SubstepKey } from '#core/steps.js';
import { collectWorksheets } from '#core/worksheets/index.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import type { ExportDocument } from '../../export/document.js';
import type { SessionActor } from '../../context.js';
import type { SurveysService } from '../surveys/service.js';
import type { MeasurementService } from '../measurement/service.js';
import type { RoleTablesService } from '../programmes/role-tables.service.js';
import { loadProgramme } from '../programmes/access.js';
import { loadCoreTeam } from '../programmes/core-team.js';
import { substepsRepository } from '../programmes/substeps.repository.js';
import type { ReportData } from './data.js';
import { finalReportDocument } from './final-report.js';
import { planDocument } from './plan.js';
import { reportsRepository as repo } from './repository.js';

export const DOCUMENTS = ['plan', 'report'] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];

const BUILDERS: Record<DocumentKind, (data: ReportData, locale: Locale) => ExportDocument> = { plan: planDocument, report: finalReportDocument };

/**
 * Step 6.3's use-case: the plan van aanpak and the final report of a programme, from its data. The
 * KPIs (with the points Wegwijs takes from closed surveys) and the effect per COM-B factor come from
 * the measurement module, which applies the minimum group size; the rest is read here.
 */
export function createReportsService(db: Database, deps: { measurement: MeasurementService; surveys: SurveysService; roleTables: RoleTablesService }) {
  async function data(actor: SessionActor, programmeId: string): Promise<ReportData> {
    const { programme } = await loadProgramme(db, actor, programmeId, 'read');
    const org = actor.organisationId;
    const [
      organisation,
      coreTeam,
      sheets,
      surveys,
      candidates,
      ratings,
      actions,
      communication,
      checkins,
      anchoring,
      kpis,
      effect,
      measurementPlan,
      roleTables,
    ] = await Promise.all([
      repo.organisationName(db, org),
      // The one core-team list, as the team panel and 1.2 show it (programmes/core-team.ts).
      loadCoreTeam(db, programme),
      substepsRepository.latestOfEach(db, programme.id),
      // The survey list's own counts: rounded and a day late while open (docs/anonymity.md).
      deps.surveys.list(actor, programme.id),
      repo.candidates(db, org, programme.id),
      repo.ratings(db, org, programme.id),
      repo.actions(db, org, programme.id),
      repo.communication(db, org, programme.id),
      repo.checkins(db, org, programme.id),
      repo.anchoring(db, org, programme.id),
      deps.measurement.list(actor, programme.id),
      deps.measurement.effect(actor, programme.id),
      deps.measurement.plan(actor, programme.id),
      deps.roleTables.list(actor, programme.id),
    ]);
    const stored = sheets.map((s) => ({ key: s.substepKey, data: s.data }));
    return {
      organisation,
      programme: { title: programme.title, problem: programme.problem },
      today: amsterdamDay(),
      worksheets: { ...collectWorksheets(stored.map((s) => ({ key: s.key, fields: s.data.fields }))), '1.2': coreTeam.team },
      notes: Object.fromEntries(stored.filter((s): s is typeof s & { key: SubstepKey } => isSubstepKey(s.key)).map((s) => [s.key, s.data.notes ?? ''])),
      surveys: surveys.map((s) => ({
        id: s.id,
        title: s.title,
        status: s.status,
        responses: s.responses,
        baselineSurveyId: s.baselineSurveyId,
        closedOn: s.closedAt ? amsterdamDay(s.closedAt) : null,
      })),
      candidates: candidates.map((c) => {
        const mine = ratings.filter((r) => r.candidateId === c.id);
        return {
          id: c.id,
          title: c.title,
          description: c.description,
          functions: c.functions,
          factors: c.factors,
          barrierIds: c.barrierIds,
          decision: c.decision,
          rationale: c.rationale,
          plan: c.plan ? (Plan.safeParse(c.plan).data ?? null) : null,
          apease: combineRatings(
            c.id,
            mine.map((r) => toApeaseRating(r)),
          ),
        };
      }),
      actions: actions.map((a) => ({
        title: a.title,
        candidateId: a.candidateId,
        ownerName: a.ownerName,
        due: a.due,
        status: a.status,
        doneOn: a.doneOn,
        channel: a.channel,
      })),
      communication: communication.map((c) => ({
        audience: c.audience,
        message: c.message,
        channel: c.channel,
        planned: c.planned,
        ownerName: c.ownerName,
        status: c.status,
      })),
      checkins: checkins.map((c) => ({ date: c.date, attendees: c.attendees.length, decisions: c.decisions })),
      kpis: kpis.kpis.map((k) => ({
        name: k.name,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        baselineDate: k.baselineDate,
        target: k.target,
        targetDate: k.targetDate,
        candidateId: k.candidateId,
        indicator: k.indicator,
        measurements: k.measurements.map((m) => ({ date: m.date, value: m.value, note: m.note })),
      })),
      measurement: measurementPlan.saved ? { plan: measurementPlan.plan, outcome: measurementPlan.outcome, track: measurementPlan.track } : null,
      roleTables: roleTables.steps,
      effects: effect.followUps.flatMap((f) =>
        f.comparisons
          ? [{ baseline: f.baseline, followUp: { title: f.title, responses: f.responses }, minimum: effect.minGroupSize, comparisons: f.comparisons }]
          : [],
      ),
      anchoring: anchoring.map((a) => ({ area: a.area, description: a.description, ownerName: a.ownerName, due: a.due, status: a.status, note: a.note })),
    };
  }

  return {
    /** The document in the chosen language, with the programme's title to name the file; anyone who may read the programme may have it. */
    async document(
      actor: SessionActor,
      programmeId: string,
      kind: DocumentKind,
      locale: Locale,
    ): Promise<{ document: ExportDocument; programmeTitle: string }> {
      const report = await data(actor, programmeId);
      return { document: BUILDERS[kind](report, locale), programmeTitle: report.programme.title };
    },

    data,

    /** A document from data the caller read with `data` and changed (the masterclass leaves out names in a shared plan). */
    build: (report: ReportData, kind: DocumentKind, locale: Locale): ExportDocument => BUILDERS[kind](report, locale),
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;

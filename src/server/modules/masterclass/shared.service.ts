import type { Locale } from '#core/locale.js';
import { shareableIndicator, type ShareItem } from '#core/masterclass/sharing.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { notFound } from '../../errors.js';
import type { AuditService } from '../audit/service.js';
import type { InterventionsService } from '../interventions/service.js';
import type { MeasurementService } from '../measurement/service.js';
import type { ReportData } from '../reports/data.js';
import type { ReportsService } from '../reports/service.js';
import type { SurveysService } from '../surveys/service.js';
import { loadCohort, loadShared } from './access.js';
import { createReadLog, readerOf } from './read-log.js';
import type { ParticipationRow } from './repository.js';
import { sharedPlanData } from './shared-plan.js';
import { loadSnapshot, type CohortSnapshot } from './snapshot.js';

/** The scopes read here; progress, check-ins and worksheets are the board's (board.service.ts). */
export const COLLECTED_SCOPES = ['plan', 'interventions', 'kpis', 'surveyResults'] as const;
export type CollectedScope = (typeof COLLECTED_SCOPES)[number];

/**
 * What these scopes hold, as read live and as kept in a closed cohort's snapshot (snapshot.ts, one
 * schema for both): never a person's name.
 */
export type SharedContent = { [K in CollectedScope]-?: NonNullable<CohortSnapshot[K]> };
export type SharedSnapshot = Partial<SharedContent>;

/** Released results of closed surveys only, as the organisation's own results route gives them (minimum group size and noise applied there). */
async function releasedOf(
  surveys: Pick<SurveysService, 'list' | 'results'>,
  reader: SessionActor,
  programmeId: string,
): Promise<SharedContent['surveyResults']> {
  const closed = (await surveys.list(reader, programmeId)).filter((s) => s.status === 'closed');
  const released: SharedContent['surveyResults'] = [];
  for (const survey of closed) {
    const { results } = await surveys.results(reader, programmeId, survey.id);
    // Closed means released; the guard keeps an open round's count out should that ever change.
    if (!results.available) continue;
    const { available: _, ...figures } = results;
    released.push({ title: survey.title, closedOn: survey.closedAt ? amsterdamDay(survey.closedAt) : null, results: figures });
  }
  return released;
}

/**
 * The shared plan van aanpak, interventions, KPI outcomes and survey results of another organisation
 * (issue 21, point 2). Each is read as that organisation's viewer (read-log.ts readerOf), only after
 * core/policies/cohort.ts allowed it for the caller, without names, and logged in that organisation's
 * audit log. After the cohort closed they come from the snapshot taken at closing; taking a share back
 * hides it at once, then too.
 */
export function createSharedService(
  db: Database,
  deps: {
    audit: AuditService;
    reports: Pick<ReportsService, 'data' | 'build'>;
    interventions: Pick<InterventionsService, 'list'>;
    measurement: Pick<MeasurementService, 'list'>;
    surveys: Pick<SurveysService, 'list' | 'results'>;
  },
) {
  const logRead = createReadLog(db, deps.audit);

  const readers: { [K in CollectedScope]: (actor: SessionActor, p: ParticipationRow) => Promise<SharedContent[K]> } = {
    plan: async (actor, p) => sharedPlanData(await deps.reports.data(readerOf(actor, p), p.programmeId)),
    interventions: async (actor, p) =>
      (await deps.interventions.list(readerOf(actor, p), p.programmeId)).candidates
        .filter((c) => c.decision === 'chosen')
        .map((c) => ({ title: c.title, functions: [...c.functions], rationale: c.rationale })),
    kpis: async (actor, p) =>
      (await deps.measurement.list(readerOf(actor, p), p.programmeId)).kpis
        .filter((k) => shareableIndicator(k.indicator))
        .map((k) => ({
          name: k.name,
          unit: k.unit,
          direction: k.direction,
          baseline: k.baseline,
          baselineDate: k.baselineDate,
          target: k.target,
          targetDate: k.targetDate,
          latest: k.progress.latest && { date: k.progress.latest.date, value: k.progress.latest.value },
          change: k.progress.change,
        })),
    surveyResults: (actor, p) => releasedOf(deps.surveys, readerOf(actor, p), p.programmeId),
  };

  /**
   * One scope of another organisation's participation: live while the cohort runs, else from the
   * snapshot. The read is logged once its answer is built: a read that fails is not logged as read.
   */
  async function read<K extends CollectedScope, A>(
    actor: SessionActor,
    cohortId: string,
    participationId: string,
    kind: K,
    answer: (shared: { participationId: string; organisationName: string; content: SharedContent[K] }) => A,
  ): Promise<A> {
    const access = await loadCohort(db, actor, cohortId, 'read');
    const item: ShareItem = { kind };
    const { participation, organisationName } = await loadShared(db, actor, access, participationId, item);
    const snapshot: SharedSnapshot | null = access.ref.running ? null : await loadSnapshot(db, participation.id);
    const content = snapshot ? snapshot[kind] : await readers[kind](actor, participation);
    if (content === undefined) throw notFound();
    const built = answer({ participationId, organisationName, content });
    await logRead(actor, access, participation, [item]);
    return built;
  }

  return {
    /** For closing (board.service.ts close): the content of these scopes among `items`, as the snapshot keeps it. */
    async collect(actor: SessionActor, p: ParticipationRow, items: readonly ShareItem[]): Promise<SharedSnapshot> {
      const snapshot: SharedSnapshot = {};
      for (const kind of COLLECTED_SCOPES) if (items.some((i) => i.kind === kind)) Object.assign(snapshot, { [kind]: await readers[kind](actor, p) });
      return snapshot;
    },

    /** The plan van aanpak draft as a document in the caller's language, named after the organisation. */
    plan: (actor: SessionActor, cohortId: string, participationId: string, locale: Locale) =>
      read(actor, cohortId, participationId, 'plan', ({ organisationName, content }) => ({
        organisationName,
        document: deps.reports.build(content, 'plan', locale),
      })),

    interventions: (actor: SessionActor, cohortId: string, participationId: string) =>
      read(actor, cohortId, participationId, 'interventions', ({ content, ...shared }) => ({ ...shared, interventions: content })),

    kpis: (actor: SessionActor, cohortId: string, participationId: string) =>
      read(actor, cohortId, participationId, 'kpis', ({ content, ...shared }) => ({ ...shared, kpis: content })),

    surveyResults: (actor: SessionActor, cohortId: string, participationId: string) =>
      read(actor, cohortId, participationId, 'surveyResults', ({ content, ...shared }) => ({ ...shared, surveys: content })),
  };
}
export type SharedService = ReturnType<typeof createSharedService>;

import { randomUUID } from 'node:crypto';
import type { CombFactor } from '#core/comb.js';
import type { Locale } from '#core/locale.js';
import type { IndicatorKey } from '#core/interventions/indicators.js';
import { compareSurveys } from '#core/measurement/effect.js';
import {
  KNOWLEDGE_INDICATOR,
  SURVEY_INDICATOR,
  checkPoints,
  kpiMissing,
  kpiProgress,
  kpiMeasures,
  kpiSuggestions,
  series,
  surveyPoints,
  type KpiChange,
  type KpiInput,
  type KpiMeasures,
  type MeasurementInput,
  type SurveyScores,
} from '#core/measurement/kpis.js';
import {
  baselineReminder,
  baselineTaken,
  emptyMeasurementPlan,
  FIXED_AT_BASELINE,
  fixedChanges,
  keepRecorded,
  MAX_DEVIATIONS,
  type FixedChange,
  type FixedField,
  type MeasurementPlan,
  measurementPlanMissing,
  measurementTrack,
  type MeasurementTrack,
  RECORDED_PREFIX,
  StoredMeasurementPlan,
  suggestedDecision,
} from '#core/measurement/plan.js';
import { breachPolicy } from '#core/policies/index.js';
import { effectiveMinimum } from '#core/survey/anonymity.js';
import { filled } from '#core/worksheets/fields.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { LANGUAGE_TAGS } from '../../export/document.js';
import { message, type MessageKey } from '../../i18n/messages.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { InterventionsService } from '../interventions/service.js';
import type { BreachRegisterService } from '../breaches/register.service.js';
import type { KnowledgeService } from '../knowledge/service.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme } from '../programmes/access.js';
import { formatters } from '../../export/formatters.js';
import type { SurveyOutcomeView, SurveysService } from '../surveys/service.js';
import { measurementRepository as repo, type KpiRow, type MeasurementRow } from './repository.js';

/** A point of a KPI's line: entered by the team, or taken by Wegwijs from a closed survey or knowledge check (then not deletable: id null). */
export interface MeasurementView {
  id: string | null;
  date: string;
  value: number;
  note: string;
  source: 'team' | 'survey' | 'knowledgeCheck' | 'breaches';
  surveyId: string | null;
  /** Only on a point from a knowledge check. */
  checkId?: string;
}

/** The stored columns are the input's fields one to one. */
const inputOf = (row: KpiRow): KpiInput => ({
  name: row.name,
  unit: row.unit,
  indicator: row.indicator as IndicatorKey | null,
  factor: row.factor as CombFactor | null,
  measures: row.measures as KpiMeasures | null,
  candidateId: row.candidateId,
  direction: row.direction,
  baseline: row.baseline,
  baselineDate: row.baselineDate,
  target: row.target,
  targetDate: row.targetDate,
  notes: row.notes,
});

const definitionOf = (row: KpiRow) => ({ id: row.id, ...inputOf(row) });

/** A stored worksheet that no longer fits the schema (written by an older version) starts empty rather than breaking the page. */
const readPlan = (stored: unknown): MeasurementPlan => {
  const parsed = StoredMeasurementPlan.safeParse(stored);
  return parsed.success ? parsed.data : emptyMeasurementPlan();
};

/** The indicators Wegwijs feeds from the breach register: reports per month, and the share handled within the 72 hours. */
const BREACH_INDICATORS = ['breachReports', 'breachHandledInTime'] as const satisfies readonly IndicatorKey[];
type BreachIndicator = (typeof BREACH_INDICATORS)[number];
const isBreachIndicator = (indicator: string | null): indicator is BreachIndicator => (BREACH_INDICATORS as readonly (string | null)[]).includes(indicator);

const teamPoint = (m: MeasurementRow): MeasurementView => ({ id: m.id, date: m.date, value: m.value, note: m.note, source: 'team', surveyId: null });
const measurementOf = (m: MeasurementRow) => ({ id: m.id, kpiId: m.kpiId, date: m.date, value: m.value, note: m.note });

/** Closed surveys as the KPIs see them: dated by the day they closed in the Netherlands. */
const scoresOf = (outcomes: readonly SurveyOutcomeView[]): SurveyScores[] =>
  outcomes.flatMap((o) => (o.status === 'closed' && o.closedAt ? [{ id: o.id, title: o.title, date: amsterdamDay(o.closedAt), factors: o.factors }] : []));

/** Step 6.1's use-cases: the KPIs with their measurements, and the effect measurement per COM-B factor. */
export function createMeasurementService(
  db: Database,
  deps: {
    audit: AuditService;
    organisations: OrganisationService;
    surveys: SurveysService;
    interventions: InterventionsService;
    knowledge: KnowledgeService;
    breachRegister: BreachRegisterService;
  },
) {
  const { audit } = deps;

  /** The intervention a KPI belongs to must be one the team chose (4.3). */
  async function check(tx: Database, actor: SessionActor, programmeId: string, input: KpiInput) {
    if (input.candidateId && !(await deps.interventions.isChosen(tx, actor.organisationId, programmeId, input.candidateId))) {
      throw invalid('kpiCandidateUnknown', 'candidateId');
    }
  }

  async function loadKpi(tx: Database, actor: SessionActor, programmeId: string, id: string) {
    await loadProgramme(tx, actor, programmeId, 'work');
    const kpi = await repo.kpi(tx, actor.organisationId, programmeId, id);
    if (!kpi) throw notFound();
    return kpi;
  }

  /** A figure the 0-meting fixed as a deviation writes it: a day or a number in the language, a dash when empty. */
  const figure = (locale: Locale, value: number | string | null) =>
    value === null ? '—' : typeof value === 'string' ? formatters(locale).day(value) : formatters(locale).number(value);

  const FIXED_LABELS: Record<FixedField, MessageKey> = { baseline: 'fixedBaseline', baselineDate: 'fixedBaselineDate', target: 'fixedTarget' };

  /** "target value changed from 60 to 40 and baseline changed from 20 to 25", starting with a capital. */
  function changesText(locale: Locale, changes: readonly FixedChange[]) {
    const each = changes.map((c) =>
      message('fixedChange', locale, { what: message(FIXED_LABELS[c.field], locale), before: figure(locale, c.before), after: figure(locale, c.after) }),
    );
    const text = new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: 'conjunction' }).format(each);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** A KPI with the figures its 0-meting fixes, so a switch of the worksheet's KPI shows what each stood at. */
  const kpiText = (locale: Locale, kpi: KpiRow | null) =>
    kpi === null ? '—' : `${kpi.name} (${FIXED_AT_BASELINE.map((f) => `${message(FIXED_LABELS[f], locale)} ${figure(locale, kpi[f])}`).join(', ')})`;

  /** The worksheet with a deviation Wegwijs records; refused, naming `field`, when the worksheet has no room for it. */
  function withRecorded(plan: MeasurementPlan, description: string, field: string): MeasurementPlan {
    if (plan.deviations.length >= MAX_DEVIATIONS) throw invalid('measurementDeviationsFull', field, { max: MAX_DEVIATIONS });
    return { ...plan, deviations: [...plan.deviations, { id: `${RECORDED_PREFIX}${randomUUID().replaceAll('-', '')}`, date: amsterdamDay(), description }] };
  }

  /** Survey means reach the service only from surveys enough answered (see SurveysService.outcomes). */
  async function outcomes(actor: SessionActor, programmeId: string) {
    const { minGroupSize } = await deps.organisations.get(actor);
    return { minGroupSize, outcomes: await deps.surveys.outcomes(db, actor.organisationId, programmeId, minGroupSize) };
  }

  /** Every KPI of the programme with its line (the team's points and those Wegwijs feeds), progress, gaps and what it measures. */
  async function kpisWithLines(actor: SessionActor, programmeId: string, tx: Database = db) {
    const rows = await repo.kpis(tx, actor.organisationId, programmeId);
    const manual = await repo.measurements(
      tx,
      actor.organisationId,
      rows.map((r) => r.id),
    );
    const { minGroupSize, outcomes: surveyOutcomes } = await outcomes(actor, programmeId);
    const scores = scoresOf(surveyOutcomes);
    const fromChecks: MeasurementView[] = checkPoints(await deps.knowledge.outcomes(tx, actor.organisationId, programmeId, minGroupSize)).map((p) => ({
      id: null,
      date: p.date,
      value: p.value,
      note: p.title,
      source: 'knowledgeCheck',
      surveyId: null,
      checkId: p.checkId,
    }));
    // Each register series read once, and only when a KPI follows it and the reader may see the
    // register's figures: one rule for these KPIs and the board dashboard (breachPolicy.readFigures).
    const registerSeries: Record<BreachIndicator, () => Promise<{ date: string; value: number }[]>> = {
      breachReports: () => deps.breachRegister.monthlyReports(tx, actor),
      breachHandledInTime: () => deps.breachRegister.monthlyHandledInTime(tx, actor),
    };
    const followed = breachPolicy.readFigures(actor) ? [...new Set(rows.map((r) => r.indicator).filter(isBreachIndicator))] : [];
    const fromBreaches = new Map(
      await Promise.all(
        followed.map(
          async (indicator) =>
            [
              indicator,
              (await registerSeries[indicator]()).map((p): MeasurementView => ({
                id: null,
                date: p.date,
                value: p.value,
                note: '',
                source: 'breaches',
                surveyId: null,
              })),
            ] as const,
        ),
      ),
    );
    const kpis = rows.map((row) => {
      const input = inputOf(row);
      const fromSurveys: MeasurementView[] =
        input.indicator === SURVEY_INDICATOR && input.factor
          ? surveyPoints(input.factor, scores).map((p) => ({ id: null, date: p.date, value: p.value, note: p.title, source: 'survey', surveyId: p.surveyId }))
          : [];
      const measurements = series([
        ...fromSurveys,
        ...(input.indicator === KNOWLEDGE_INDICATOR ? fromChecks : []),
        ...(isBreachIndicator(input.indicator) ? (fromBreaches.get(input.indicator) ?? []) : []),
        ...manual.filter((m) => m.kpiId === row.id).map(teamPoint),
      ]);
      return { id: row.id, ...input, kind: kpiMeasures(input), measurements, progress: kpiProgress(input, measurements), missing: kpiMissing(input) };
    });
    return { rows, kpis };
  }

  /**
   * The measurement worksheet, with where the track stands: the outcome KPI's 0-meting and
   * 1-meting, what is missing, the reminder for 3.4 and 4.1, and what the figures suggest.
   */
  async function plan(actor: SessionActor, programmeId: string) {
    await loadProgramme(db, actor, programmeId, 'read');
    const stored = await repo.plan(db, actor.organisationId, programmeId);
    const worksheet = stored ? readPlan(stored.plan) : emptyMeasurementPlan();
    const { kpis } = await kpisWithLines(actor, programmeId);
    const outcome = kpis.find((k) => k.id === worksheet.outcomeKpiId) ?? null;
    // The 1-meting is one of the outcome KPI's own points, as its line shows them.
    const track = measurementTrack(outcome, worksheet) as MeasurementTrack & { followUp: MeasurementView | null };
    return {
      saved: Boolean(stored),
      plan: worksheet,
      outcome: outcome && {
        id: outcome.id,
        name: outcome.name,
        indicator: outcome.indicator,
        unit: outcome.unit,
        direction: outcome.direction,
        baseline: outcome.baseline,
        baselineDate: outcome.baselineDate,
        target: outcome.target,
        targetDate: outcome.targetDate,
      },
      track,
      missing: measurementPlanMissing(worksheet, outcome),
      reminder: baselineReminder(stored ? worksheet : null, track),
      suggestion: suggestedDecision(outcome, worksheet),
      /** The KPIs that count the behaviour: the ones the worksheet may name. */
      behaviourKpis: kpis.filter((k) => k.kind === 'behaviour').map((k) => ({ id: k.id, name: k.name, unit: k.unit })),
    };
  }

  /**
   * Moved figures of the behaviour KPI after its 0-meting (fixedChanges): refused without a reason,
   * else recorded as one deviation in the worksheet. A KPI the worksheet does not name moves freely.
   */
  async function recordFixedChanges(tx: Database, actor: SessionActor, programmeId: string, kpiId: string, changes: readonly FixedChange[], reason: string) {
    const stored = await repo.plan(tx, actor.organisationId, programmeId);
    const plan = stored ? readPlan(stored.plan) : null;
    if (!plan || plan.outcomeKpiId !== kpiId) return;
    if (!filled(reason)) throw invalid('targetChangeReasonRequired', 'targetChangeReason');
    const description = message('fixedChangedDeviation', actor.locale, { changes: changesText(actor.locale, changes), reason: reason.trim() });
    const changed = withRecorded(plan, description, 'targetChangeReason');
    await repo.savePlan(tx, { organisationId: actor.organisationId, programmeId, plan: changed, updatedBy: actor.userId });
    await audit.record(tx, asAuditActor(actor), {
      action: 'measurement_plan.update',
      entity: 'programme',
      entityId: programmeId,
      before: plan,
      after: changed,
    });
  }

  return {
    /**
     * Each KPI with its line (the team's measurements and, for a survey score, one point per closed
     * survey), its progress and what it still lacks; plus the indicators the plans name that no KPI uses yet.
     */
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const { rows, kpis } = await kpisWithLines(actor, programmeId);
      const plans = await deps.interventions.chosenIndicators(db, actor.organisationId, programmeId);
      return { today: amsterdamDay(), kpis, suggestions: kpiSuggestions(plans, rows.map(inputOf)) };
    },

    plan,

    /**
     * Saves the measurement worksheet; its KPI must count the behaviour, its decision wait for the
     * 1-meting. The deviations Wegwijs recorded stay as stored whatever the input says (keepRecorded).
     * A switch to another KPI once either KPI has its 0-meting is recorded too, with both KPIs'
     * fixed figures: switching away, changing the first KPI freely and switching back leaves a
     * trace that shows what moved. No reason is asked: the team is editing the worksheet itself and
     * can add its own deviation beside it.
     */
    async savePlan(actor: SessionActor, programmeId: string, input: MeasurementPlan) {
      await loadProgramme(db, actor, programmeId, 'work');
      if (input.decision !== null) {
        // Read before the transaction: the KPI's line also takes points from surveys and checks.
        const outcome = (await kpisWithLines(actor, programmeId)).kpis.find((k) => k.id === input.outcomeKpiId) ?? null;
        if (measurementTrack(outcome, input).followUp === null) throw invalid('measurementDecisionTooEarly', 'decision');
      }
      await db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const kpi = input.outcomeKpiId ? ((await repo.kpi(tx, actor.organisationId, programmeId, input.outcomeKpiId)) ?? null) : null;
        if (input.outcomeKpiId) {
          if (!kpi) throw invalid('measurementKpiUnknown', 'outcomeKpiId');
          if (kpiMeasures(inputOf(kpi)) !== 'behaviour') throw invalid('measurementKpiNotBehaviour', 'outcomeKpiId');
        }
        const stored = await repo.plan(tx, actor.organisationId, programmeId);
        const before = stored ? readPlan(stored.plan) : null;
        let saved: MeasurementPlan = { ...input, deviations: keepRecorded(before?.deviations ?? [], input.deviations) };
        if (saved.deviations.length > MAX_DEVIATIONS) throw invalid('measurementDeviationsFull', 'deviations', { max: MAX_DEVIATIONS });
        const from =
          before?.outcomeKpiId && before.outcomeKpiId !== input.outcomeKpiId
            ? await repo.kpi(tx, actor.organisationId, programmeId, before.outcomeKpiId)
            : null;
        if (from && (baselineTaken(from) || (kpi && baselineTaken(kpi)))) {
          saved = withRecorded(
            saved,
            message('outcomeKpiChangedDeviation', actor.locale, { before: kpiText(actor.locale, from), after: kpiText(actor.locale, kpi) }),
            'outcomeKpiId',
          );
        }
        await repo.savePlan(tx, { organisationId: actor.organisationId, programmeId, plan: saved, updatedBy: actor.userId });
        await audit.record(tx, asAuditActor(actor), {
          action: 'measurement_plan.update',
          entity: 'programme',
          entityId: programmeId,
          before: stored?.plan ?? null,
          after: saved,
        });
      });
      return plan(actor, programmeId);
    },

    create(actor: SessionActor, programmeId: string, { targetChangeReason: _, ...input }: KpiChange) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        await check(tx, actor, programmeId, input);
        const row = await repo.insertKpi(tx, { ...input, organisationId: actor.organisationId, programmeId });
        await audit.record(tx, asAuditActor(actor), { action: 'kpi.create', entity: 'kpi', entityId: row.id, after: input });
        return definitionOf(row);
      });
    },

    /**
     * Changes a KPI. The 0-meting, its day and the streefwaarde of the KPI that counts the
     * behaviour are fixed once the 0-meting is taken (Wegwijzer, measurement track; fixedChanges):
     * changed after it, only with a reason, which the worksheet keeps among its deviations so the
     * report shows it beside the outcome.
     */
    update(actor: SessionActor, programmeId: string, id: string, { targetChangeReason, ...input }: KpiChange) {
      return db.transaction(async (tx) => {
        const before = await loadKpi(tx, actor, programmeId, id);
        await check(tx, actor, programmeId, input);
        const changes = fixedChanges(before, input);
        if (changes.length > 0) await recordFixedChanges(tx, actor, programmeId, id, changes, targetChangeReason);
        const row = await repo.updateKpi(tx, actor.organisationId, programmeId, id, input);
        await audit.record(tx, asAuditActor(actor), { action: 'kpi.update', entity: 'kpi', entityId: id, before: inputOf(before), after: input });
        return definitionOf(row);
      });
    },

    /** Removes a KPI, but not the one the worksheet counts the behaviour with: its 0-meting and streefwaarde would go without a trace. */
    remove(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        const before = await loadKpi(tx, actor, programmeId, id);
        const stored = await repo.plan(tx, actor.organisationId, programmeId);
        if (stored && readPlan(stored.plan).outcomeKpiId === id) throw conflict('measurementOutcomeKpiInUse', 'outcomeKpiId');
        await repo.removeKpi(tx, actor.organisationId, programmeId, id);
        await audit.record(tx, asAuditActor(actor), { action: 'kpi.delete', entity: 'kpi', entityId: id, before: { name: before.name, unit: before.unit } });
      });
    },

    addMeasurement(actor: SessionActor, programmeId: string, kpiId: string, input: MeasurementInput) {
      return db.transaction(async (tx) => {
        await loadKpi(tx, actor, programmeId, kpiId);
        const row = await repo.insertMeasurement(tx, { ...input, organisationId: actor.organisationId, kpiId, createdBy: actor.userId });
        await audit.record(tx, asAuditActor(actor), {
          action: 'kpi.measurement.create',
          entity: 'kpi_measurement',
          entityId: row.id,
          after: { kpiId, ...input },
        });
        return measurementOf(row);
      });
    },

    removeMeasurement(actor: SessionActor, programmeId: string, kpiId: string, id: string) {
      return db.transaction(async (tx) => {
        await loadKpi(tx, actor, programmeId, kpiId);
        const before = await repo.measurement(tx, actor.organisationId, kpiId, id);
        if (!before) throw notFound();
        await repo.removeMeasurement(tx, actor.organisationId, kpiId, id);
        await audit.record(tx, asAuditActor(actor), {
          action: 'kpi.measurement.delete',
          entity: 'kpi_measurement',
          entityId: id,
          before: measurementOf(before),
        });
      });
    },

    /**
     * Every follow-up survey ("1-meting") against the survey it repeats, per COM-B factor. Only when
     * both are closed is there a comparison; factor numbers only when both reached the minimum.
     */
    async effect(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const { minGroupSize, outcomes: all } = await outcomes(actor, programmeId);
      const byId = new Map(all.map((o) => [o.id, o]));
      const followUps = all.flatMap((after) => {
        const before = after.baselineSurveyId ? byId.get(after.baselineSurveyId) : undefined;
        if (!before) return [];
        return [
          {
            id: after.id,
            title: after.title,
            status: after.status,
            responses: after.responses,
            baseline: { id: before.id, title: before.title, responses: before.responses },
            // Each survey keeps the minimum it opened with; a comparison needs both to meet the stricter one.
            minGroupSize: Math.max(before.minGroupSize, after.minGroupSize),
            comparisons:
              after.status === 'closed' && before.status === 'closed' ? compareSurveys(before, after, Math.max(before.minGroupSize, after.minGroupSize)) : null,
          },
        ];
      });
      return { minGroupSize: effectiveMinimum(minGroupSize), followUps };
    },
  };
}
export type MeasurementService = ReturnType<typeof createMeasurementService>;

import { measurementPlanSection } from './measurement-section.js';
import { ANCHORING_AREA_LABELS, ANCHORING_STATUS_LABELS, EFFECT_VERDICT_LABELS, KPI_STATUS_LABELS } from '#content/worksheet-labels.js';
import type { Locale } from '#core/locale.js';
import type { Verdict } from '#core/measurement/effect.js';
import { kpiProgress } from '#core/measurement/kpis.js';
import { get } from '#core/worksheets/index.js';
import { chosenProblem, rankProblems } from '#core/worksheets/problem-inventory.js';
import { targetBehaviourSummary } from '#core/worksheets/target-behaviour.js';
import { intervalChart, lineChart } from '../../export/chart.js';
import type { Block, ExportDocument } from '../../export/document.js';
import type { ReportData, ReportEffect, ReportKpi } from './data.js';
import {
  actionsSection,
  analysisSection,
  bullets,
  chosenCandidates,
  communicationSection,
  context,
  dayOr,
  factorName,
  h,
  interventionsSection,
  note,
  p,
  paragraphs,
  problemSection,
  table,
  targetSection,
  valueOn,
  type Context,
} from './sections.js';

const VERDICT_ORDER: readonly Verdict[] = ['improved', 'noClearChange', 'worse', 'tooSmall', 'notMeasured'];

/** The outcome in a few sentences, for readers who read nothing else. */
function summary(c: Context): Block[] {
  const s = c.t.summary;
  const d = c.data;
  const problem = chosenProblem(get(d.worksheets, '1.1'))?.title ?? d.programme.problem;
  const target = targetBehaviourSummary(get(d.worksheets, '2.3'));
  const chosen = chosenCandidates(d);
  const items = [
    problem ? s.problem(problem) : c.t.empty.problem,
    target ? s.target(target) : c.t.empty.target,
    chosen.length > 0 ? s.interventions(chosen.map((x) => x.title)) : s.noInterventions,
  ];
  if (d.actions.length > 0) items.push(s.actions(d.actions.filter((a) => a.status === 'done').length, d.actions.length));
  const outcome = d.measurement?.outcome;
  if (outcome && d.measurement!.track.baselineDone) {
    const followUp = d.measurement!.track.followUp;
    items.push(
      s.behaviour(
        outcome.name,
        c.f.number(outcome.baseline!),
        followUp ? c.f.number(followUp.value) : c.t.none,
        outcome.target === null ? c.t.none : c.f.number(outcome.target),
      ),
    );
  } else items.push(s.noBehaviour);
  if (d.kpis.length > 0) items.push(s.kpis(d.kpis.filter((k) => kpiProgress(k, k.measurements).status === 'reached').length, d.kpis.length));
  const latest = d.effects.at(-1);
  if (latest) {
    const parts = VERDICT_ORDER.flatMap((verdict) => {
      const factors = latest.comparisons.filter((x) => x.verdict === verdict).map((x) => factorName(c, x.factor));
      return factors.length > 0 ? [s.effectPart(EFFECT_VERDICT_LABELS[verdict][c.locale], factors)] : [];
    });
    items.push(s.effect(parts));
  } else items.push(s.noEffect);
  if (d.anchoring.length > 0) items.push(s.anchoring(d.anchoring.filter((a) => a.status !== 'todo').length, d.anchoring.length));
  return [bullets(items)];
}

function checkinsSection(c: Context): Block[] {
  if (c.data.checkins.length === 0) return [p(c.t.empty.checkins)];
  const cols = c.t.checkins.columns;
  return [
    table(
      [cols.date, cols.attendees, cols.decisions],
      c.data.checkins.map((x) => [
        c.f.day(x.date),
        String(x.attendees),
        x.decisions.map((d) => (d.open ? `${d.text} (${c.t.checkins.open})` : d.text)).join('; ') || c.t.none,
      ]),
    ),
  ];
}

/** One KPI: its chart (when measured), the measurements as a table, and where it stands. */
function kpiResult(c: Context, kpi: ReportKpi): Block[] {
  const k = c.t.kpis;
  const progress = kpiProgress(kpi, kpi.measurements);
  const blocks: Block[] = [h(3, kpi.name)];
  const standing = p(k.standing(KPI_STATUS_LABELS[progress.status][c.locale]));
  if (kpi.measurements.length === 0) return [...blocks, p(c.t.empty.measurements), standing];
  const first = kpi.measurements[0]!;
  const references = [
    ...(kpi.baseline !== null ? [{ value: kpi.baseline, label: k.chart.baseline(c.f.number(kpi.baseline)), kind: 'baseline' as const }] : []),
    ...(kpi.target !== null ? [{ value: kpi.target, label: k.chart.target(c.f.number(kpi.target)), kind: 'target' as const }] : []),
  ];
  const chart = lineChart({
    points: kpi.measurements,
    references,
    extraDays: [kpi.baselineDate, kpi.targetDate].filter((x): x is string => x !== null),
    measuredLabel: k.chart.measured,
    formatDay: c.f.shortDay,
    formatValue: c.f.number,
  });
  const alt = k.chart.alt({
    name: kpi.name,
    unit: kpi.unit,
    n: kpi.measurements.length,
    first: c.f.day(first.date),
    last: c.f.day(progress.latest!.date),
    latest: c.f.number(progress.latest!.value),
    baseline: kpi.baseline === null ? null : c.f.number(kpi.baseline),
    target: kpi.target === null ? null : c.f.number(kpi.target),
  });
  const cols = k.measurementColumns;
  return [
    ...blocks,
    { kind: 'image', png: chart.png, width: chart.width, height: chart.height, alt },
    table(
      [cols.date, `${cols.value} (${kpi.unit})`, cols.note],
      kpi.measurements.map((m) => [c.f.day(m.date), c.f.number(m.value), m.note]),
    ),
    standing,
  ];
}

function kpiResults(c: Context): Block[] {
  if (c.data.kpis.length === 0) return [p(c.t.empty.kpis)];
  const cols = c.t.kpis.columns;
  const overview = table(
    [cols.name, cols.baseline, cols.target, cols.latest, cols.change, cols.status],
    c.data.kpis.map((kpi) => {
      const progress = kpiProgress(kpi, kpi.measurements);
      return [
        `${kpi.name} (${kpi.unit})`,
        valueOn(c, kpi.baseline, kpi.baselineDate),
        valueOn(c, kpi.target, kpi.targetDate),
        progress.latest ? valueOn(c, progress.latest.value, progress.latest.date) : c.t.none,
        progress.change === null ? c.t.none : c.f.signed(progress.change),
        KPI_STATUS_LABELS[progress.status][c.locale],
      ];
    }),
  );
  return [overview, ...c.data.kpis.flatMap((kpi) => kpiResult(c, kpi))];
}

/** One comparison of follow-up and baseline: the chart, the figures and a plain verdict per factor. */
function effectResult(c: Context, effect: ReportEffect): Block[] {
  const e = c.t.effect;
  const f = c.f;
  const blocks: Block[] = [
    h(3, c.t.headings.effectOf(effect.followUp.title, effect.baseline.title)),
    p(e.responses(effect.baseline.responses, effect.followUp.responses)),
  ];
  if (effect.comparisons.some((x) => x.difference !== null)) {
    const chart = intervalChart({
      rows: effect.comparisons.map((x) => ({
        label: factorName(c, x.factor),
        estimate: x.difference,
        interval: x.ci,
        note: x.difference === null ? EFFECT_VERDICT_LABELS[x.verdict][c.locale] : undefined,
      })),
      axisLabel: e.axis,
      formatValue: f.number,
    });
    blocks.push({ kind: 'image', png: chart.png, width: chart.width, height: chart.height, alt: e.alt(effect.followUp.title, effect.baseline.title) });
  }
  const cols = e.columns;
  const orNone = (v: number | null, format: (v: number) => string) => (v === null ? c.t.none : format(v));
  blocks.push(
    table(
      [cols.factor, cols.before, cols.after, cols.difference, cols.interval, cols.verdict],
      effect.comparisons.map((x) => [
        factorName(c, x.factor),
        orNone(x.before, f.mean),
        orNone(x.after, f.mean),
        orNone(x.difference, f.signed),
        x.ci ? `${f.signed(x.ci[0])} – ${f.signed(x.ci[1])}` : c.t.none,
        EFFECT_VERDICT_LABELS[x.verdict][c.locale],
      ]),
    ),
    bullets(
      effect.comparisons.map((x) => {
        const name = factorName(c, x.factor);
        if (x.verdict === 'tooSmall') return e.sentence.tooSmall(name, effect.minimum);
        if (x.verdict === 'notMeasured' || x.difference === null || x.ci === null) return e.sentence.notMeasured(name);
        return e.sentence[x.verdict](name, f.signed(x.difference), f.signed(x.ci[0]), f.signed(x.ci[1]));
      }),
    ),
    note(e.how(effect.minimum)),
  );
  return blocks;
}

function anchoringSection(c: Context): Block[] {
  const items = c.data.anchoring;
  if (items.length === 0) return [p(c.t.empty.anchoring)];
  const a = c.t.anchoring;
  const cols = a.columns;
  return [
    p(a.summary(items.filter((x) => x.status !== 'todo').length, items.length)),
    table(
      [cols.area, cols.description, cols.owner, cols.due, cols.status, cols.note],
      items.map((x) => [
        ANCHORING_AREA_LABELS[x.area][c.locale],
        x.description,
        x.ownerName || c.t.none,
        dayOr(c, x.due),
        ANCHORING_STATUS_LABELS[x.status][c.locale],
        x.note,
      ]),
    ),
  ];
}

/** The team's lessons and next problem (notes of 6.3), and the problems of 1.1 still waiting. */
function lessonsSection(c: Context): Block[] {
  const written = paragraphs(c.data.notes['6.3'] ?? '');
  const inventory = get(c.data.worksheets, '1.1');
  const waiting = rankProblems(inventory).filter((r) => r.problem.id !== inventory.chosenId);
  return [
    ...(written.length > 0 ? written : [p(c.t.empty.lessons)]),
    ...(waiting.length > 0 ? [h(2, c.t.headings.nextCandidates), p(c.t.lessons.nextIntro), bullets(waiting.map((r) => r.problem.title))] : []),
  ];
}

/**
 * The final report to the board and stakeholders (steps.md 6.3): problem, target behaviour,
 * analysis, interventions, what was done, results (KPI charts with their figures, the effect per
 * COM-B factor with plain verdicts), anchoring, lessons learned and the next problem.
 */
export function finalReportDocument(data: ReportData, locale: Locale): ExportDocument {
  const c = context(data, locale);
  const { headings } = c.t;
  return {
    title: c.t.report.title,
    subtitle: data.programme.title,
    language: locale,
    footer: c.t.report.footer(data.organisation),
    blocks: [
      p(c.t.madeOn(data.organisation, c.f.day(data.today))),
      h(1, headings.summary),
      ...summary(c),
      h(1, headings.problem),
      ...problemSection(c, false),
      h(1, headings.target),
      ...targetSection(c, false),
      h(1, headings.analysis),
      ...analysisSection(c),
      h(1, headings.interventions),
      ...interventionsSection(c, 'summary'),
      h(1, headings.done),
      h(2, headings.actions),
      ...actionsSection(c),
      h(2, headings.communication),
      ...communicationSection(c),
      h(2, headings.checkins),
      ...checkinsSection(c),
      h(1, headings.results),
      h(2, headings.measurementPlan),
      ...measurementPlanSection(c, true),
      h(2, headings.kpis),
      ...kpiResults(c),
      h(2, headings.effect),
      ...(data.effects.length > 0 ? data.effects.flatMap((effect) => effectResult(c, effect)) : [p(c.t.empty.effect)]),
      h(1, headings.anchoring),
      ...anchoringSection(c),
      h(1, headings.lessons),
      ...lessonsSection(c),
    ],
  };
}

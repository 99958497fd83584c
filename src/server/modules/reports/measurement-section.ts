import { MEASUREMENT_DECISION_LABELS, MEASUREMENT_DESIGN_LABELS } from '#content/worksheet-labels.js';
import type { Block } from '../../export/document.js';
import { bullets, dayOr, h, p, table, valueOn, type Context } from './sections.js';

/**
 * The measurement worksheet: how the behaviour itself is measured, the 0-meting, the streefwaarde
 * and the 1-meting; the final report adds the deviations and the decision with its reasons.
 */
export function measurementPlanSection(c: Context, withOutcome: boolean): Block[] {
  const m = c.data.measurement;
  const t = c.t.measurementPlan;
  if (!m) return [p(c.t.empty.measurementPlan), p(t.determinants)];
  const { plan, outcome, track } = m;
  const planned = (day: string | null) => (day ? c.f.day(day) : null);
  const baseline =
    track.baselineDone && outcome ? t.done(c.f.number(outcome.baseline!), c.f.day(outcome.baselineDate!)) : t.notDone(planned(plan.baselinePlannedOn));
  const followUp = track.followUp ? t.done(c.f.number(track.followUp.value), c.f.day(track.followUp.date)) : t.notDone(planned(plan.followUpPlannedOn));
  const rows: [string, string][] = [
    [t.outcome, outcome ? `${outcome.name} (${outcome.unit})` : c.t.none],
    [t.method, [plan.method ? t.methods[plan.method] : c.t.none, plan.methodDetail].filter(Boolean).join(': ')],
    ...(plan.method === 'selfReport' ? [[t.selfReportReason, plan.selfReportReason || c.t.none] as [string, string]] : []),
    [t.design, plan.design ? MEASUREMENT_DESIGN_LABELS[plan.design][c.locale] : c.t.none],
    ...(plan.design === 'groups' ? [[t.groups, plan.groups || c.t.none] as [string, string]] : []),
    [t.population, plan.population || c.t.none],
    [t.baseline, baseline],
    [t.target, outcome ? valueOn(c, outcome.target, outcome.targetDate) : c.t.none],
    [t.followUp, followUp],
  ];
  const blocks: Block[] = [table([c.t.field, c.t.value], rows), p(t.determinants)];
  if (!withOutcome) return blocks;
  if (plan.deviations.length > 0) blocks.push(h(3, t.deviations), bullets(plan.deviations.map((d) => `${dayOr(c, d.date)}: ${d.description}`)));
  blocks.push(h(3, t.decision), p(plan.decision ? MEASUREMENT_DECISION_LABELS[plan.decision][c.locale] : t.noDecision));
  if (plan.decision && plan.decisionReason) blocks.push(p(`${t.reason}: ${plan.decisionReason}`));
  return blocks;
}

import { KPI_DIRECTION_LABELS } from '#content/worksheet-labels.js';
import type { Locale } from '#core/locale.js';
import type { Block, ExportDocument } from '../../export/document.js';
import type { ReportData } from './data.js';
import { measurementPlanSection } from './measurement-section.js';
import { rolesSection } from './roles-section.js';
import {
  actionsSection,
  analysisSection,
  candidateTitle,
  communicationSection,
  context,
  h,
  interventionsSection,
  p,
  planningSection,
  problemSection,
  table,
  targetSection,
  teamSection,
  valueOn,
  type Context,
} from './sections.js';

/** The KPIs as agreed: what is measured, which way is better, from which baseline to which target. */
function kpiDefinitions(c: Context): Block[] {
  if (c.data.kpis.length === 0) return [p(c.t.empty.kpis)];
  const cols = c.t.kpis.columns;
  return [
    table(
      [cols.name, cols.unit, cols.direction, cols.baseline, cols.target, cols.intervention],
      c.data.kpis.map((k) => [
        k.name,
        k.unit,
        KPI_DIRECTION_LABELS[k.direction][c.locale],
        valueOn(c, k.baseline, k.baselineDate),
        valueOn(c, k.target, k.targetDate),
        candidateTitle(c, k.candidateId),
      ]),
    ),
  ];
}

/**
 * The plan van aanpak: what the programme will change and how, from steps 1–5, the measurement
 * worksheet and the KPIs of 6.1,
 * for the board and the line managers who have to make room for it. Every section is present; one
 * with nothing recorded says so and names the sub-step where it is filled in.
 */
export function planDocument(data: ReportData, locale: Locale): ExportDocument {
  const c = context(data, locale);
  const { headings } = c.t;
  return {
    title: c.t.plan.title,
    subtitle: data.programme.title,
    language: locale,
    footer: c.t.plan.footer(data.organisation),
    blocks: [
      p(c.t.madeOn(data.organisation, c.f.day(data.today))),
      h(1, headings.problemPlan),
      ...problemSection(c, true),
      h(1, headings.target),
      ...targetSection(c, true),
      h(1, headings.team),
      ...teamSection(c),
      h(2, headings.roles),
      ...rolesSection(c),
      h(1, headings.analysisPlan),
      ...analysisSection(c),
      h(1, headings.interventionsPlan),
      ...interventionsSection(c, 'full'),
      h(1, headings.actionPlan),
      ...actionsSection(c),
      h(1, headings.communicationPlan),
      ...communicationSection(c),
      h(1, headings.planning),
      ...planningSection(c),
      h(1, headings.measurementPlan),
      ...measurementPlanSection(c, false),
      h(1, headings.kpisPlan),
      ...kpiDefinitions(c),
    ],
  };
}

import type { Decision } from '#core/execution/checkins.js';
import type { CandidateView } from '#core/interventions/apease.js';
import type { Plan } from '#core/interventions/candidates.js';
import type { FactorComparison } from '#core/measurement/effect.js';
import type { KpiDirection } from '#core/measurement/kpis.js';
import type { MeasurementPlan, MeasurementTrack } from '#core/measurement/plan.js';
import type { RoleTable } from '#core/role-table.js';
import type { StepNumber, SubstepKey } from '#core/steps.js';
import type { WorksheetSet } from '#core/worksheets/index.js';

/**
 * Everything the plan van aanpak and the final report are made from, read once per document. The
 * builders turn this into a document without further reads, so they can be tested on plain data.
 */
export interface ReportData {
  organisation: string;
  programme: { title: string; problem: string };
  /** The day the document is made (Amsterdam), printed on it. */
  today: string;
  /** The latest fields of the structured worksheets (steps 1–3); 1.2 is the core team as the team panel shows it. */
  worksheets: WorksheetSet;
  /** The latest free notes per sub-step (6.3 holds the lessons learned and the next problem). */
  notes: Partial<Record<SubstepKey, string>>;
  /** Titles and response counts only: survey results are never shown per small group here. */
  surveys: { id: string; title: string; status: 'draft' | 'open' | 'closed'; responses: number; closedOn: string | null; baselineSurveyId: string | null }[];
  candidates: ReportCandidate[];
  actions: ReportAction[];
  communication: { audience: string; message: string; channel: string; planned: string | null; ownerName: string; status: 'planned' | 'done' }[];
  checkins: { date: string; attendees: number; decisions: Decision[] }[];
  kpis: ReportKpi[];
  /** The measurement worksheet and where its track stands; null while the team has not saved it. */
  measurement: ReportMeasurement | null;
  effects: ReportEffect[];
  /** Who does what per step: the team's own table where it wrote one, else the Wegwijzer's default. */
  roleTables: { step: StepNumber; table: RoleTable; custom: boolean }[];
  anchoring: { area: AnchoringArea; description: string; ownerName: string; due: string | null; status: 'todo' | 'done' | 'notApplicable'; note: string }[];
  /** Set on a plan shared outside the organisation (the masterclass): the core team and the stakeholders stay home, and the plan says so. */
  teamWithheld?: boolean;
}

export type AnchoringArea = 'policy' | 'onboarding' | 'workInstructions' | 'training' | 'managementReview' | 'other';

export interface ReportCandidate {
  id: string;
  title: string;
  description: string;
  functions: string[];
  factors: string[];
  barrierIds: string[];
  decision: 'chosen' | 'rejected' | null;
  rationale: string;
  plan: Plan | null;
  /** The team's combined APEASE ratings. */
  apease: CandidateView;
}

export interface ReportAction {
  title: string;
  candidateId: string | null;
  ownerName: string;
  due: string | null;
  status: 'todo' | 'doing' | 'done' | 'dropped';
  doneOn: string | null;
  channel: string;
}

export interface ReportKpi {
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetDate: string | null;
  candidateId: string | null;
  /** The built-in indicator it follows, if any: a shared plan leaves out the KPIs fed by staff answers or the breach register. */
  indicator?: string | null;
  /** The team's measurements and the points taken from closed surveys, oldest first. */
  measurements: { date: string; value: number; note: string }[];
}

export interface ReportMeasurement {
  plan: MeasurementPlan;
  /** The KPI that counts the behaviour: its baseline is the 0-meting, its target the streefwaarde. */
  outcome: {
    name: string;
    unit: string;
    indicator?: string | null;
    baseline: number | null;
    baselineDate: string | null;
    target: number | null;
    targetDate: string | null;
  } | null;
  track: MeasurementTrack;
}

/** A closed follow-up survey ("1-meting") compared with its closed baseline ("0-meting"), per COM-B factor. */
export interface ReportEffect {
  baseline: { title: string; responses: number };
  followUp: { title: string; responses: number };
  /** The smallest group whose results may be shown: comparisons below it are "too few responses". */
  minimum: number;
  comparisons: FactorComparison[];
}

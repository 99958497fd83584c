import type { ComponentType } from 'react';
import { lazyWithTexts } from '../../lib/lazyWithTexts.js';
import type { Namespace } from '../../i18n/index.js';
import type { SubstepKey } from '#core/steps.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';

type Panel = ComponentType<{ programme: ProgrammeDetail }>;

/** Loads a panel's code and texts only when its sub-step is opened: most visits need none of them. */
const panel = (load: () => Promise<Panel>, namespaces: readonly Namespace[]) => lazyWithTexts(load, namespaces);

/** Sub-steps whose work happens in a tool of its own: it takes the full width, the guidance folded above it and the notes below. */
export const SUBSTEP_PANELS: Partial<Record<SubstepKey, Panel>> = {
  '3.3': panel(async () => (await import('../../routes/surveys/SurveysPanel.js')).SurveysPanel, ['surveys', 'worksheets']),
  '4.1': panel(async () => (await import('../../routes/interventions/FunctionProposals.js')).FunctionProposals, ['interventions']),
  '4.2': panel(async () => (await import('../../routes/interventions/CandidatesPanel.js')).CandidatesPanel, ['interventions', 'library']),
  '4.3': panel(async () => (await import('../../routes/interventions/ApeasePanel.js')).ApeasePanel, ['interventions']),
  '4.4': panel(async () => (await import('./PlansWithBoardPlan.js')).PlansWithBoardPlan, ['interventions', 'reports']),
  '5.1': panel(async () => (await import('../../routes/execution/ActionPlanPanel.js')).ActionPlanPanel, ['execution']),
  '5.3': panel(async () => (await import('../../routes/execution/CheckinsPanel.js')).CheckinsPanel, ['execution', 'worksheets']),
  '6.1': panel(async () => (await import('../../routes/measurement/MeasurementPanel.js')).MeasurementPanel, ['measurement', 'measurementPlan']),
  '6.2': panel(async () => (await import('../../routes/anchoring/AnchoringPanel.js')).AnchoringPanel, ['anchoring']),
  '6.3': panel(async () => (await import('../../routes/reports/DocumentsPanel.js')).DocumentsPanel, ['reports']),
};

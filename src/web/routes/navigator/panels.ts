import { lazy, type ComponentType } from 'react';
import type { SubstepKey } from '../../../core/steps.js';
import type { ProgrammeDetail } from './queries.js';

type Panel = ComponentType<{ programme: ProgrammeDetail }>;

/** Loads a panel's code only when its sub-step is opened: most visits need none of them. */
const panel = (load: () => Promise<Panel>) => lazy(async () => ({ default: await load() }));

/** Sub-steps whose work happens in a tool of its own: it takes the full width, the guidance folded above it and the notes below. */
export const SUBSTEP_PANELS: Partial<Record<SubstepKey, Panel>> = {
  '3.3': panel(async () => (await import('../surveys/SurveysPanel.js')).SurveysPanel),
  '4.1': panel(async () => (await import('../interventions/FunctionProposals.js')).FunctionProposals),
  '4.2': panel(async () => (await import('../interventions/CandidatesPanel.js')).CandidatesPanel),
  '4.3': panel(async () => (await import('../interventions/ApeasePanel.js')).ApeasePanel),
  '4.4': panel(async () => (await import('../interventions/PlansWithBoardPlan.js')).PlansWithBoardPlan),
  '5.1': panel(async () => (await import('../execution/ActionPlanPanel.js')).ActionPlanPanel),
  '5.3': panel(async () => (await import('../execution/CheckinsPanel.js')).CheckinsPanel),
  '6.1': panel(async () => (await import('../measurement/MeasurementPanel.js')).MeasurementPanel),
  '6.2': panel(async () => (await import('../anchoring/AnchoringPanel.js')).AnchoringPanel),
  '6.3': panel(async () => (await import('../reports/DocumentsPanel.js')).DocumentsPanel),
};

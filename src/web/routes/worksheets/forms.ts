import type { ComponentType } from 'react';
import type { WorksheetKey } from '../../../core/worksheets/index.js';
import { BehaviourListForm } from './BehaviourListForm.js';
import { CoreTeamForm } from './CoreTeamForm.js';
import { DiagnosisForm } from './DiagnosisForm.js';
import { FactorResearchForm } from './FactorResearchForm.js';
import { PlanningForm } from './PlanningForm.js';
import { PrioritisationForm } from './PrioritisationForm.js';
import { ProblemInventoryForm } from './ProblemInventoryForm.js';
import { StakeholdersForm } from './StakeholdersForm.js';
import { TargetBehaviourForm } from './TargetBehaviourForm.js';
import type { WorksheetFormProps } from './types.js';

/** The form of each structured worksheet. */
export const WORKSHEET_FORMS: { [K in WorksheetKey]: ComponentType<WorksheetFormProps<K>> } = {
  '1.1': ProblemInventoryForm,
  '1.2': CoreTeamForm,
  '1.3': StakeholdersForm,
  '1.4': PlanningForm,
  '2.1': BehaviourListForm,
  '2.2': PrioritisationForm,
  '2.3': TargetBehaviourForm,
  '3.2': FactorResearchForm,
  '3.4': DiagnosisForm,
};

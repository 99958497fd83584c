import type { ComponentType } from 'react';
import { WORKSHEETS, type WorksheetFields, type WorksheetKey } from '#core/worksheets/index.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
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

/**
 * What a worksheet never saved starts from: its empty form, except 1.2, which starts from the core
 * team as it stands (whoever has access), so the team panel and the worksheet show one list.
 */
export function worksheetStart<K extends WorksheetKey>(key: K, programme: ProgrammeDetail): WorksheetFields<K> {
  if (key !== '1.2') return WORKSHEETS[key].empty() as WorksheetFields<K>;
  const team: WorksheetFields<'1.2'> = { members: programme.team.map(({ email: _, ...member }) => member), leadTasks: [] };
  return team as WorksheetFields<K>;
}

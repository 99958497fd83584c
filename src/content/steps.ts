import type { RoleTable } from '#core/role-table.js';
import { VERI } from '#core/veri.js';
import type { StepNumber, SubstepKey } from '#core/steps.js';
import { step1 } from './steps/step1.js';
import { step2 } from './steps/step2.js';
import { step3 } from './steps/step3.js';
import { step4 } from './steps/step4.js';
import { step5 } from './steps/step5.js';
import { step6 } from './steps/step6.js';
import type { StepGuidance, SubstepGuidance } from './types.js';

/** The guidance of the six steps, in order, in Dutch and English (our own words). */
export const STEP_GUIDANCE: readonly StepGuidance[] = [step1, step2, step3, step4, step5, step6];

export function stepGuidance(number: StepNumber): StepGuidance {
  const step = STEP_GUIDANCE.find((s) => s.number === number);
  if (!step) throw new Error(`no guidance for step ${number}`);
  return step;
}

export function guidanceFor(key: SubstepKey): SubstepGuidance {
  const substep = STEP_GUIDANCE.flatMap((s) => s.substeps).find((s) => s.key === key);
  if (!substep) throw new Error(`no guidance for sub-step ${key}`);
  return substep;
}

/** The Wegwijzer's who-does-what table of a step, as a team's own table starts from it. */
export function defaultRoleTable(number: StepNumber): RoleTable {
  const { roles } = stepGuidance(number);
  return Object.fromEntries(VERI.map((column) => [column, roles[column].map((role) => ({ role }))])) as RoleTable;
}

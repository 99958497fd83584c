/**
 * The six steps of the Wegwijzer and their sub-steps, and how progress is counted.
 * Texts live in src/content/steps.ts; this file only knows the structure.
 */
export const STEPS = {
  1: ['1.1', '1.2', '1.3', '1.4'],
  2: ['2.1', '2.2', '2.3'],
  3: ['3.1', '3.2', '3.3', '3.4'],
  4: ['4.1', '4.2', '4.3', '4.4'],
  5: ['5.1', '5.2', '5.3'],
  6: ['6.1', '6.2', '6.3'],
} as const;

export type StepNumber = keyof typeof STEPS;
export type SubstepKey = (typeof STEPS)[StepNumber][number];

export const STEP_NUMBERS = Object.keys(STEPS).map(Number) as StepNumber[];
export const SUBSTEP_KEYS: readonly SubstepKey[] = STEP_NUMBERS.flatMap((n) => STEPS[n]);

export const SUBSTEP_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type SubstepStatus = (typeof SUBSTEP_STATUSES)[number];

export function isSubstepKey(value: string): value is SubstepKey {
  return (SUBSTEP_KEYS as readonly string[]).includes(value);
}

export function stepOf(key: SubstepKey): StepNumber {
  return Number(key.split('.')[0]) as StepNumber;
}

export interface Progress {
  done: number;
  inProgress: number;
  total: number;
  /** Whole percentage of sub-steps done (in-progress counts half, so work shows). */
  percent: number;
}

function progressOf(keys: readonly SubstepKey[], statuses: Partial<Record<SubstepKey, SubstepStatus>>): Progress {
  const done = keys.filter((k) => statuses[k] === 'done').length;
  const inProgress = keys.filter((k) => statuses[k] === 'in_progress').length;
  const total = keys.length;
  return { done, inProgress, total, percent: total === 0 ? 0 : Math.round(((done + inProgress / 2) / total) * 100) };
}

export interface ProgrammeProgress {
  overall: Progress;
  steps: Record<StepNumber, Progress>;
  /**
   * The furthest step with a sub-step in progress or done (step 1 before any work): where the team
   * works now. Teams run steps 5 and 6 side by side and sometimes leave a sub-step for later
   * (issue 18), so "the first step not fully done" would pin them to a step they have left.
   */
  currentStep: StepNumber;
  /** Sub-steps of earlier steps never started: left behind, shown apart ("3.2 nog niet gedaan"). */
  openBehind: SubstepKey[];
}

export function programmeProgress(statuses: Partial<Record<SubstepKey, SubstepStatus>>): ProgrammeProgress {
  const steps = Object.fromEntries(STEP_NUMBERS.map((n) => [n, progressOf(STEPS[n], statuses)])) as Record<StepNumber, Progress>;
  const currentStep = STEP_NUMBERS.findLast((n) => steps[n].done + steps[n].inProgress > 0) ?? 1;
  const openBehind = SUBSTEP_KEYS.filter((k) => stepOf(k) < currentStep && (statuses[k] ?? 'not_started') === 'not_started');
  return { overall: progressOf(SUBSTEP_KEYS, statuses), steps, currentStep, openBehind };
}

/**
 * What to do next: the first sub-step of the current step not done yet; when that step is done,
 * the first sub-step not done anywhere (one left behind, else the next step's); null when all are done.
 */
export function nextSubstep(statuses: Partial<Record<SubstepKey, SubstepStatus>>, currentStep: StepNumber): SubstepKey | null {
  const open = (k: SubstepKey) => statuses[k] !== 'done';
  return STEPS[currentStep].find(open) ?? SUBSTEP_KEYS.find(open) ?? null;
}

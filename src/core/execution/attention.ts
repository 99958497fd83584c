import { nextSubstep, type ProgrammeProgress, type SubstepKey, type SubstepStatus } from '../steps.js';
import { isOverdue, type ActionState } from './actions.js';
import { nextCheckin, type Decision } from './checkins.js';

/**
 * What needs attention in a programme (aandacht, issue 18), in one line each on the programme card,
 * the navigator and the board dashboard: what runs late, when the team meets next (the two-weekly
 * check-in of 5.3, planned in 1.4), what is still to be decided, and what to do now.
 */
export interface Attention {
  overdueActions: number;
  /** The next planned check-in on or after today, or null when none is planned. */
  nextCheckin: string | null;
  openDecisions: number;
  /** Sub-steps of earlier steps never started (see ProgrammeProgress.openBehind). */
  openBehind: SubstepKey[];
  /** "Wat nu": the sub-step to work on next, or null when all are done. */
  next: SubstepKey | null;
}

export interface AttentionSource {
  statuses: Partial<Record<SubstepKey, SubstepStatus>>;
  progress: Pick<ProgrammeProgress, 'currentStep' | 'openBehind'>;
  actions: readonly Pick<ActionState, 'status' | 'due'>[];
  decisions: readonly Pick<Decision, 'open'>[];
  meetingDays: readonly string[];
  today: string;
}

export function attention({ statuses, progress, actions, decisions, meetingDays, today }: AttentionSource): Attention {
  return {
    overdueActions: actions.filter((a) => isOverdue(a, today)).length,
    nextCheckin: nextCheckin(meetingDays, today),
    openDecisions: decisions.filter((d) => d.open).length,
    openBehind: progress.openBehind,
    next: nextSubstep(statuses, progress.currentStep),
  };
}

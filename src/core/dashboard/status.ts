import type { Attention } from '../execution/attention.js';
import type { KpiStatus } from '../measurement/kpis.js';
import type { StepNumber, SubstepKey } from '../steps.js';

/**
 * One status per programme for the board (bestuursdashboard, issue 18): on track, or needs
 * attention with the reasons in words, so a board member sees in seconds where to ask. Every
 * reason is a fact the team can act on; the status only says whether there is any.
 */

export const PROGRAMME_STATUSES = ['onTrack', 'needsAttention'] as const;
export type ProgrammeStatusValue = (typeof PROGRAMME_STATUSES)[number];

/** Why a programme needs attention, most pressing first (the order the board reads them in). */
export type StatusReason =
  | { code: 'overdueActions'; count: number }
  | { code: 'kpisWorse'; count: number }
  | { code: 'kpisTargetMissed'; count: number }
  | { code: 'noCheckinPlanned' }
  | { code: 'openBehind'; keys: SubstepKey[] }
  | { code: 'openDecisions'; count: number };
export type StatusReasonCode = StatusReason['code'];

export interface ProgrammeStatus {
  status: ProgrammeStatusValue;
  reasons: StatusReason[];
}

/** What the rule looks at; all of it is on the dashboard already. */
export interface ProgrammeStatusFacts {
  archived: boolean;
  currentStep: StepNumber;
  attention: Pick<Attention, 'overdueActions' | 'nextCheckin' | 'openDecisions' | 'openBehind'>;
  kpis: readonly { status: KpiStatus; targetDate: string | null }[];
  /** ISO day in Amsterdam. */
  today: string;
}

/** Steps 5 and 6: the plan runs and its effect is measured, which the check-ins follow. */
const FOLLOWED_STEPS: readonly StepNumber[] = [5, 6];

/** The status of a programme, or null for an archived one: it is no longer followed, so it has none. */
export function programmeStatus({ archived, currentStep, attention, kpis, today }: ProgrammeStatusFacts): ProgrammeStatus | null {
  if (archived) return null;
  const reasons: StatusReason[] = [];
  // Sub-step 5.3 has the check-in discuss "open en verlopen acties": an action past its due day is
  // the plan slipping, and the first thing a board may ask about.
  if (attention.overdueActions > 0) reasons.push({ code: 'overdueActions', count: attention.overdueActions });
  // Step 6.1 compares the 1-meting with the 0-meting and the streefwaarde: a KPI worse than its
  // 0-meting (KpiStatus 'worse') means the behaviour moves away from the target.
  const worse = kpis.filter((k) => k.status === 'worse').length;
  if (worse > 0) reasons.push({ code: 'kpisWorse', count: worse });
  // A streefwaarde is set for a day (6.1, "vooraf"); a KPI still on its way once that day has passed
  // missed it. One reason per KPI: a worse one is counted above.
  const missed = kpis.filter((k) => k.status === 'onTrack' && k.targetDate !== null && k.targetDate < today).length;
  if (missed > 0) reasons.push({ code: 'kpisTargetMissed', count: missed });
  // Sub-step 5.3: "Houd het voortgangsoverleg in een vast ritme, bijvoorbeeld elke twee weken." While
  // the plan runs (steps 5 and 6) a programme without a next check-in has nobody following it.
  if (FOLLOWED_STEPS.includes(currentStep) && attention.nextCheckin === null) reasons.push({ code: 'noCheckinPlanned' });
  // The steps build on each other (the analysis of step 3 feeds the choice in step 4): a sub-step of
  // an earlier step never started is work the later steps go without.
  if (attention.openBehind.length > 0) reasons.push({ code: 'openBehind', keys: attention.openBehind });
  // 5.3 has the check-in take decisions; one left open waits on someone, often the board itself.
  if (attention.openDecisions > 0) reasons.push({ code: 'openDecisions', count: attention.openDecisions });
  return { status: reasons.length === 0 ? 'onTrack' : 'needsAttention', reasons };
}

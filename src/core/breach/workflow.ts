import { lateReasonMissing } from './deadline.js';
import { registerMissing, type BreachRegister } from './register.js';

/**
 * The steps a breach goes through in the register: reported → triage → assessed → notified → closed,
 * or assessed → closed when the AP is not notified. `closed` is final. Each step has a condition, so
 * the register can never claim "notified" without a decision to notify and the moment it happened.
 */
export const BREACH_STATUSES = ['reported', 'triage', 'assessed', 'notified', 'closed'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/** Why a step is not (yet) possible, as a code the interface translates. */
export const TRANSITION_BLOCKS = [
  'notANextStep',
  'awarenessUnconfirmed',
  'decisionRequired',
  'decisionNotToNotify',
  'decisionToNotify',
  'apNotifiedAtRequired',
  'lateReasonRequired',
  'registerIncomplete',
  'subjectsInformedAtRequired',
] as const;
export type TransitionBlock = (typeof TRANSITION_BLOCKS)[number];

/** The latest notification decision, as far as the workflow needs it. */
export interface DecisionSummary {
  notifyAp: boolean;
  informSubjects: boolean;
}

/** What the workflow looks at to decide whether a step is allowed. */
export interface WorkflowFacts {
  status: BreachStatus;
  latestDecision: DecisionSummary | null;
  register: BreachRegister | null;
  awareAt: Date;
  /** Whether the officer confirmed the moment of awareness (awareness.ts): the 72 hours run from it. */
  awarenessConfirmed: boolean;
  apNotifiedAt: Date | null;
  lateReason: string | null;
  subjectsInformedAt: Date | null;
}

export type TransitionCheck = { allowed: true } | { allowed: false; reason: TransitionBlock };

/** The steps that follow each status, whatever the conditions. */
const NEXT: Record<BreachStatus, readonly BreachStatus[]> = {
  reported: ['triage'],
  triage: ['assessed'],
  assessed: ['notified', 'closed'],
  notified: ['closed'],
  closed: [],
};

const blocked = (reason: TransitionBlock): TransitionCheck => ({ allowed: false, reason });
const ALLOWED: TransitionCheck = { allowed: true };

/** Whether the breach may go from its current status to `to`, and if not, the first reason why. */
export function checkTransition(facts: WorkflowFacts, to: BreachStatus): TransitionCheck {
  if (!NEXT[facts.status].includes(to)) return blocked('notANextStep');
  const decision = facts.latestDecision;
  switch (to) {
    case 'reported':
      return ALLOWED;
    case 'triage':
      // Triage starts from a confirmed clock: the officer settles when the organisation knew first.
      return facts.awarenessConfirmed ? ALLOWED : blocked('awarenessUnconfirmed');
    case 'assessed':
      return decision ? ALLOWED : blocked('decisionRequired');
    case 'notified':
      if (!decision) return blocked('decisionRequired');
      if (!decision.notifyAp) return blocked('decisionNotToNotify');
      if (!facts.apNotifiedAt) return blocked('apNotifiedAtRequired');
      return lateReasonMissing(facts.awareAt, facts.apNotifiedAt, facts.lateReason) ? blocked('lateReasonRequired') : ALLOWED;
    case 'closed':
      if (!decision) return blocked('decisionRequired');
      // Closing straight from "assessed" is the path without notifying the AP.
      if (facts.status === 'assessed' && decision.notifyAp) return blocked('decisionToNotify');
      if (!facts.register || registerMissing(facts.register).length > 0) return blocked('registerIncomplete');
      if (decision.informSubjects && !facts.subjectsInformedAt) return blocked('subjectsInformedAtRequired');
      return ALLOWED;
  }
}

/** Every step that follows the current status, each with whether it is allowed now and why not. */
export function nextSteps(facts: WorkflowFacts): { status: BreachStatus; check: TransitionCheck }[] {
  return NEXT[facts.status].map((status) => ({ status, check: checkTransition(facts, status) }));
}

/** The statuses the breach may move to now. */
export function allowedNextStatuses(facts: WorkflowFacts): BreachStatus[] {
  return nextSteps(facts)
    .filter((s) => s.check.allowed)
    .map((s) => s.status);
}

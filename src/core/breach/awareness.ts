import { z } from 'zod';
import { filled, Paragraph } from '../worksheets/fields.js';
import { notifiedLate } from './deadline.js';
import { Moment } from './report.js';

/**
 * The moment the organisation became aware of a breach, which starts the 72 hours (art. 33(1)).
 * Aware means a reasonable degree of certainty that a security incident led to personal data being
 * compromised; a short investigation to establish that may come first (WP29 Guidelines on personal
 * data breach notification, WP250rev.01 §II.A.2, taken over by the EDPB in Guidelines 9/2022). An
 * organisation usually knows what its staff know, so the reporter's moment is the proposal, and the
 * privacy officer confirms it before triage.
 */

/** The reporter's moment: when they noticed the breach, never later than the report came in. */
export function reporterAwareAt(noticedAt: string, reportedAt: Date): Date {
  return new Date(Math.min(Date.parse(noticedAt), reportedAt.getTime()));
}

/** The officer's confirmation (or later change) of the moment of awareness; the reason is required where `awarenessReasonNeeded` says so. */
export const AwarenessConfirmation = z.strictObject({
  awareAt: Moment,
  reason: Paragraph.default(''),
  /** Why the AP was notified after the 72 hours, when an earlier moment makes a notification already made late (art. 33(1)). */
  lateReason: Paragraph.default(''),
});
export type AwarenessConfirmation = z.infer<typeof AwarenessConfirmation>;

export interface AwarenessFacts {
  /** The reporter's moment (reporterAwareAt). */
  reporterAwareAt: Date;
  /** The moment of awareness as it stands. */
  awareAt: Date;
  /** Whether an officer already confirmed it. */
  confirmed: boolean;
  /** The notification to the AP, if made, and the reason for lateness on record. */
  apNotifiedAt: Date | null;
  lateReason: string | null;
}

/**
 * A reason is needed when the officer starts the clock later than the reporter's moment (that shortens
 * the time the organisation allows itself), or changes a moment already confirmed (the register keeps why).
 */
export function awarenessReasonNeeded(facts: AwarenessFacts, chosen: Date): boolean {
  return facts.confirmed ? chosen.getTime() !== facts.awareAt.getTime() : chosen.getTime() > facts.reporterAwareAt.getTime();
}

export const AWARENESS_REFUSALS = ['momentInFuture', 'reasonRequired', 'lateReasonRequired'] as const;
export type AwarenessRefusal = (typeof AWARENESS_REFUSALS)[number];

/** Why a confirmation is refused, or null when it stands: a moment to come cannot be one the organisation knew at. */
export function awarenessRefusal(
  facts: AwarenessFacts,
  confirmation: { awareAt: Date; reason: string; lateReason?: string },
  now: Date,
): AwarenessRefusal | null {
  if (confirmation.awareAt.getTime() > now.getTime()) return 'momentInFuture';
  if (awarenessReasonNeeded(facts, confirmation.awareAt) && !filled(confirmation.reason)) return 'reasonRequired';
  if (lateReasonNeeded(facts, confirmation.awareAt) && !filled(confirmation.lateReason)) return 'lateReasonRequired';
  return null;
}

/** An earlier moment can make a notification already made late: then its lateness needs a reason on record, as at the notification itself. */
export function lateReasonNeeded(facts: AwarenessFacts, chosen: Date): boolean {
  return facts.apNotifiedAt !== null && notifiedLate(chosen, facts.apNotifiedAt) && !filled(facts.lateReason);
}

import { z } from 'zod';
import { Line, Paragraph, StorableJson } from '../worksheets/fields.js';
import { Moment } from './report.js';

/**
 * The decision on notifying the AP and informing the people involved belongs to the controller
 * (art. 33, 34); the FG advises on it (art. 38(1): involved properly and in a timely manner; art.
 * 39(1)(a): informs and advises). So a decision may carry the FG's advice it was taken on, and the
 * register shows where the controller went another way.
 */

/** A moment that has already come (or is now); an unreadable one is left to the format check. */
const notInFuture = (at: string) => !(Date.parse(at) > Date.now());

/** The FG's advice, as the FG gave it: on both questions, with the reasons, by whom and when. */
export const FgAdvice = z.strictObject({
  notifyAp: z.boolean(),
  informSubjects: z.boolean(),
  advice: Paragraph.min(1),
  by: Line.min(1),
  at: Moment.refine(notInFuture, 'momentInFuture'),
});
export type FgAdvice = z.infer<typeof FgAdvice>;

/** The notification decision as the officer sends it; the reasoning is what the register must keep (art. 33(5)). */
export const DecisionBody = z.strictObject({
  notifyAp: z.boolean(),
  informSubjects: z.boolean(),
  reasoning: Paragraph.min(1),
  fgAdvice: FgAdvice.optional(),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

/**
 * A decision's proposal as stored: the proposal of its day, whose shape changed over time (it is
 * never rewritten). What the register reads of every one of them is what was proposed on each question.
 */
const Proposed = z.object({ propose: z.boolean() }).catchall(StorableJson);
export const StoredProposal = z.object({ notifyAp: Proposed, informSubjects: Proposed }).catchall(StorableJson);
export type StoredProposal = z.infer<typeof StoredProposal>;

export const ADVISED_QUESTIONS = ['notifyAp', 'informSubjects'] as const;
export type AdvisedQuestion = (typeof ADVISED_QUESTIONS)[number];

/** The questions on which the decision went against the FG's advice; none without advice. */
export function againstAdvice(decision: Record<AdvisedQuestion, boolean>, advice: FgAdvice | null): AdvisedQuestion[] {
  return advice ? ADVISED_QUESTIONS.filter((q) => decision[q] !== advice[q]) : [];
}

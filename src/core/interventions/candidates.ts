import { z } from 'zod';
import { APEASE_CRITERIA, type ApeaseCriterion, type ApeaseRating } from './apease.js';
import { INDICATORS } from './indicators.js';
import { BctTags, FactorTags, FunctionTags } from './library.js';
import { Day, ItemId, Line, Paragraph, Rating, filled, type Missing } from '../worksheets/fields.js';

/**
 * Step 4 as the team works it: candidates are brainstormed or taken from the library (4.2), each
 * core-team member spends a few dots on favourites to form a shortlist, the shortlist is rated on
 * APEASE and chosen with a reason (4.3), and what is chosen is made concrete (4.4).
 */

/** Dots per core-team member when voting for favourites (the method: "pick your five"). */
export const DOT_VOTES_PER_MEMBER = 5;

const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicate' });

/** A candidate's own description; taken over from the library when it came from there. */
export const CandidateFields = z.strictObject({
  title: Line.min(1),
  description: Paragraph,
  functions: FunctionTags,
  factors: FactorTags,
  bcts: BctTags,
  /** The 3.4 barriers (entry ids) it is meant to address. */
  barrierIds: unique(ItemId, 50),
});
export type CandidateFields = z.infer<typeof CandidateFields>;

/** A member's APEASE ratings of one candidate: 1 (poor) to 5 (good), null for "don't know". */
export const RatingInput = z.strictObject({
  ...(Object.fromEntries(APEASE_CRITERIA.map((c) => [c, Rating])) as Record<ApeaseCriterion, typeof Rating>),
  note: Paragraph,
});
export type RatingInput = z.infer<typeof RatingInput>;

export const toApeaseRating = (r: RatingInput): ApeaseRating => Object.fromEntries(APEASE_CRITERIA.flatMap((c) => (r[c] === null ? [] : [[c, r[c]]])));

export const DECISIONS = ['chosen', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The choice of 4.3: a decision always comes with its reason; null reopens the candidate. */
export const DecisionInput = z.strictObject({ decision: z.enum(DECISIONS).nullable(), rationale: Paragraph }).superRefine((d, ctx) => {
  if (d.decision && !filled(d.rationale)) ctx.addIssue({ code: 'custom', message: 'required', path: ['rationale'] });
});
export type DecisionInput = z.infer<typeof DecisionInput>;

/** 4.4: what exactly, for whom, by whom, when, with what, and how the effect is measured. */
export const Plan = z
  .strictObject({
    what: Paragraph,
    forWhom: Line,
    byWhom: Line,
    start: Day.nullable(),
    end: Day.nullable(),
    materials: Paragraph,
    measurement: Paragraph,
    /** Indicators for step 6's KPIs. */
    indicators: unique(z.enum(INDICATORS), INDICATORS.length),
  })
  .superRefine((p, ctx) => {
    if (p.start && p.end && p.end < p.start) ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['end'] });
  });
export type Plan = z.infer<typeof Plan>;

export const emptyPlan = (): Plan => ({ what: '', forWhom: '', byWhom: '', start: null, end: null, materials: '', measurement: '', indicators: [] });

/** A candidate as the completeness rules see it. */
export interface CandidateState {
  title: string;
  shortlisted: boolean;
  decision: Decision | null;
  /** How many members rated it on APEASE. */
  raters: number;
  plan: Plan | null;
}

/** 4.2 is done when there are ideas and a shortlist was made from them. */
export function shortlistMissing(candidates: readonly CandidateState[]): Missing[] {
  if (candidates.length === 0) return [{ code: 'candidatesRequired' }];
  return candidates.some((c) => c.shortlisted) ? [] : [{ code: 'shortlistRequired' }];
}

/**
 * 4.3 is done when at least one intervention is chosen, every shortlisted candidate has a decision,
 * and every chosen one was rated (a choice without an assessment is a hunch).
 */
export function choiceMissing(candidates: readonly CandidateState[]): Missing[] {
  const missing: Missing[] = [];
  if (!candidates.some((c) => c.decision === 'chosen')) missing.push({ code: 'choiceRequired' });
  for (const c of candidates) {
    if (c.shortlisted && !c.decision) missing.push({ code: 'decisionOpen', params: { title: c.title } });
    if (c.decision === 'chosen' && c.raters === 0) missing.push({ code: 'ratingRequired', params: { title: c.title } });
  }
  return missing;
}

const PLAN_REQUIRED = ['what', 'forWhom', 'byWhom'] as const;

/** 4.4 is done when every chosen intervention has a plan that says what, for and by whom, when and how it is measured. */
export function plansMissing(candidates: readonly CandidateState[]): Missing[] {
  const chosen = candidates.filter((c) => c.decision === 'chosen');
  if (chosen.length === 0) return [{ code: 'choiceRequired' }];
  return chosen.flatMap((c) => {
    const plan = c.plan;
    const gaps = [
      ...PLAN_REQUIRED.filter((f) => !filled(plan?.[f])),
      ...(plan?.start ? [] : ['start']),
      ...(filled(plan?.measurement) || (plan?.indicators.length ?? 0) > 0 ? [] : ['measurement']),
    ];
    return gaps.map((field) => ({ code: 'planFieldRequired', field: `plan.${field}`, params: { title: c.title } }));
  });
}

/** The behaviour change techniques a set of interventions uses, each with the interventions using it. */
export function techniquesUsed<T extends { id: string; bcts: readonly string[] }>(interventions: readonly T[]): { bct: string; by: string[] }[] {
  const by = new Map<string, string[]>();
  for (const i of interventions) for (const bct of i.bcts) by.set(bct, [...(by.get(bct) ?? []), i.id]);
  const order = (id: string) => id.split('.').map(Number) as [number, number];
  return [...by.entries()].map(([bct, ids]) => ({ bct, by: ids })).sort((a, b) => order(a.bct)[0] - order(b.bct)[0] || order(a.bct)[1] - order(b.bct)[1]);
}

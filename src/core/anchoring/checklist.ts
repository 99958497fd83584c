import { z } from 'zod';
import { Day, Line, Paragraph, filled, type Missing } from '../worksheets/fields.js';

/**
 * Step 6.2: what works gets a permanent place in the organisation — its policy, onboarding, work
 * instructions, recurring training and the PDCA cycle / NEN 7510 management review — each with an
 * owner in the line organisation, so it outlives the programme (steps.md 6.2).
 */

export const ANCHORING_AREAS = ['policy', 'onboarding', 'workInstructions', 'training', 'managementReview', 'other'] as const;
export type AnchoringArea = (typeof ANCHORING_AREAS)[number];

/** The places the method names; 'other' is for what fits none of them and is never required. */
export const STANDARD_AREAS = ['policy', 'onboarding', 'workInstructions', 'training', 'managementReview'] as const satisfies readonly AnchoringArea[];
export type StandardArea = (typeof STANDARD_AREAS)[number];

export const ANCHORING_STATUSES = ['todo', 'done', 'notApplicable'] as const;
export type AnchoringStatus = (typeof ANCHORING_STATUSES)[number];

/** An item of the checklist as the team enters it. */
export const AnchoringInput = z
  .strictObject({
    area: z.enum(ANCHORING_AREAS),
    description: Paragraph.min(1),
    /** The owner in the line: a colleague with an account, only a name, or nobody yet (empty name). */
    owner: z.strictObject({ userId: z.uuid().nullable(), name: Line }),
    due: Day.nullable(),
    status: z.enum(ANCHORING_STATUSES),
    /** Where it is laid down, or why it does not apply. */
    note: Paragraph,
  })
  .superRefine((item, ctx) => {
    if (item.owner.userId !== null && !filled(item.owner.name)) ctx.addIssue({ code: 'custom', message: 'required', path: ['owner', 'name'] });
    // "Not applicable" is a decision the team must be able to account for later (e.g. to an auditor).
    if (item.status === 'notApplicable' && !filled(item.note)) ctx.addIssue({ code: 'custom', message: 'reasonRequired', path: ['note'] });
  });
export type AnchoringInput = z.infer<typeof AnchoringInput>;

/** An item as the rules need to see it. */
export type AnchoringState = Pick<AnchoringInput, 'area' | 'description' | 'status'> & { owner: { name: string } };

export const hasOwner = (item: Pick<AnchoringState, 'owner'>): boolean => filled(item.owner.name);
/** Done or consciously declared not applicable: nothing left to do for it. */
export const isSettled = (item: Pick<AnchoringState, 'status'>): boolean => item.status !== 'todo';

/**
 * What keeps 6.2 from "done": every standard area has at least one item (an area that does not
 * apply gets an item marked so, with the reason), every item has an owner, and none is still to do.
 */
export function anchoringMissing(items: readonly AnchoringState[]): Missing[] {
  const missing: Missing[] = STANDARD_AREAS.filter((area) => !items.some((i) => i.area === area)).map((area) => ({
    code: 'anchoringAreaEmpty',
    field: 'area',
    params: { area },
  }));
  for (const item of items) {
    if (!hasOwner(item)) missing.push({ code: 'anchoringOwnerMissing', field: 'owner', params: { description: item.description } });
    if (!isSettled(item)) missing.push({ code: 'anchoringOpen', field: 'status', params: { description: item.description } });
  }
  return missing;
}

export interface AnchoringProgress {
  total: number;
  done: number;
  notApplicable: number;
  /** Done or not applicable. */
  settled: number;
}

export function anchoringProgress(items: readonly Pick<AnchoringState, 'status'>[]): AnchoringProgress {
  const done = items.filter((i) => i.status === 'done').length;
  const notApplicable = items.filter((i) => i.status === 'notApplicable').length;
  return { total: items.length, done, notApplicable, settled: done + notApplicable };
}

import { z } from 'zod';
import type { Behaviour, BehaviourList } from './behaviours.js';
import { ItemId, Paragraph, Rating, filled, type Missing } from './fields.js';

/** The three questions of 2.2: does it matter for the problem, can it change, can we see whether it did. */
export const PRIORITY_CRITERIA = ['impact', 'changeability', 'measurability'] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

const BehaviourRating = z.object({ impact: Rating, changeability: Rating, measurability: Rating });
export type BehaviourRating = z.infer<typeof BehaviourRating>;

export const Prioritisation = z
  .object({
    /** Ratings per behaviour id of the 2.1 list. */
    ratings: z.record(ItemId, BehaviourRating),
    /** One target behaviour, or a few closely related ones. */
    chosenIds: z.array(ItemId).max(5),
    rationale: Paragraph,
  })
  .strict();
export type Prioritisation = z.infer<typeof Prioritisation>;

export const emptyPrioritisation = (): Prioritisation => ({ ratings: {}, chosenIds: [], rationale: '' });

export interface RankedBehaviour {
  behaviour: Behaviour;
  rating: BehaviourRating;
  /** Mean of the three ratings; null until all three are given. */
  priority: number | null;
  chosen: boolean;
}

const NO_RATING: BehaviourRating = { impact: null, changeability: null, measurability: null };

/**
 * The behaviours of 2.1 with their ratings, best candidates first. Ratings of behaviours that were
 * removed from 2.1 since are ignored rather than shown as ghosts.
 */
export function rankBehaviours(list: BehaviourList, p: Prioritisation): RankedBehaviour[] {
  const ranked = list.behaviours.map((behaviour, order) => {
    const rating = p.ratings[behaviour.id] ?? NO_RATING;
    const values = PRIORITY_CRITERIA.map((c) => rating[c]);
    const priority = values.every((v) => v != null) ? Math.round(((values as number[]).reduce((a, b) => a + b, 0) / 3) * 100) / 100 : null;
    return { behaviour, rating, priority, chosen: p.chosenIds.includes(behaviour.id), order };
  });
  ranked.sort((a, b) => (b.priority ?? -1) - (a.priority ?? -1) || a.order - b.order);
  return ranked.map(({ order: _order, ...r }) => r);
}

/** The chosen behaviours that still exist in 2.1, in list order. */
export function chosenBehaviours(list: BehaviourList, p: Prioritisation): Behaviour[] {
  return list.behaviours.filter((b) => p.chosenIds.includes(b.id));
}

export function prioritisationMissing(p: Prioritisation, list: BehaviourList): Missing[] {
  const missing: Missing[] = [];
  if (list.behaviours.length === 0) missing.push({ code: 'noBehavioursToRate' });
  list.behaviours.forEach((b, i) => {
    const r = p.ratings[b.id];
    if (!r || PRIORITY_CRITERIA.some((c) => r[c] == null)) missing.push({ code: 'behaviourNotRated', field: `ratings.${b.id}`, params: { n: i + 1 } });
  });
  if (chosenBehaviours(list, p).length === 0) missing.push({ code: 'noBehaviourChosen', field: 'chosenIds' });
  if (!filled(p.rationale)) missing.push({ code: 'fieldRequired', field: 'rationale' });
  return missing;
}

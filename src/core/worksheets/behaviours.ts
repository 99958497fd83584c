import { z } from 'zod';
import { ItemId, Line, Paragraph, filled, rows, type Missing } from './fields.js';

const Behaviour = z.object({
  id: ItemId,
  /** Who does what, as an action one could see someone do. */
  description: Line,
  /** How this behaviour contributes to the chosen problem. */
  link: Paragraph,
});

export const BehaviourList = z.object({ behaviours: rows(Behaviour, 60) }).strict();
export type BehaviourList = z.infer<typeof BehaviourList>;
export type Behaviour = z.infer<typeof Behaviour>;

export const emptyBehaviourList = (): BehaviourList => ({ behaviours: [] });

/**
 * Words that describe an attitude or a state of mind rather than something one can observe, in
 * both interface languages. Matched as whole words (or word starts for Dutch compounds such as
 * "bewustwording"), so "carefully check" is flagged but "careplan" is not.
 */
const VAGUE_PATTERNS: readonly [string, RegExp][] = [
  ['voorzichtig', /\bvoorzichtig\w*/i],
  ['bewust', /\bbewust\w*/i],
  ['opletten', /\b(opletten|oplet|let\w* op)\b/i],
  ['alert', /\balert\w*/i],
  ['zorgvuldig', /\bzorgvuldig\w*/i],
  ['nadenken', /\b(nadenken|denk\w* na|stilstaan)\b/i],
  ['begrijpen', /\b(begrijp\w*|snappen|kennen|weten)\b/i],
  ['careful', /\bcareful(ly)?\b/i],
  ['aware', /\b(aware|awareness)\b/i],
  ['attention', /\b(pay|pays|paid|paying) attention\b/i],
  ['mindful', /\bmindful\w*\b/i],
  ['understand', /\b(understand\w*|know|knows|think about)\b/i],
  ['vigilant', /\bvigilan\w*\b/i],
];

/** The vague words in a behaviour description, so the form can nudge towards observable wording. */
export function vagueWords(text: string): string[] {
  return VAGUE_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([word]) => word);
}

export function behaviourListMissing(list: BehaviourList): Missing[] {
  const missing: Missing[] = [];
  if (list.behaviours.length === 0) missing.push({ code: 'noBehaviours', field: 'behaviours' });
  list.behaviours.forEach((b, i) => {
    if (!filled(b.description)) missing.push({ code: 'behaviourDescription', field: `behaviours.${i}.description`, params: { n: i + 1 } });
  });
  return missing;
}

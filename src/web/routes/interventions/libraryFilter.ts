import type { CombFactor } from '#core/comb.js';
import { INTERVENTION_FUNCTIONS, type InterventionFunction } from '#core/interventions/functions.js';
import type { Effort, TargetBehaviourTag } from '#core/interventions/library.js';

/** What the library browser filters on; an empty string means "any". */
export interface LibraryFilter {
  fn: InterventionFunction | '';
  factor: CombFactor | '';
  behaviour: TargetBehaviourTag | '';
  effort: Effort | '';
  /** Free text, matched case-insensitively against title, description and example. */
  query: string;
}

export const EMPTY_LIBRARY_FILTER: LibraryFilter = { fn: '', factor: '', behaviour: '', effort: '', query: '' };

/** The fields of a library intervention the filter looks at. */
export interface FilterableIntervention {
  title: string;
  description: string;
  example: string;
  functions: readonly InterventionFunction[];
  factors: readonly CombFactor[];
  fits: readonly TargetBehaviourTag[];
  effort: Effort;
}

/**
 * The interventions that match every filter that is set, in their original order. The search
 * text must occur in the title, description or example; case and surrounding spaces don't matter.
 */
export function filterLibrary<T extends FilterableIntervention>(items: readonly T[], filter: Partial<LibraryFilter>): T[] {
  const { fn = '', factor = '', behaviour = '', effort = '', query = '' } = filter;
  const needle = query.trim().toLocaleLowerCase();
  return items.filter(
    (item) =>
      (fn === '' || item.functions.includes(fn)) &&
      (factor === '' || item.factors.includes(factor)) &&
      (behaviour === '' || item.fits.includes(behaviour)) &&
      (effort === '' || item.effort === effort) &&
      (needle === '' || [item.title, item.description, item.example].some((text) => text.toLocaleLowerCase().includes(needle))),
  );
}

/** The interventions of one intervention function, for a section of the library page. */
export interface FunctionGroup<T> {
  fn: InterventionFunction;
  items: T[];
}

/**
 * The interventions per main function, the first one named (the built-in library names the main one
 * first), in the Behaviour Change Wheel's order; functions without interventions left out. Each
 * intervention is in one group only, so the page does not grow; its card shows all its functions.
 */
export function groupByMainFunction<T extends Pick<FilterableIntervention, 'functions'>>(items: readonly T[]): FunctionGroup<T>[] {
  return INTERVENTION_FUNCTIONS.map((fn) => ({ fn, items: items.filter((item) => item.functions[0] === fn) })).filter((group) => group.items.length > 0);
}

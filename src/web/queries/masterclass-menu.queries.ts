import { useQuery } from '@tanstack/react-query';
import type { CohortList } from '#contract/masterclass.js';
import { get } from '../lib/api.js';

/**
 * The list of cohorts, apart from the rest of masterclass.queries.ts: the shell asks for it to show
 * the menu item, and every page after the login carries the shell (issue 18, weight).
 */
export const COHORTS_PATH = '/api/cohorts';
export const COHORTS_KEY = ['cohorts'];

/** The cohorts the caller teaches and those their organisation takes part in. */
export const useCohorts = (enabled = true) => useQuery({ queryKey: COHORTS_KEY, queryFn: () => get<CohortList>(COHORTS_PATH), enabled });

/**
 * Whether the caller's organisation takes part in a cohort they may open (the duo, an admin): for the
 * menu of those whose session rules do not already show it (`enabled`).
 */
export function useTakesPartInCohort(enabled: boolean) {
  const list = useCohorts(enabled);
  return enabled && (list.data?.participating.length ?? 0) > 0;
}

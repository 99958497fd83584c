import { useMutation, useQueries, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { AssignmentView } from '#contract/masterclass-assignments.js';
import type { RoleplayOverview, RoundShared, RoundStarted, RoundView, ScoreSummary, SubgroupRounds } from '#contract/masterclass-roleplay.js';
import type { ObserverScoresInput } from '#core/masterclass/roleplay.js';
import { get, post, put } from '../lib/api.js';

export type { RoleplayOverview, RoundView, ScoreSummary, SubgroupRounds } from '#contract/masterclass-roleplay.js';
export type { ObserverScoresInput } from '#core/masterclass/roleplay.js';

/**
 * The masterclass's interview practice (src/contract/masterclass-roleplay.ts): the subgroups the
 * caller's organisation is in, the rounds of a subgroup, one round as the caller's role sees it, the
 * observer's scores, the interviewer's choice to share them, and the trainers' overview.
 */

const cohortPath = (id: string) => `/api/cohorts/${id}`;
/** Under the cohort's key (masterclass.queries.ts), so a change to the cohort refreshes these too. */
const practiceKey = (id: string): QueryKey => ['cohorts', id, 'roleplay'];
const roundKey = (id: string, roundId: string): QueryKey => [...practiceKey(id), 'round', roundId];

/** Three people of the subgroup by name (one left out is named as missing by the API), or a turn of the rotation (`round`, from 0). */
export type RoundInput = { interviewerId?: string; colleagueId?: string; observerId?: string } | { round: number };

/** A subgroup the caller's organisation is in, with the assignment it was formed for. */
export interface OwnSubgroup {
  id: string;
  name: string;
  assignmentId: string;
  assignmentTitle: string;
}

/**
 * The caller's own subgroups: trainers form them per assignment, and a participant's view of an
 * assignment lists only its own (GET /api/cohorts/:id/assignments/:assignmentId).
 */
export function useOwnSubgroups(id: string, assignmentIds: readonly string[]) {
  return useQueries({
    queries: assignmentIds.map((assignmentId) => ({
      queryKey: [...practiceKey(id), 'assignment', assignmentId],
      queryFn: () => get<AssignmentView>(`${cohortPath(id)}/assignments/${assignmentId}`),
    })),
    combine: (results) => ({
      subgroups: results.flatMap(({ data }): OwnSubgroup[] =>
        data ? data.subgroups.map((g) => ({ id: g.id, name: g.name, assignmentId: data.assignment.id, assignmentTitle: data.assignment.title })) : [],
      ),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}

/** Who is in a subgroup and the rounds the caller plays in. */
export const useSubgroupRounds = (id: string, subgroupId: string) =>
  useQuery({
    queryKey: [...practiceKey(id), 'subgroup', subgroupId],
    queryFn: () => get<SubgroupRounds>(`${cohortPath(id)}/subgroups/${subgroupId}/roleplay`),
  });

/** One round as the caller's role sees it. */
export const useRound = (id: string, roundId: string) =>
  useQuery({ queryKey: roundKey(id, roundId), queryFn: () => get<RoundView>(`${cohortPath(id)}/roleplay/${roundId}`) });

/** The trainers' overview: per subgroup the rounds, and a summary where the interviewer shared it. */
export const useRoleplayOverview = (id: string) =>
  useQuery({ queryKey: [...practiceKey(id), 'overview'], queryFn: () => get<RoleplayOverview>(`${cohortPath(id)}/roleplay`) });

/** Every change refreshes all that is known of the practice: the subgroup's list and the round both show it. */
function usePracticeMutation<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: practiceKey(id) }) });
}

export const useStartRound = (id: string, subgroupId: string) =>
  usePracticeMutation(id, (input: RoundInput) => post<RoundStarted>(`${cohortPath(id)}/subgroups/${subgroupId}/roleplay`, input));

export const useSaveScores = (id: string, roundId: string) =>
  usePracticeMutation(id, (input: ObserverScoresInput) => put<ScoreSummary>(`${cohortPath(id)}/roleplay/${roundId}/scores`, input));

export const useShareRound = (id: string, roundId: string) =>
  usePracticeMutation(id, (sharedWithTrainers: boolean) => put<RoundShared>(`${cohortPath(id)}/roleplay/${roundId}/share`, { sharedWithTrainers }));

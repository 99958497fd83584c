import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type {
  AssignmentView,
  SessionPreparation,
  SubgroupProposal,
  Subgroups,
  SubmissionDetail,
  SubmissionSummary,
} from '#contract/masterclass-assignments.js';
import type { SubgroupsInput, SubmissionInput } from '#core/masterclass/cohort.js';
import { get, put } from '../lib/api.js';

export type {
  AssignmentView,
  SessionPreparation,
  Subgroup,
  SubgroupProposal,
  Subgroups,
  SubmissionDetail,
  SubmissionSummary,
} from '#contract/masterclass-assignments.js';
export type { SubgroupsInput, SubmissionInput } from '#core/masterclass/cohort.js';

/**
 * Assignments in a masterclass (docs/masterclass.md): the subgroups trainers form, what each
 * organisation's duo hands in, and who prepared a session. Every answer that shows another
 * organisation's submission is logged in that organisation's audit log, so these load only when a
 * page asks for one assignment, never all at once.
 */

const cohortPath = (cohortId: string) => `/api/cohorts/${cohortId}`;
const assignmentPath = (cohortId: string, assignmentId: string) => `${cohortPath(cohortId)}/assignments/${assignmentId}`;

/** Under the cohort's key (masterclass.queries.ts), so a change to the cohort refreshes these too. */
const assignmentKey = (cohortId: string, assignmentId: string): QueryKey => ['cohorts', cohortId, 'assignments', assignmentId];

/** One assignment as the caller may see it: trainers every subgroup and answer, a participant its own subgroup. */
export const useAssignmentView = (cohortId: string, assignmentId: string) =>
  useQuery({ queryKey: assignmentKey(cohortId, assignmentId), queryFn: () => get<AssignmentView>(assignmentPath(cohortId, assignmentId)) });

/** One organisation's answer with the worksheet version it links. */
export const useSubmission = (cohortId: string, assignmentId: string, participationId: string) =>
  useQuery({
    queryKey: [...assignmentKey(cohortId, assignmentId), 'submission', participationId],
    queryFn: () => get<SubmissionDetail>(`${assignmentPath(cohortId, assignmentId)}/submissions/${participationId}`),
  });

/** The trainers' view of one session: per assignment, who prepared it. */
export const usePreparation = (cohortId: string, sessionId: string) =>
  useQuery({
    queryKey: ['cohorts', cohortId, 'preparation', sessionId],
    queryFn: () => get<SessionPreparation>(`${cohortPath(cohortId)}/sessions/${sessionId}/preparation`),
  });

/** A proposal of subgroups that mix organisations, `size` organisations each; nothing is saved until the trainer saves. */
export const useProposeSubgroups = (cohortId: string, assignmentId: string) =>
  useMutation({
    mutationFn: (size: number) => get<SubgroupProposal>(`${assignmentPath(cohortId, assignmentId)}/subgroups/proposal?size=${size}`),
    meta: { feedback: false },
  });

export function useSaveSubgroups(cohortId: string, assignmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubgroupsInput) => put<Subgroups>(`${assignmentPath(cohortId, assignmentId)}/subgroups`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: assignmentKey(cohortId, assignmentId) }),
  });
}

/** The duo hands in (or changes) its organisation's answer. */
export function useSubmit(cohortId: string, assignmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmissionInput) => put<SubmissionSummary>(`${assignmentPath(cohortId, assignmentId)}/submission`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: assignmentKey(cohortId, assignmentId) }),
  });
}

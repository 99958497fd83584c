import { useMutation, useQuery, useQueryClient, type MutationMeta, type QueryKey } from '@tanstack/react-query';
import type { Assignment, Board, CohortDetail, CohortSession, CommentThread, Joined, SharedWorksheet, Sharing } from '#contract/masterclass.js';
import type { AssignmentInput, CohortInput, JoinInput, SessionInput } from '#core/masterclass/cohort.js';
import type { ShareSettings } from '#core/masterclass/sharing.js';
import { del, get, post, put } from '../lib/api.js';
import { COHORTS_KEY as KEY, COHORTS_PATH as BASE } from './masterclass-menu.queries.js';

export type {
  Assignment,
  Board,
  BoardRow,
  CohortComment,
  CohortDetail,
  CohortMember,
  CohortSession,
  CohortSummary,
  SharedWorksheet,
  Sharing,
} from '#contract/masterclass.js';
export type { AssignmentInput, CohortInput, JoinInput, SessionInput } from '#core/masterclass/cohort.js';
export type { ShareSettings } from '#core/masterclass/sharing.js';
export { useCohorts, useTakesPartInCohort } from './masterclass-menu.queries.js';

/** The masterclass (docs/masterclass.md): cohorts, their plan, joining, sharing, the trainer's board and the feedback threads. */

export const cohortPath = (id: string) => `${BASE}/${id}`;
/** The sessions as an iCalendar file, for everyone in the cohort. */
export const calendarPath = (id: string) => `${cohortPath(id)}/sessions.ics`;

const cohortKey = (id: string): QueryKey => [...KEY, id];

export const useCohort = (id: string) => useQuery({ queryKey: cohortKey(id), queryFn: () => get<CohortDetail>(cohortPath(id)) });

/** The trainer's board: only what each organisation shares with the trainers. */
export const useBoard = (id: string) => useQuery({ queryKey: [...cohortKey(id), 'board'], queryFn: () => get<Board>(`${cohortPath(id)}/board`) });

/** What the caller's organisation shares with the cohort. */
export const useSharing = (id: string, enabled = true) =>
  useQuery({ queryKey: [...cohortKey(id), 'sharing'], queryFn: () => get<Sharing>(`${cohortPath(id)}/sharing`), enabled });

/** A worksheet another organisation shares. */
export const useSharedWorksheet = (id: string, participationId: string, key: string, enabled = true) =>
  useQuery({
    queryKey: [...cohortKey(id), 'shared', participationId, key],
    queryFn: () => get<SharedWorksheet>(`${cohortPath(id)}/participations/${participationId}/worksheets/${key}`),
    enabled,
  });

const commentsPath = (id: string, participationId: string, item: string) => `${cohortPath(id)}/participations/${participationId}/comments/${item}`;
const commentsKey = (id: string, participationId: string, item: string): QueryKey => [...cohortKey(id), 'comments', participationId, item];

/** The feedback thread on one shared item (a sub-step's worksheet, or 'plan'). */
export const useComments = (id: string, participationId: string, item: string) =>
  useQuery({
    queryKey: commentsKey(id, participationId, item),
    queryFn: async () => (await get<CommentThread>(commentsPath(id, participationId, item))).comments,
  });

/** Every change to a cohort refreshes all that is known of it, and the list (next session, organisations). */
function useCohortMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export function useCreateCohort() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: CohortInput) => post<{ id: string }>(BASE, input), onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export function useJoinCohort() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: JoinInput) => post<Joined>(`${BASE}/join`, input), onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useAddSession = (id: string) => useCohortMutation((input: SessionInput) => post<CohortSession>(`${cohortPath(id)}/sessions`, input));
export const useUpdateSession = (id: string) =>
  useCohortMutation(({ sessionId, ...input }: SessionInput & { sessionId: string }) => put<CohortSession>(`${cohortPath(id)}/sessions/${sessionId}`, input));
export const useRemoveSession = (id: string) =>
  useCohortMutation((sessionId: string) => del<void>(`${cohortPath(id)}/sessions/${sessionId}`), { feedback: 'removed' });

export const useAddAssignment = (id: string) =>
  useCohortMutation(({ sessionId, ...input }: AssignmentInput & { sessionId: string }) =>
    post<Assignment>(`${cohortPath(id)}/sessions/${sessionId}/assignments`, input),
  );
export const useUpdateAssignment = (id: string) =>
  useCohortMutation(({ assignmentId, ...input }: AssignmentInput & { assignmentId: string }) =>
    put<Assignment>(`${cohortPath(id)}/assignments/${assignmentId}`, input),
  );
export const useRemoveAssignment = (id: string) =>
  useCohortMutation((assignmentId: string) => del<void>(`${cohortPath(id)}/assignments/${assignmentId}`), { feedback: 'removed' });

/** The page says what was taken back itself. */
export const useUpdateSharing = (id: string) =>
  useCohortMutation((shares: ShareSettings) => put<Sharing>(`${cohortPath(id)}/sharing`, shares), { feedback: false });
/** After leaving, the cohort is "not found": forget it instead of asking again, and refresh the list. */
export function useLeaveCohort(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<void>(`${cohortPath(id)}/leave`, {}),
    onSuccess: () => {
      client.removeQueries({ queryKey: cohortKey(id) });
      return client.invalidateQueries({ queryKey: KEY, exact: true });
    },
  });
}
export const useCloseCohort = (id: string) => useCohortMutation(() => post<void>(`${cohortPath(id)}/close`, {}));

export function useComment(id: string, participationId: string, item: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; parentId: string | null }) => post<CommentThread>(commentsPath(id, participationId, item), input),
    onSuccess: (thread) => client.setQueryData(commentsKey(id, participationId, item), thread.comments),
  });
}

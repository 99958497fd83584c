import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { CheckDefinition } from '../../../core/knowledge/definition.js';
import type { CheckResults } from '../../../core/knowledge/results.js';
import { del, get, post, put } from '../../lib/api.js';

export type CheckStatus = 'draft' | 'open' | 'closed';

/** A knowledge check as the API presents it, with its number of answers. */
export interface KnowledgeCheck {
  id: string;
  title: string;
  programmeId: string | null;
  status: CheckStatus;
  publicSlug: string;
  definition: CheckDefinition;
  responses: number;
  /** While open: `responses` is rounded down to the minimum and counts up to yesterday. */
  countRounded: boolean;
  /** Fixed when the check opens; null for a draft. */
  minGroupSize: number | null;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

export interface CheckInput {
  title: string;
  programmeId: string | null;
  definition: CheckDefinition;
}

/** Results exist only once a check is closed; before that, only the number of answers. */
export type ResultsView = { available: false; responses: number; countRounded: boolean } | ({ available: true } & CheckResults);

export const checkPath = (id: string) => `/api/knowledge/${id}`;
const KEY = ['knowledge'];

export const useChecks = () => useQuery({ queryKey: KEY, queryFn: () => get<{ checks: KnowledgeCheck[]; canManage: boolean }>('/api/knowledge') });

export const useCheckResults = (id: string) => useQuery({ queryKey: [...KEY, id, 'results'], queryFn: () => get<ResultsView>(`${checkPath(id)}/results`) });

/** Every change refreshes the list (and the results, which live under the same key). */
function useCheckMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateCheck = () => useCheckMutation((input: CheckInput) => post<KnowledgeCheck>('/api/knowledge', input));
export const useUpdateCheck = () => useCheckMutation(({ id, ...input }: CheckInput & { id: string }) => put<KnowledgeCheck>(checkPath(id), input));
export const useDeleteCheck = () => useCheckMutation((id: string) => del<void>(checkPath(id)), { feedback: 'removed' });
export const useOpenCheck = () => useCheckMutation((id: string) => post<KnowledgeCheck>(`${checkPath(id)}/open`, {}));
export const useCloseCheck = () => useCheckMutation((id: string) => post<KnowledgeCheck>(`${checkPath(id)}/close`, {}));

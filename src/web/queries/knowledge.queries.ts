import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { CheckList, CheckResultsView, KnowledgeCheck } from '#contract/knowledge.js';
import type { CheckDefinition } from '#core/knowledge/definition.js';
import { del, get, post, put } from '../lib/api.js';

export type { CheckStatus, CheckResultsView as ResultsView, KnowledgeCheck } from '#contract/knowledge.js';

export interface CheckInput {
  title: string;
  programmeId: string | null;
  definition: CheckDefinition;
}

export const checkPath = (id: string) => `/api/knowledge/${id}`;
const KEY = ['knowledge'];

export const useChecks = () => useQuery({ queryKey: KEY, queryFn: () => get<CheckList>('/api/knowledge') });

export const useCheckResults = (id: string) =>
  useQuery({ queryKey: [...KEY, id, 'results'], queryFn: () => get<CheckResultsView>(`${checkPath(id)}/results`) });

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

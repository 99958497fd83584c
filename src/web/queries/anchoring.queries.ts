import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { AnchoringChecklist, AnchoringItem, StandardAdded } from '#contract/anchoring.js';
import type { AnchoringInput } from '#core/anchoring/checklist.js';
import { del, get, post, put } from '../lib/api.js';

export type { AnchoringItem } from '#contract/anchoring.js';

const base = (programmeId: string) => `/api/programmes/${programmeId}/anchoring`;

export const useAnchoring = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'anchoring'], queryFn: () => get<AnchoringChecklist>(base(programmeId)) });

/** Every change refreshes the programme and, below its key, the checklist and the sub-step's missing list. */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateAnchoring = (programmeId: string) => useChange(programmeId, (input: AnchoringInput) => post<AnchoringItem>(base(programmeId), input));
export const useUpdateAnchoring = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: AnchoringInput & { id: string }) => put<AnchoringItem>(`${base(programmeId)}/${id}`, input));
export const useRemoveAnchoring = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${base(programmeId)}/${id}`), { feedback: 'removed' });
export const useAddStandardAnchoring = (programmeId: string) => useChange(programmeId, () => post<StandardAdded>(`${base(programmeId)}/standard`));

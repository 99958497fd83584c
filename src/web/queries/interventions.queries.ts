import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import { useRef } from 'react';
import type { CandidateList, CandidateRef, FunctionProposals, Library, LibraryItem, VotesLeft } from '#contract/interventions.js';
import { APEASE_CRITERIA, type ApeaseCriterion } from '#core/interventions/apease.js';
import type { CandidateFields, DecisionInput, Plan, RatingInput } from '#core/interventions/candidates.js';
import type { OwnIntervention } from '#core/interventions/library.js';
import { del, get, post, put } from '../lib/api.js';
import { useLocale } from '../lib/combText.js';

export type { Candidate, LibraryItem } from '#contract/interventions.js';

const LIBRARY = '/api/interventions/library';
const base = (programmeId: string) => `/api/programmes/${programmeId}/interventions`;
const listKey = (programmeId: string) => ['programme', programmeId, 'interventions'];

/** The library follows the interface language: its texts come from the server in that language. */
export function useLibrary() {
  const locale = useLocale();
  return useQuery({ queryKey: ['library', locale], queryFn: () => get<Library>(LIBRARY) });
}

export const useFunctionProposals = (programmeId: string) =>
  useQuery({
    queryKey: [...listKey(programmeId), 'functions'],
    queryFn: () => get<FunctionProposals>(`${base(programmeId)}/functions`),
  });

export const useCandidates = (programmeId: string) => useQuery({ queryKey: listKey(programmeId), queryFn: () => get<CandidateList>(base(programmeId)) });

/**
 * Every change refreshes the candidates and the programme (whose sub-steps say what is missing).
 * The programme key is a prefix of the candidates' key, so one invalidation covers both.
 */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useAddCandidate = (programmeId: string) => useChange(programmeId, (input: CandidateFields) => post<CandidateRef>(base(programmeId), input));
export const useAddFromLibrary = (programmeId: string) =>
  useChange(programmeId, (libraryId: string) => post<CandidateRef>(`${base(programmeId)}/from-library`, { libraryId }));
export const useUpdateCandidate = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: CandidateFields & { id: string }) => put<CandidateRef>(`${base(programmeId)}/${id}`, input));
export const useRemoveCandidate = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${base(programmeId)}/${id}`), { feedback: 'removed' });
export const useVote = (programmeId: string) =>
  useChange(programmeId, ({ id, vote }: { id: string; vote: boolean }) => put<VotesLeft>(`${base(programmeId)}/${id}/vote`, { vote }));
export const useShortlist = (programmeId: string) =>
  useChange(programmeId, ({ id, shortlisted }: { id: string; shortlisted: boolean }) =>
    put<CandidateRef>(`${base(programmeId)}/${id}/shortlist`, { shortlisted }),
  );
/** A rating with nothing scored yet ("don't know" on every criterion). */
export const unrated = (): RatingInput => ({ ...(Object.fromEntries(APEASE_CRITERIA.map((c) => [c, null])) as Record<ApeaseCriterion, null>), note: '' });

/**
 * A member's own rating, changed one cell (or the note) at a time. The change shows at once; the
 * saves run one after another, each with the whole rating including every change before it, so the
 * last change stays. The team's spread is refreshed once no save is waiting (an earlier refresh
 * would show older scores).
 */
export function useRate(programmeId: string) {
  const client = useQueryClient();
  const mutationKey = [...listKey(programmeId), 'rating'];
  /** The ratings as the member last changed them, while saves are on their way. */
  const latest = useRef(new Map<string, RatingInput>());
  const saved = (id: string) => client.getQueryData<CandidateList>(listKey(programmeId))?.candidates.find((c) => c.id === id)?.myRating;
  const mutation = useMutation({
    mutationKey,
    scope: { id: mutationKey.join('/') },
    mutationFn: ({ id, rating }: { id: string; rating: RatingInput }) => put<CandidateRef>(`${base(programmeId)}/${id}/rating`, rating),
    onMutate: async ({ id, rating }) => {
      await client.cancelQueries({ queryKey: listKey(programmeId), exact: true });
      client.setQueryData<CandidateList>(
        listKey(programmeId),
        (old) => old && { ...old, candidates: old.candidates.map((c) => (c.id === id ? { ...c, myRating: rating } : c)) },
      );
    },
    onSettled: async () => {
      if (client.isMutating({ mutationKey }) > 1) return;
      latest.current.clear();
      await client.invalidateQueries({ queryKey: ['programme', programmeId] });
    },
  });
  const change = (id: string, change: Partial<RatingInput>) => {
    const rating = { ...(latest.current.get(id) ?? saved(id) ?? unrated()), ...change };
    latest.current.set(id, rating);
    mutation.mutate({ id, rating });
  };
  return { change, error: mutation.error, isPending: mutation.isPending };
}
/** What the APEASE panel's parts share to change the member's own rating. */
export type Rate = ReturnType<typeof useRate>;

export const useDecide = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: DecisionInput & { id: string }) => put<CandidateRef>(`${base(programmeId)}/${id}/decision`, input));
export const useSavePlan = (programmeId: string) =>
  useChange(programmeId, ({ id, plan }: { id: string; plan: Plan }) => put<CandidateRef>(`${base(programmeId)}/${id}/plan`, plan));

function useLibraryChange<TInput>(fn: (input: TInput) => Promise<unknown>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['library'] }) });
}
export const useCreateOwn = () => useLibraryChange((input: OwnIntervention) => post<LibraryItem>(LIBRARY, input));
export const useUpdateOwn = () => useLibraryChange(({ id, ...input }: OwnIntervention & { id: string }) => put<LibraryItem>(`${LIBRARY}/${id}`, input));
export const useRemoveOwn = () => useLibraryChange((id: string) => del<void>(`${LIBRARY}/${id}`), { feedback: 'removed' });

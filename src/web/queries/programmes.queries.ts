import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FirstRunAnswer } from '#contract/organisation.js';
import type { ProgrammeAnswer, ProgrammeList } from '#contract/programmes.js';
import { get, post } from '../lib/api.js';

export type { ProgrammeSummary } from '#contract/programmes.js';

export const useProgrammes = () => useQuery({ queryKey: ['programmes'], queryFn: async () => (await get<ProgrammeList>('/api/programmes')).programmes });

export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; problem: string }) => post<ProgrammeAnswer>('/api/programmes', input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['programmes'] }), client.invalidateQueries({ queryKey: FIRST_RUN_KEY })]),
  });
}

const FIRST_RUN_KEY = ['first-run'];

/** What a new organisation still has to do first (admins only: `enabled`). */
export const useFirstRun = (enabled: boolean) =>
  useQuery({ queryKey: FIRST_RUN_KEY, queryFn: async () => (await get<FirstRunAnswer>('/api/organisation/first-run')).checklist, enabled });

export function useDismissFirstRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<FirstRunAnswer>('/api/organisation/first-run/dismiss'),
    onSuccess: ({ checklist }) => client.setQueryData(FIRST_RUN_KEY, checklist),
  });
}

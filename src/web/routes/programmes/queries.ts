import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attention } from '../../../core/execution/attention.js';
import type { FirstRunChecklist } from '../../../core/first-run.js';
import type { ProgrammeProgress } from '../../../core/steps.js';
import { get, post } from '../../lib/api.js';

export interface ProgrammeSummary {
  id: string;
  title: string;
  problem: string;
  status: 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
  teamSize: number;
  progress: ProgrammeProgress;
  attention: Attention;
}

export const useProgrammes = () =>
  useQuery({ queryKey: ['programmes'], queryFn: async () => (await get<{ programmes: ProgrammeSummary[] }>('/api/programmes')).programmes });

export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; problem: string }) => post<{ programme: ProgrammeSummary }>('/api/programmes', input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['programmes'] }), client.invalidateQueries({ queryKey: FIRST_RUN_KEY })]),
  });
}

const FIRST_RUN_KEY = ['first-run'];

/** What a new organisation still has to do first (admins only: `enabled`). */
export const useFirstRun = (enabled: boolean) =>
  useQuery({ queryKey: FIRST_RUN_KEY, queryFn: async () => (await get<{ checklist: FirstRunChecklist }>('/api/organisation/first-run')).checklist, enabled });

export function useDismissFirstRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ checklist: FirstRunChecklist }>('/api/organisation/first-run/dismiss'),
    onSuccess: ({ checklist }) => client.setQueryData(FIRST_RUN_KEY, checklist),
  });
}

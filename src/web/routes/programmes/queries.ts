import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attention } from '../../../core/execution/attention.js';
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
    onSuccess: () => client.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

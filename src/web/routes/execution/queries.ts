import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionInput, ActionState, ActionSummary } from '../../../core/execution/actions.js';
import { del, get, post, put } from '../../lib/api.js';

/** An action as the API presents it; `overdue` is judged by the server against its today. */
export interface Action extends ActionState {
  description: string;
  doneOn: string | null;
  channel: string;
  overdue: boolean;
}

export interface ActionList {
  /** The server's calendar day ('YYYY-MM-DD'). */
  today: string;
  actions: Action[];
  summary: ActionSummary;
}

const base = (programmeId: string) => `/api/programmes/${programmeId}/actions`;

export const useActions = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'actions'], queryFn: () => get<ActionList>(base(programmeId)) });

/** Every change refreshes the programme and, below its key, the actions. */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateAction = (programmeId: string) => useChange(programmeId, (input: ActionInput) => post<Action>(base(programmeId), input));
export const useUpdateAction = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: ActionInput & { id: string }) => put<Action>(`${base(programmeId)}/${id}`, input));
export const useRemoveAction = (programmeId: string) => useChange(programmeId, (id: string) => del<void>(`${base(programmeId)}/${id}`));

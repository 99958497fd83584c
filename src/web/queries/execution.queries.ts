import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { Action, ActionList, CheckinOverview, CheckinRecord, CommunicationItem, CommunicationPlan } from '#contract/execution.js';
import type { ActionInput } from '#core/execution/actions.js';
import type { CheckinInput } from '#core/execution/checkins.js';
import type { CommunicationInput } from '#core/execution/communication.js';
import { del, get, post, put } from '../lib/api.js';

export type { Action, AgendaItem, Checkin, CheckinOverview, CommunicationItem } from '#contract/execution.js';

const base = (programmeId: string) => `/api/programmes/${programmeId}/actions`;

export const useActions = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'actions'], queryFn: () => get<ActionList>(base(programmeId)) });

/** Every change refreshes the programme and, below its key, the actions, the communication plan and the check-ins. */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateAction = (programmeId: string) => useChange(programmeId, (input: ActionInput) => post<Action>(base(programmeId), input));
export const useUpdateAction = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: ActionInput & { id: string }) => put<Action>(`${base(programmeId)}/${id}`, input));
export const useRemoveAction = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${base(programmeId)}/${id}`), { feedback: 'removed' });

const planBase = (programmeId: string) => `/api/programmes/${programmeId}/communication`;

export const useCommunication = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'communication'], queryFn: () => get<CommunicationPlan>(planBase(programmeId)) });

export const useCreateCommunication = (programmeId: string) =>
  useChange(programmeId, (input: CommunicationInput) => post<CommunicationItem>(planBase(programmeId), input));
export const useUpdateCommunication = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: CommunicationInput & { id: string }) => put<CommunicationItem>(`${planBase(programmeId)}/${id}`, input));
export const useRemoveCommunication = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${planBase(programmeId)}/${id}`), { feedback: 'removed' });

const checkinBase = (programmeId: string) => `/api/programmes/${programmeId}/checkins`;

export const useCheckins = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'checkins'], queryFn: () => get<CheckinOverview>(checkinBase(programmeId)) });

export const useCreateCheckin = (programmeId: string) => useChange(programmeId, (input: CheckinInput) => post<CheckinRecord>(checkinBase(programmeId), input));
export const useUpdateCheckin = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: CheckinInput & { id: string }) => put<CheckinRecord>(`${checkinBase(programmeId)}/${id}`, input));
export const useRemoveCheckin = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${checkinBase(programmeId)}/${id}`), { feedback: 'removed' });

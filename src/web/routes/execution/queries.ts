import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { ActionInput, ActionState, ActionSummary } from '../../../core/execution/actions.js';
import type { AgendaItem, CheckinInput } from '../../../core/execution/checkins.js';
import type { CommunicationInput, CommunicationItem } from '../../../core/execution/communication.js';
import { del, get, post, put } from '../../lib/api.js';

/** An action as the API presents it; `overdue` is judged by the server against its today. */
export interface Action extends ActionState {
  description: string;
  doneOn: string | null;
  channel: string;
  /** The check-in (5.3) it was agreed at, if any. */
  checkinId: string | null;
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

/** Every change refreshes the programme and, below its key, the actions, the communication plan and the check-ins. */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateAction = (programmeId: string) => useChange(programmeId, (input: ActionInput) => post<Action>(base(programmeId), input));
export const useUpdateAction = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: ActionInput & { id: string }) => put<Action>(`${base(programmeId)}/${id}`, input));
export const useRemoveAction = (programmeId: string) => useChange(programmeId, (id: string) => del<void>(`${base(programmeId)}/${id}`), { feedback: 'removed' });

const planBase = (programmeId: string) => `/api/programmes/${programmeId}/communication`;

export const useCommunication = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'communication'], queryFn: () => get<{ items: CommunicationItem[] }>(planBase(programmeId)) });

export const useCreateCommunication = (programmeId: string) =>
  useChange(programmeId, (input: CommunicationInput) => post<CommunicationItem>(planBase(programmeId), input));
export const useUpdateCommunication = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: CommunicationItem) => put<CommunicationItem>(`${planBase(programmeId)}/${id}`, input));
export const useRemoveCommunication = (programmeId: string) => useChange(programmeId, (id: string) => del<void>(`${planBase(programmeId)}/${id}`), { feedback: 'removed' });

/** A recorded check-in with the actions agreed at it. */
export interface Checkin extends CheckinInput {
  id: string;
  actions: Action[];
}

export interface CheckinOverview {
  /** The server's calendar day ('YYYY-MM-DD'). */
  today: string;
  /** The meeting series planned in 1.4; empty when it is not planned. */
  meetingDays: string[];
  next: string | null;
  last: string | null;
  agenda: AgendaItem[];
  /** Newest first. */
  checkins: Checkin[];
}

const checkinBase = (programmeId: string) => `/api/programmes/${programmeId}/checkins`;

export const useCheckins = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'checkins'], queryFn: () => get<CheckinOverview>(checkinBase(programmeId)) });

export const useCreateCheckin = (programmeId: string) => useChange(programmeId, (input: CheckinInput) => post<Checkin>(checkinBase(programmeId), input));
export const useUpdateCheckin = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: CheckinInput & { id: string }) => put<Checkin>(`${checkinBase(programmeId)}/${id}`, input));
export const useRemoveCheckin = (programmeId: string) => useChange(programmeId, (id: string) => del<void>(`${checkinBase(programmeId)}/${id}`), { feedback: 'removed' });

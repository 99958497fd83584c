import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApFollowUp, ApForm, BreachDetail, BreachList, BreachStatistics, Decision, LetterDraft, OpenBreaches, Transitioned } from '#contract/breaches.js';
import type { ApFollowUpKind } from '#core/breach/ap-notification.js';
import type { DecisionBody } from '#core/breach/decision.js';
import type { LetterAddressee } from '#core/breach/letter.js';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { IncidentKind } from '#core/breach/report.js';
import type { BreachStatus } from '#core/breach/workflow.js';
import type { Locale } from '#core/locale.js';
import { get, post, put } from '../lib/api.js';

export type { BreachDetail, CareDuty as CareDutyView, Clock, Decision, HistoryEntry } from '#contract/breaches.js';

export interface BreachFilter {
  status: BreachStatus | '';
  from: string;
  to: string;
  department: string;
  kind: IncidentKind | '';
  overdue: boolean;
}
export const NO_FILTER: BreachFilter = { status: '', from: '', to: '', department: '', kind: '', overdue: false };

/** The filter as the API's query: empty values left out. */
export function filterQuery(filter: BreachFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === true) query.set(key, 'true');
    else if (typeof value === 'string' && value.trim() !== '') query.set(key, value.trim());
  }
  return query;
}

const base = '/api/breaches';
const breachKey = (id: string) => ['breaches', id];
/**
 * A report can come in at any time and need not send a mail (there may be no mail server), so the
 * register's list, figures and open breaches ask again every minute; the breach changes refresh them at once.
 */
const NEW_REPORTS_MS = 60_000;

export const useBreaches = (filter: BreachFilter, page: { offset: number; limit: number }) => {
  const query = filterQuery(filter);
  query.set('offset', String(page.offset));
  query.set('limit', String(page.limit));
  return useQuery({
    queryKey: ['breaches', 'list', query.toString()],
    queryFn: () => get<BreachList>(`${base}?${query}`),
    placeholderData: keepPreviousData,
    refetchInterval: NEW_REPORTS_MS,
  });
};

/** The open breaches, most urgent first, for the badge in the navigation and the panel. */
export const useOpenBreaches = (enabled = true) =>
  useQuery({ queryKey: ['breaches', 'open'], queryFn: () => get<OpenBreaches>(`${base}/open`), refetchInterval: NEW_REPORTS_MS, enabled });
export const useBreachStatistics = () =>
  useQuery({ queryKey: ['breaches', 'statistics'], queryFn: () => get<BreachStatistics>(`${base}/statistics`), refetchInterval: NEW_REPORTS_MS });
export const useBreach = (id: string) => useQuery({ queryKey: breachKey(id), queryFn: () => get<BreachDetail>(`${base}/${id}`) });
export const useApForm = (id: string) => useQuery({ queryKey: [...breachKey(id), 'ap-form'], queryFn: () => get<ApForm>(`${base}/${id}/ap-form`) });
export const useLetter = (id: string, lang: Locale, addressee: LetterAddressee) =>
  useQuery({ queryKey: [...breachKey(id), 'letter', lang, addressee], queryFn: () => get<LetterDraft>(`${base}/${id}/letter?lang=${lang}&for=${addressee}`) });

/** Every change refreshes the breach (and what hangs below its key) and the list. */
function useChange<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['breaches'] }) });
}

export const useSaveRegister = (id: string) => useChange(id, (register: BreachRegisterInput) => put<void>(`${base}/${id}/register`, register));
export const useConfirmAwareness = (id: string) =>
  useChange(id, (body: { awareAt: string; reason: string; lateReason: string }) => put<void>(`${base}/${id}/aware-at`, body));
export const useDecide = (id: string) => useChange(id, (body: DecisionBody) => post<Decision>(`${base}/${id}/decisions`, body));
export const useTransition = (id: string) =>
  useChange(
    id,
    (body: { status: BreachStatus; apNotifiedAt?: string; lateReason?: string; apReference?: string; apReceivedAt?: string; subjectsInformedAt?: string }) =>
      post<Transitioned>(`${base}/${id}/status`, body),
  );
export const useRecordApReference = (id: string) =>
  useChange(id, (body: { apReference: string; apReceivedAt: string | null }) => put<void>(`${base}/${id}/ap-reference`, body));
export const useAddApFollowUp = (id: string) =>
  useChange(id, (body: { kind: ApFollowUpKind; sentAt: string; apReceivedAt: string | null; note: string }) =>
    post<ApFollowUp>(`${base}/${id}/ap-follow-ups`, body),
  );

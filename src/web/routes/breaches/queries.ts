import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApFormChapter } from '../../../core/breach/ap-form.js';
import type { NotificationProposal } from '../../../core/breach/assessment.js';
import type { DeadlineState } from '../../../core/breach/deadline.js';
import type { LetterDraft } from '../../../core/breach/letter.js';
import type { BreachRegister, BreachRegisterInput } from '../../../core/breach/register.js';
import type { BreachReport, IncidentKind } from '../../../core/breach/report.js';
import type { BreachStatistics } from '../../../core/breach/statistics.js';
import type { BreachStatus, DecisionSummary, TransitionCheck } from '../../../core/breach/workflow.js';
import type { Locale } from '../../../core/locale.js';
import type { Missing } from '../../../core/worksheets/fields.js';
import { get, post, put } from '../../lib/api.js';

/** Where the 72 hours stand; `running` is false once they no longer matter (notified, closed, decided not to notify). */
export interface Clock {
  deadline: string;
  state: DeadlineState;
  hoursLeft: number;
  running: boolean;
}

export interface BreachListItem {
  id: string;
  reference: string;
  status: BreachStatus;
  reportedAt: string;
  awareAt: string;
  department: string;
  kind: IncidentKind;
  latestDecision: DecisionSummary | null;
  deadline: Clock;
}

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

export interface Decision {
  id: string;
  decidedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  notifyAp: boolean;
  informSubjects: boolean;
  reasoning: string;
  proposal: NotificationProposal;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorName: string;
  action: string;
}

export interface BreachDetail {
  breach: {
    id: string;
    reference: string;
    status: BreachStatus;
    report: BreachReport;
    department: string;
    reportedAt: string;
    awareAt: string;
    apNotifiedAt: string | null;
    lateReason: string | null;
    subjectsInformedAt: string | null;
    closedAt: string | null;
  };
  register: BreachRegister;
  registerRecorded: boolean;
  registerMissing: Missing[];
  deadline: Clock;
  proposal: NotificationProposal;
  /** Oldest first. */
  decisions: Decision[];
  nextSteps: { status: BreachStatus; check: TransitionCheck }[];
  history: HistoryEntry[];
  permissions: { handle: boolean };
}

const base = '/api/breaches';
const breachKey = (id: string) => ['breaches', id];

export const useBreaches = (filter: BreachFilter, page: { offset: number; limit: number }) => {
  const query = filterQuery(filter);
  query.set('offset', String(page.offset));
  query.set('limit', String(page.limit));
  return useQuery({
    queryKey: ['breaches', 'list', query.toString()],
    queryFn: () => get<{ total: number; breaches: BreachListItem[] }>(`${base}?${query}`),
    placeholderData: keepPreviousData,
  });
};

export const useBreachStatistics = () => useQuery({ queryKey: ['breaches', 'statistics'], queryFn: () => get<BreachStatistics>(`${base}/statistics`) });
export const useBreach = (id: string) => useQuery({ queryKey: breachKey(id), queryFn: () => get<BreachDetail>(`${base}/${id}`) });
export const useApForm = (id: string) => useQuery({ queryKey: [...breachKey(id), 'ap-form'], queryFn: () => get<{ chapters: ApFormChapter[] }>(`${base}/${id}/ap-form`) });
export const useLetter = (id: string, lang: Locale) => useQuery({ queryKey: [...breachKey(id), 'letter', lang], queryFn: () => get<LetterDraft>(`${base}/${id}/letter?lang=${lang}`) });

/** Every change refreshes the breach (and what hangs below its key) and the list. */
function useChange<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['breaches'] }) });
}

export const useSaveRegister = (id: string) => useChange(id, (register: BreachRegisterInput) => put<void>(`${base}/${id}/register`, register));
export const useCorrectAwareAt = (id: string) => useChange(id, (body: { awareAt: string; reason: string }) => put<void>(`${base}/${id}/aware-at`, body));
export const useDecide = (id: string) =>
  useChange(id, (body: { notifyAp: boolean; informSubjects: boolean; reasoning: string }) => post<Decision>(`${base}/${id}/decisions`, body));
export const useTransition = (id: string) =>
  useChange(id, (body: { status: BreachStatus; apNotifiedAt?: string; lateReason?: string; subjectsInformedAt?: string }) => post<{ status: BreachStatus }>(`${base}/${id}/status`, body));

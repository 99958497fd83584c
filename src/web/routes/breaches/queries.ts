import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApFormChapter } from '../../../core/breach/ap-form.js';
import type { ApFollowUpKind } from '../../../core/breach/ap-notification.js';
import type { CareDutyKey } from '../../../core/breach/care-duties.js';
import type { DecisionBody, FgAdvice } from '../../../core/breach/decision.js';
import type { NotificationProposal } from '../../../core/breach/assessment.js';
import type { DeadlineState } from '../../../core/breach/deadline.js';
import type { LetterAddressee, LetterDraft } from '../../../core/breach/letter.js';
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
  /** What the reporter was given; the register number (`reference`) is the officer's only. */
  publicReference: string;
  status: BreachStatus;
  reportedAt: string;
  awareAt: string;
  department: string;
  kind: IncidentKind;
  latestDecision: DecisionSummary | null;
  deadline: Clock;
}

/** A breach not closed yet, as the signals in the app show it: reference, status and clock, nothing else. */
export interface OpenBreach {
  id: string;
  reference: string;
  status: BreachStatus;
  reportedAt: string;
  awareAt: string;
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
  fgAdvice: FgAdvice | null;
}

/** A message to the AP after the first notification, under its meldnummer. */
export interface ApFollowUp {
  id: string;
  kind: ApFollowUpKind;
  sentAt: string;
  apReceivedAt: string | null;
  note: string;
  recordedAt: string;
  recordedByName: string | null;
}

/** A duty beside the 72 hours (core care-duties.ts); only the CSIRT's warning has a clock. */
export interface CareDutyView {
  duty: CareDutyKey;
  doneAt: string | null;
  clock: Clock | null;
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
    /** What the reporter was given and the letter names. */
    publicReference: string;
    status: BreachStatus;
    report: BreachReport;
    department: string;
    reportedAt: string;
    awareAt: string;
    /** The proposal for the moment of awareness: when the reporter noticed it. */
    reporterAwareAt: string;
    /** Null while the moment of awareness is unconfirmed. */
    awareConfirmedAt: string | null;
    awareConfirmedByName: string | null;
    awareReason: string | null;
    apNotifiedAt: string | null;
    apReference: string | null;
    apReceivedAt: string | null;
    lateReason: string | null;
    subjectsInformedAt: string | null;
    closedAt: string | null;
  };
  register: BreachRegister;
  registerRecorded: boolean;
  registerMissing: Missing[];
  deadline: Clock;
  careDuties: CareDutyView[];
  /** Whether the organisation falls under the Cyberbeveiligingswet (its settings). */
  cbwApplies: boolean;
  proposal: NotificationProposal;
  /** Oldest first. */
  decisions: Decision[];
  /** In the order they were sent. */
  apFollowUps: ApFollowUp[];
  nextSteps: { status: BreachStatus; check: TransitionCheck }[];
  history: HistoryEntry[];
  permissions: { handle: boolean };
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
    queryFn: () => get<{ total: number; breaches: BreachListItem[] }>(`${base}?${query}`),
    placeholderData: keepPreviousData,
    refetchInterval: NEW_REPORTS_MS,
  });
};

/** The open breaches, most urgent first, for the badge in the navigation and the panel. */
export const useOpenBreaches = (enabled = true) =>
  useQuery({ queryKey: ['breaches', 'open'], queryFn: () => get<{ breaches: OpenBreach[] }>(`${base}/open`), refetchInterval: NEW_REPORTS_MS, enabled });
export const useBreachStatistics = () =>
  useQuery({ queryKey: ['breaches', 'statistics'], queryFn: () => get<BreachStatistics>(`${base}/statistics`), refetchInterval: NEW_REPORTS_MS });
export const useBreach = (id: string) => useQuery({ queryKey: breachKey(id), queryFn: () => get<BreachDetail>(`${base}/${id}`) });
export const useApForm = (id: string) => useQuery({ queryKey: [...breachKey(id), 'ap-form'], queryFn: () => get<{ chapters: ApFormChapter[] }>(`${base}/${id}/ap-form`) });
export const useLetter = (id: string, lang: Locale, addressee: LetterAddressee) =>
  useQuery({ queryKey: [...breachKey(id), 'letter', lang, addressee], queryFn: () => get<LetterDraft>(`${base}/${id}/letter?lang=${lang}&for=${addressee}`) });

/** Every change refreshes the breach (and what hangs below its key) and the list. */
function useChange<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['breaches'] }) });
}

export const useSaveRegister = (id: string) => useChange(id, (register: BreachRegisterInput) => put<void>(`${base}/${id}/register`, register));
export const useConfirmAwareness = (id: string) => useChange(id, (body: { awareAt: string; reason: string; lateReason: string }) => put<void>(`${base}/${id}/aware-at`, body));
export const useDecide = (id: string) => useChange(id, (body: DecisionBody) => post<Decision>(`${base}/${id}/decisions`, body));
export const useTransition = (id: string) =>
  useChange(id, (body: { status: BreachStatus; apNotifiedAt?: string; lateReason?: string; apReference?: string; apReceivedAt?: string; subjectsInformedAt?: string }) =>
    post<{ status: BreachStatus }>(`${base}/${id}/status`, body),
  );
export const useRecordApReference = (id: string) => useChange(id, (body: { apReference: string; apReceivedAt: string | null }) => put<void>(`${base}/${id}/ap-reference`, body));
export const useAddApFollowUp = (id: string) =>
  useChange(id, (body: { kind: ApFollowUpKind; sentAt: string; apReceivedAt: string | null; note: string }) => post<ApFollowUp>(`${base}/${id}/ap-follow-ups`, body));

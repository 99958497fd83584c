import type { BreachReportInput, IncidentKind, OngoingAnswer, PeopleBand, ReportDataKind, SelfCheckAnswer } from '#core/breach/report.js';
import type { BreachTexts } from './texts.js';

/**
 * The report as it is being filled in: in memory only, never stored in the browser. Moments are
 * the datetime-local inputs' values (the reporter's own clock) until they are sent.
 */
export interface Draft {
  isBreach: SelfCheckAnswer | null;
  whatHappened: string;
  incidentKind: IncidentKind | null;
  happenedAt: string;
  noticedAt: string;
  dataKinds: ReportDataKind[];
  peopleBand: PeopleBand | null;
  ongoing: OngoingAnswer | null;
  actionsTaken: string;
  department: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/**
 * The choices of a question in the order of their labels (src/content/breach.ts, which follows the
 * report's lists): this light page leaves the report's Zod schema, and so Zod, to the server.
 */
export const choicesOf = <K extends string>(labels: Record<K, unknown>) => Object.keys(labels) as K[];

export const emptyDraft = (): Draft => ({
  isBreach: null,
  whatHappened: '',
  incidentKind: null,
  happenedAt: '',
  noticedAt: '',
  dataKinds: [],
  peopleBand: null,
  ongoing: null,
  actionsTaken: '',
  department: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
});

/** The questions of step 2 in the order of the page, so errors are listed top to bottom. */
export const QUESTIONS = [
  'whatHappened',
  'incidentKind',
  'happenedAt',
  'noticedAt',
  'dataKinds',
  'peopleBand',
  'ongoing',
  'actionsTaken',
  'department',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const satisfies readonly (keyof Draft)[];
export type Question = (typeof QUESTIONS)[number];

export const fieldId = (question: Question) => `f-${question}`;

/** The report's field names (the server's paths) for the draft's questions. */
const SERVER_FIELD: Record<Question, string> = {
  whatHappened: 'whatHappened',
  incidentKind: 'incidentKind',
  happenedAt: 'happenedAt',
  noticedAt: 'noticedAt',
  dataKinds: 'dataKinds',
  peopleBand: 'peopleBand',
  ongoing: 'ongoing',
  actionsTaken: 'actionsTaken',
  department: 'department',
  contactName: 'contact.name',
  contactPhone: 'contact.phone',
  contactEmail: 'contact.email',
};

/** The question a server error names: "dataKinds.1" is dataKinds, "contact.phone" is contactPhone. */
export function questionOf(serverField: string): Question | undefined {
  return QUESTIONS.find((q) => serverField === SERVER_FIELD[q] || serverField.startsWith(`${SERVER_FIELD[q]}.`));
}

/** A datetime-local value ("2026-03-28T10:00", the reporter's clock) as a moment with its offset. */
const moment = (local: string) => new Date(local).toISOString();

/** What the browser can check before sending; the server checks everything again. */
export function missingAnswers(draft: Draft, t: BreachTexts): Partial<Record<Question, string>> {
  const errors: Partial<Record<Question, string>> = {};
  if (!draft.whatHappened.trim()) errors.whatHappened = t.required;
  if (!draft.incidentKind) errors.incidentKind = t.chooseOne;
  if (!draft.noticedAt) errors.noticedAt = t.required;
  else if (draft.happenedAt && new Date(draft.happenedAt) > new Date(draft.noticedAt)) errors.happenedAt = t.happenedAfterNoticed;
  if (draft.dataKinds.length === 0) errors.dataKinds = t.chooseAtLeastOne;
  if (!draft.peopleBand) errors.peopleBand = t.chooseOne;
  if (!draft.ongoing) errors.ongoing = t.chooseOne;
  return errors;
}

/** The report to send; only call once missingAnswers found nothing. */
export function toReport(draft: Draft): BreachReportInput {
  return {
    isBreach: draft.isBreach ?? 'unsure',
    whatHappened: draft.whatHappened,
    incidentKind: draft.incidentKind!,
    happenedAt: draft.happenedAt ? moment(draft.happenedAt) : null,
    noticedAt: moment(draft.noticedAt),
    dataKinds: draft.dataKinds,
    peopleBand: draft.peopleBand!,
    ongoing: draft.ongoing!,
    actionsTaken: draft.actionsTaken,
    department: draft.department,
    contact: { name: draft.contactName, phone: draft.contactPhone, email: draft.contactEmail },
  };
}

/** The reporter's clock now, as a datetime-local value. */
export function localNow(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

import type { Session } from '#contract/auth.js';
import type { ReportForm, ReportReceived } from '#contract/breaches.js';
import type { BreachReportInput } from '#core/breach/report.js';
import type { Locale } from '#core/locale.js';

export type { ReportForm } from '#contract/breaches.js';

/** The logged-in account, when the organisation requires login (its CSRF token signs the report). */
export interface Reporter {
  name: string;
  csrfToken: string;
}

export type FormLoad =
  { kind: 'ok'; form: ReportForm; reporter: Reporter | null } | { kind: 'loginRequired'; form: ReportForm } | { kind: 'notFound' } | { kind: 'failed' };

const path = (slug: string) => `/api/public/breach-report/${encodeURIComponent(slug)}`;

/** The session, only asked for when login is required: the open link sends no cookie at all. */
async function loadReporter(): Promise<Reporter | null> {
  const response = await fetch('/api/auth/session', { headers: { accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) return null;
  const session = (await response.json()) as Session;
  return session.authenticated ? { name: session.user.name, csrfToken: session.csrfToken } : null;
}

export async function loadReportForm(slug: string, locale: Locale): Promise<FormLoad> {
  try {
    const response = await fetch(path(slug), { headers: { accept: 'application/json', 'accept-language': locale }, cache: 'no-store', credentials: 'omit' });
    if (response.status === 404 || response.status === 400) return { kind: 'notFound' };
    if (!response.ok) return { kind: 'failed' };
    const form = (await response.json()) as ReportForm;
    if (!form.requiresLogin) return { kind: 'ok', form, reporter: null };
    const reporter = await loadReporter();
    return reporter ? { kind: 'ok', form, reporter } : { kind: 'loginRequired', form };
  } catch {
    return { kind: 'failed' };
  }
}

export interface FieldMessage {
  field: string;
  message: string;
}

/** A refused report: the server's message and its messages per field, in the language asked for. */
export interface SendError {
  status: number;
  message: string | null;
  fields: FieldMessage[];
  locale: Locale;
}

export type SendResult = { ok: true; reference: string } | { ok: false; error: SendError };

function readError(body: unknown): { message: string | null; fields: FieldMessage[] } {
  const record = body && typeof body === 'object' ? (body as { message?: unknown; fields?: unknown }) : {};
  const fields = Array.isArray(record.fields)
    ? record.fields.filter((f): f is FieldMessage => !!f && typeof f === 'object' && typeof f.field === 'string' && typeof f.message === 'string')
    : [];
  return { message: typeof record.message === 'string' ? record.message : null, fields };
}

export async function sendReport(slug: string, report: BreachReportInput, reporter: Reporter | null, locale: Locale): Promise<SendResult> {
  try {
    const response = await fetch(path(slug), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': locale,
        ...(reporter ? { 'x-csrf-token': reporter.csrfToken } : {}),
      },
      body: JSON.stringify(report),
      cache: 'no-store',
      credentials: reporter ? 'same-origin' : 'omit',
    });
    const body = await response.json().catch(() => null);
    if (response.ok) return { ok: true, reference: (body as ReportReceived).reference };
    return { ok: false, error: { status: response.status, ...readError(body), locale } };
  } catch {
    return { ok: false, error: { status: 0, message: null, fields: [], locale } };
  }
}

import type { CheckFeedback, PublicCheck } from '#contract/knowledge.js';
import type { Locale } from '#core/locale.js';
import { readError, type SubmitError } from '../api.js';

export type { CheckFeedback, PublicCheck } from '#contract/knowledge.js';

export type CheckLoad = { kind: 'ok'; check: PublicCheck } | { kind: 'notFound' } | { kind: 'failed' };
export type CheckSubmit = { ok: true; feedback: CheckFeedback } | { ok: false; error: SubmitError };

const path = (slug: string) => `/api/public/knowledge/${encodeURIComponent(slug)}`;

/** No cookies either way: the staff member stays anonymous. */
export async function loadCheck(slug: string, locale: Locale): Promise<CheckLoad> {
  try {
    const response = await fetch(path(slug), { headers: { accept: 'application/json', 'accept-language': locale }, cache: 'no-store', credentials: 'omit' });
    if (response.status === 404 || response.status === 400) return { kind: 'notFound' };
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'ok', check: (await response.json()) as PublicCheck };
  } catch {
    return { kind: 'failed' };
  }
}

export async function submitCheck(slug: string, body: { answers: Record<string, number>; department: string | null }, locale: Locale): Promise<CheckSubmit> {
  try {
    const response = await fetch(`${path(slug)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.ok) return { ok: true, feedback: (await response.json()) as CheckFeedback };
    return { ok: false, error: { status: response.status, ...readError(await response.json().catch(() => null)), locale } };
  } catch {
    return { ok: false, error: { status: 0, message: null, fields: [], locale } };
  }
}

import type { Questionnaire } from '#contract/surveys.js';
import type { Locale } from '#core/locale.js';

/** A text in both languages; one may be empty (see `inLocale`). */
export interface Bilingual {
  nl: string;
  en: string;
}

export type { Questionnaire } from '#contract/surveys.js';

export type LoadResult = { kind: 'ok'; survey: Questionnaire } | { kind: 'notFound' } | { kind: 'failed' };

/** Same pattern as the server's route: anything else cannot be a survey. */
export const SLUG_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

async function readQuestionnaire(url: string, locale: Locale, credentials: RequestCredentials): Promise<LoadResult> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json', 'accept-language': locale }, cache: 'no-store', credentials });
    if (response.status === 404 || response.status === 400) return { kind: 'notFound' };
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'ok', survey: (await response.json()) as Questionnaire };
  } catch {
    return { kind: 'failed' };
  }
}

export const loadQuestionnaire = (slug: string, locale: Locale) => readQuestionnaire(`/api/public/surveys/${encodeURIComponent(slug)}`, locale, 'omit');

/** The team's preview of a survey: the same questionnaire, also for a draft, read with the team member's session. */
export const loadPreview = (programmeId: string, surveyId: string, locale: Locale) =>
  readQuestionnaire(`/api/programmes/${encodeURIComponent(programmeId)}/surveys/${encodeURIComponent(surveyId)}/preview`, locale, 'same-origin');

export interface SubmitBody {
  token?: string;
  answers: Record<string, number>;
  groups?: Record<string, string | null>;
}

/** A refused answer: the server's message (in the language it was asked in) and any field messages. */
export interface SubmitError {
  status: number;
  message: string | null;
  fields: string[];
  locale: Locale;
}

export type SubmitResult = { ok: true } | { ok: false; error: SubmitError };

/** Reads the API's error body; `{ error, message, fields }` (also tolerates `{ error: { message, fields } }`). */
export function readError(body: unknown): { message: string | null; fields: string[] } {
  if (!body || typeof body !== 'object') return { message: null, fields: [] };
  const record = body as Record<string, unknown>;
  const inner = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : record;
  const message = typeof inner.message === 'string' ? inner.message : null;
  const fields = Array.isArray(inner.fields)
    ? inner.fields.flatMap((f) =>
        f && typeof f === 'object' && typeof (f as { message?: unknown }).message === 'string' ? [(f as { message: string }).message] : [],
      )
    : [];
  return { message, fields: fields.filter((f) => f !== message) };
}

export async function submitResponse(slug: string, body: SubmitBody, locale: Locale): Promise<SubmitResult> {
  try {
    const response = await fetch(`/api/public/surveys/${encodeURIComponent(slug)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.ok) return { ok: true };
    const parsed = readError(await response.json().catch(() => null));
    return { ok: false, error: { status: response.status, ...parsed, locale } };
  } catch {
    return { ok: false, error: { status: 0, message: null, fields: [], locale } };
  }
}

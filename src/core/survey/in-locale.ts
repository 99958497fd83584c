import type { Locale } from '../locale.js';

/**
 * The text in the reader's language, or in the other one when the team wrote only that.
 * Kept free of zod so the small respondent page (src/web/respond) can use it without pulling in
 * the schema library; `definition.ts` re-exports it.
 */
export function inLocale(text: { nl: string; en: string }, locale: Locale): string {
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const own = text[locale];
  return typeof own === 'string' && own.trim().length > 0 ? own : text[other];
}

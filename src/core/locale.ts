/** The interface languages. Dutch is the default: Wegwijs is made for Dutch care. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A text that exists in every interface language. */
export type LocalizedText = Record<Locale, string>;

/**
 * A label or phrase as it runs on inside a sentence: its first letter in lower case when its first
 * word reads as an ordinary capitalised word ("De reden", "Geheugen"). A first word with another
 * capital stays as it is: an abbreviation (AVG, USB-stick) or a name such as ZorgMail. A name
 * written like an ordinary word ("Nedap") cannot be told apart and is lower-cased too; the texts it
 * ends up in can be edited.
 */
export const inSentence = (text: string) => (/^\p{Lu}\p{Ll}[^\s\p{Lu}]*(?:\s|$)/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header value. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().slice(0, 2), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    // q=0 means "not acceptable" (RFC 9110), so such a language is never chosen.
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

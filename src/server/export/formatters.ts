import { LANGUAGE_TAGS } from './document.js';
import type { Locale } from '#core/locale.js';

export interface Formatters {
  /** "12 maart 2027" / "12 March 2027". */
  day: (iso: string) => string;
  /** "12 mrt 2027" / "12 Mar 2027", for chart axes. */
  shortDay: (iso: string) => string;
  /** Up to two decimals, with the language's decimal sign ("3,5" in Dutch). */
  number: (value: number) => string;
  /** Always two decimals and a sign, for differences ("+0,40"). */
  signed: (value: number) => string;
  /** Two decimals, for means. */
  mean: (value: number) => string;
}

/** Calendar days are dates without a time: formatted at noon UTC so no time zone can shift them. */
function make(locale: Locale): Formatters {
  const tag = LANGUAGE_TAGS[locale];
  const long = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const fixed = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
  return {
    day: (iso) => long.format(noon(iso)),
    shortDay: (iso) => short.format(noon(iso)).replace('.', ''),
    number: (v) => number.format(v),
    signed: (v) => signed.format(v),
    mean: (v) => fixed.format(v),
  };
}

const FORMATTERS: Record<Locale, Formatters> = { nl: make('nl'), en: make('en') };
export const formatters = (locale: Locale): Formatters => FORMATTERS[locale];

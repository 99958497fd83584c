import { useTranslation } from 'react-i18next';
import { AMSTERDAM, amsterdamWallClock, fromAmsterdamWallClock } from '#core/breach/deadline.js';
import { isLocale, type Locale } from '#core/locale.js';
import { keyUnder } from '../../i18n/keys.js';
import { useCareContext, useLocalized } from '../../lib/localized.js';

/** The interface language, and a picker for content written in every language (in the organisation's words). */
export function useBreachLocale() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return { locale, text: useLocalized() };
}

/**
 * The label of a register field, in the organisation's word where it names whom it cares for
 * ("Cliënt geïnformeerd op" in VVT): the i18n key's `_client`/`_patient` variant when there is one.
 */
export function useFieldLabel() {
  const { t } = useTranslation();
  const careContext = useCareContext();
  return (field: string) => t(keyUnder('breaches.register.fields', field), careContext);
}

/** A moment as read on a clock in the Netherlands, whatever the browser's own time zone: "28 mrt 2026, 10:00". */
export function useMoment() {
  const { locale } = useBreachLocale();
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { timeZone: AMSTERDAM, dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/** A moment for a datetime-local input: the Amsterdam wall clock, "2026-03-28T10:00". */
export function toWallClockInput(iso: string): string {
  const c = amsterdamWallClock(new Date(iso));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}`;
}

/** What a datetime-local input means, read as Amsterdam time; '' stays empty (the API then names the field). */
export function fromWallClockInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value === '' ? undefined : value;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return fromAmsterdamWallClock({ year, month, day, hour, minute }).toISOString();
}

import { useTranslation } from 'react-i18next';

/** A calendar day (ISO "2026-03-03") in the interface language, e.g. "3 mrt. 2026"; `weekday` adds "di". */
export function useDay(options: { weekday?: boolean } = {}) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const format = { ...(options.weekday ? { weekday: 'short' as const } : {}), day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
  // Noon UTC: the same calendar day in every time zone.
  return (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, format);
}

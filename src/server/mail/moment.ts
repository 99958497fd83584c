import { AMSTERDAM } from '#core/breach/deadline.js';
import type { Locale } from '#core/locale.js';

const MOMENT_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: AMSTERDAM }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: AMSTERDAM }),
};

/** "dinsdag 5 januari 2027 om 14:30": a moment in a mail, in Dutch time, whatever the server's zone. */
export const mailMoment = (locale: Locale, moment: Date) => MOMENT_FORMATS[locale].format(moment);

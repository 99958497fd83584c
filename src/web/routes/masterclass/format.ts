import { AMSTERDAM, amsterdamWallClock, fromAmsterdamWallClock } from '#core/breach/deadline.js';
import type { Locale } from '#core/locale.js';

/**
 * Masterclass sessions take place in the Netherlands: their times show as read on a clock there,
 * whatever the browser's own time zone, as the .ics export writes them (server/export/cohort-ics.ts).
 */

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: AMSTERDAM, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: AMSTERDAM, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** When a session is: "di 3 mrt 2026, 09:30–12:30" (Amsterdam time), the end from its length. */
export function sessionWhen(startsAt: string, minutes: number, locale: Locale): string {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + minutes * 60_000);
  const [day, time] = [dayFormat(locale), timeFormat(locale)];
  return day.format(start) === day.format(end)
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** When a session starts: "di 3 mrt 2026, 09:30" (Amsterdam time). */
export const sessionStart = (startsAt: string, locale: Locale) =>
  `${dayFormat(locale).format(new Date(startsAt))}, ${timeFormat(locale).format(new Date(startsAt))}`;

/** A moment as a date ("2026-03-03") and a time ("09:30") on the Amsterdam clock, for a date and a time input. */
export function toDateAndTime(iso: string): { date: string; time: string } {
  const c = amsterdamWallClock(new Date(iso));
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${c.year}-${two(c.month)}-${two(c.day)}`, time: `${two(c.hour)}:${two(c.minute)}` };
}

/** What a date and a time input mean, read on the Amsterdam clock; undefined while either is incomplete (the API then names the field). */
export function fromDateAndTime(date: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day] = d.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = t.slice(1).map(Number) as [number, number];
  return fromAmsterdamWallClock({ year, month, day, hour, minute }).toISOString();
}

/** "Stap 1 en 2", "Stap 1, 3 en 5", "Steps 1 and 2": the steps a session covers, in order. */
export function stepList(steps: readonly number[], words: { step: string; steps: string; and: string }): string {
  const sorted = [...steps].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) return `${words.step} ${sorted.join('')}`;
  return `${words.steps} ${sorted.slice(0, -1).join(', ')} ${words.and} ${sorted.at(-1)}`;
}

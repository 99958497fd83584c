import { createRequire } from 'node:module';
import { stepGuidance } from '#content/steps.js';
import type { Locale } from '#core/locale.js';
import type { StepNumber } from '#core/steps.js';

const TEXTS = {
  nl: { calendar: 'Masterclass: {name}', steps: 'Stappen', open: 'Open de masterclass in Wegwijs:', video: 'Videolink:' },
  en: { calendar: 'Masterclass: {name}', steps: 'Steps', open: 'Open the masterclass in Wegwijs:', video: 'Video link:' },
} satisfies Record<Locale, Record<string, string>>;

const require = createRequire(import.meta.url);
let ical: typeof import('ical-generator') | undefined;
const load = () => (ical ??= require('ical-generator') as typeof import('ical-generator'));

interface Session {
  id: string;
  title: string;
  startsAt: Date;
  minutes: number;
  place: string;
  videoLink: string;
  steps: number[];
}

/**
 * A cohort's sessions as one iCalendar file for all participants. Sessions are moments (stored in UTC),
 * so they go out in UTC and every calendar shows its own local time; UIDs are stable, so importing the
 * file again updates the sessions instead of adding them twice.
 */
export function cohortCalendar(input: { cohortId: string; name: string; sessions: readonly Session[]; link: string }, locale: Locale) {
  const t = TEXTS[locale];
  const calendar = load().default({
    name: t.calendar.replace('{name}', input.name),
    prodId: { company: 'Wegwijs', product: 'Wegwijs', language: locale.toUpperCase() },
  });
  for (const s of input.sessions) {
    const steps = s.steps.map((n) => `${n}. ${stepGuidance(n as StepNumber).title[locale]}`).join(', ');
    calendar.createEvent({
      id: `${input.cohortId}-${s.id}@wegwijs`,
      start: s.startsAt,
      end: new Date(s.startsAt.getTime() + s.minutes * 60_000),
      summary: `${input.name}: ${s.title}`,
      location: s.place || undefined,
      url: s.videoLink || undefined,
      description: [`${t.steps}: ${steps}`, s.videoLink ? `${t.video} ${s.videoLink}` : '', `${t.open} ${input.link}`].filter(Boolean).join('\n'),
    });
  }
  return calendar.toString();
}

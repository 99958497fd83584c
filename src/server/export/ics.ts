import { createRequire } from 'node:module';
import { stepGuidance } from '#content/steps.js';
import type { Locale } from '#core/locale.js';
import type { StepNumber } from '#core/steps.js';
import { meetingDates, type Planning } from '#core/worksheets/planning.js';

/** Dutch care organisations plan in Dutch time; the calendar says so, so Outlook and Google agree. */
const TIME_ZONE = 'Europe/Amsterdam';

const TEXTS = {
  nl: {
    meeting: 'Voortgangsoverleg',
    milestone: 'Mijlpaal stap {step} ({stepTitle})',
    calendar: 'Wegwijs-planning: {title}',
    open: 'Open het traject in Wegwijs:',
  },
  en: {
    meeting: 'Progress check-in',
    milestone: 'Milestone step {step} ({stepTitle})',
    calendar: 'Wegwijs planning: {title}',
    open: 'Open the programme in Wegwijs:',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The calendar libraries load with the first download, not at start; synchronously, as the file is built in one go. */
const require = createRequire(import.meta.url);
let libraries: { ical: typeof import('ical-generator'); timezones: typeof import('@touch4it/ical-timezones') } | undefined;
const load = () =>
  (libraries ??= {
    ical: require('ical-generator') as typeof import('ical-generator'),
    timezones: require('@touch4it/ical-timezones') as typeof import('@touch4it/ical-timezones'),
  });

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function endTime(day: string, start: string, minutes: number) {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  // Wall-clock arithmetic on purpose: a meeting from 9:00 for an hour ends at 10:00 on any day.
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMinutes(total);
  return date.toISOString().slice(0, 19);
}

/**
 * The programme's meeting series and milestones as an iCalendar file. Times are given as wall-clock
 * times in Europe/Amsterdam with the zone's definition included; UIDs are stable, so importing a
 * newer file updates the events instead of adding them twice.
 */
export function planningCalendar(input: { programmeId: string; title: string; planning: Planning; link: string }, locale: Locale) {
  const t = TEXTS[locale];
  const {
    ical: { default: ical, ICalEventRepeatingFreq },
    timezones: { getVtimezoneComponent },
  } = load();
  const calendar = ical({
    name: fill(t.calendar, { title: input.title }),
    prodId: { company: 'Wegwijs', product: 'Wegwijs', language: locale.toUpperCase() },
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
  });
  const { meetings, milestones } = input.planning;
  const description = `${t.open} ${input.link}`;

  const dates = meetingDates(meetings);
  const first = dates[0];
  if (first) {
    calendar.createEvent({
      id: `${input.programmeId}-checkins@wegwijs`,
      start: `${first}T${meetings.startTime}:00`,
      end: endTime(first, meetings.startTime, meetings.durationMinutes),
      timezone: TIME_ZONE,
      summary: `${meetings.title.trim() || t.meeting}: ${input.title}`,
      location: meetings.location || undefined,
      description,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, interval: meetings.intervalWeeks, count: dates.length },
    });
  }
  for (const m of milestones) {
    if (!m.date) continue;
    const step = m.step as StepNumber;
    calendar.createEvent({
      id: `${input.programmeId}-${m.id}@wegwijs`,
      start: m.date,
      allDay: true,
      summary: `${fill(t.milestone, { step, stepTitle: stepGuidance(step).title[locale] })}: ${m.title}`,
      description,
    });
  }
  return calendar.toString();
}

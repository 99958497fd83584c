import { z } from 'zod';
import { STEP_NUMBERS, type StepNumber } from '../steps.js';
import { Day, ItemId, Line, Paragraph, filled, rows, type Missing } from './fields.js';

const Milestone = z.object({
  id: ItemId,
  step: z.number().int().min(1).max(6),
  title: Line,
  date: Day.nullable(),
});

/** The recurring check-in of the core team or duo (steps.md 5.3); the method suggests every two weeks. */
const MeetingRhythm = z.object({
  title: Line,
  firstDate: Day.nullable(),
  /** Wall-clock time in the organisation's time zone, e.g. "09:30". */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z.number().int().min(15).max(480),
  intervalWeeks: z.number().int().min(1).max(8),
  /** How many meetings the series has. */
  count: z.number().int().min(1).max(104),
  location: Line,
});

export const Planning = z
  .object({
    milestones: rows(Milestone, 60),
    meetings: MeetingRhythm,
    resources: Paragraph,
    boardReporting: Paragraph,
  })
  .strict();
export type Planning = z.infer<typeof Planning>;
export type Milestone = z.infer<typeof Milestone>;
export type MeetingRhythm = z.infer<typeof MeetingRhythm>;

export const DEFAULT_MEETING_INTERVAL_WEEKS = 2;

export const emptyPlanning = (): Planning => ({
  milestones: [],
  meetings: { title: '', firstDate: null, startTime: '09:00', durationMinutes: 60, intervalWeeks: DEFAULT_MEETING_INTERVAL_WEEKS, count: 12, location: '' },
  resources: '',
  boardReporting: '',
});

/** Adds whole days to a calendar day; done in UTC so no clock change can shift the date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar days of every meeting in the series. */
export function meetingDates(m: MeetingRhythm): string[] {
  if (!m.firstDate) return [];
  const first = m.firstDate;
  return Array.from({ length: m.count }, (_, i) => addDays(first, i * m.intervalWeeks * 7));
}

/** Steps in date order of their milestones, and the steps that have none with a date yet. */
export function planningOverview(p: Planning) {
  const dated = p.milestones.filter((m): m is Milestone & { date: string } => m.date !== null);
  const stepsWithoutDate = STEP_NUMBERS.filter((n) => !dated.some((m) => m.step === n));
  return {
    milestones: [...dated].sort((a, b) => a.date.localeCompare(b.date) || a.step - b.step),
    stepsWithoutDate: stepsWithoutDate as StepNumber[],
    lastMeeting: meetingDates(p.meetings).at(-1) ?? null,
  };
}

export function planningMissing(p: Planning): Missing[] {
  const missing: Missing[] = [];
  for (const step of planningOverview(p).stepsWithoutDate) missing.push({ code: 'stepWithoutMilestone', field: 'milestones', params: { step } });
  p.milestones.forEach((m, i) => {
    if (!filled(m.title)) missing.push({ code: 'milestoneTitle', field: `milestones.${i}.title`, params: { n: i + 1 } });
  });
  if (!p.meetings.firstDate) missing.push({ code: 'fieldRequired', field: 'meetings.firstDate' });
  return missing;
}

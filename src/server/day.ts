const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

let cached = { until: 0, day: '' };

/**
 * The calendar day in the Netherlands: answers keep the day they came in, never the moment.
 * Formatting with a time zone is slow enough to show under load, so the day is kept until the
 * next whole minute: midnight in Amsterdam always falls on one, so this is exact.
 */
export function amsterdamDay(at: Date = new Date()): string {
  const ms = at.getTime();
  if (ms >= cached.until || ms < cached.until - 60_000) cached = { until: ms - (ms % 60_000) + 60_000, day: dayFormat.format(at) };
  return cached.day;
}

import { fromAmsterdamWallClock } from '#core/breach/deadline.js';

/**
 * The demo loads through the services, which stamp the moment of loading; afterwards it dates what
 * should lie in the past back to a day and hour on the Dutch clock, where people did the work.
 */
export function amsterdamMoment(day: string, hour = 12, minute = 0): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return fromAmsterdamWallClock({ year, month, day: date, hour, minute });
}

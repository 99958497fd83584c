import { describe, expect, it } from 'vitest';
import { fromDateAndTime, sessionWhen, stepList, toDateAndTime } from '#web/routes/masterclass/format.js';

/** Masterclass sessions read on a clock in the Netherlands, whatever the browser's time zone. */
describe('a session’s time on the masterclass pages', () => {
  it('shows the day and the start and end on the Amsterdam clock, in winter and in summer', () => {
    // 08:30 UTC is 09:30 in winter (UTC+1) and 10:30 in summer (UTC+2).
    expect(sessionWhen('2026-03-03T08:30:00Z', 180, 'nl')).toBe('di 3 mrt 2026, 09:30–12:30');
    expect(sessionWhen('2026-06-02T08:30:00Z', 90, 'nl')).toBe('di 2 jun 2026, 10:30–12:00');
    expect(sessionWhen('2026-03-03T08:30:00Z', 180, 'en')).toBe('Tue, 3 Mar 2026, 09:30–12:30');
  });

  it('names the end day too when a session runs past midnight', () => {
    expect(sessionWhen('2026-03-03T21:00:00Z', 120, 'nl')).toBe('di 3 mrt 2026, 22:00 – wo 4 mrt 2026, 00:00');
  });

  it('reads a date and a time typed in as Amsterdam time, and gives them back the same', () => {
    expect(fromDateAndTime('2026-03-03', '09:30')).toBe('2026-03-03T08:30:00.000Z');
    expect(fromDateAndTime('2026-06-02', '10:30')).toBe('2026-06-02T08:30:00.000Z');
    expect(toDateAndTime('2026-06-02T08:30:00.000Z')).toEqual({ date: '2026-06-02', time: '10:30' });
    expect(toDateAndTime(fromDateAndTime('2026-10-25', '14:15')!)).toEqual({ date: '2026-10-25', time: '14:15' });
  });

  it('leaves an incomplete date or time to the server, which names the field', () => {
    expect(fromDateAndTime('', '09:30')).toBeUndefined();
    expect(fromDateAndTime('2026-03-03', '')).toBeUndefined();
  });

  it('lists the steps a session covers in order', () => {
    const nl = { step: 'Stap', steps: 'Stap', and: 'en' };
    expect(stepList([2, 1], nl)).toBe('Stap 1 en 2');
    expect(stepList([5, 1, 3], nl)).toBe('Stap 1, 3 en 5');
    expect(stepList([4], { step: 'Step', steps: 'Steps', and: 'and' })).toBe('Step 4');
  });
});

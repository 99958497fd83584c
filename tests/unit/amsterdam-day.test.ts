import { describe, expect, it } from 'vitest';
import { amsterdamDay } from '#server/day.js';

describe('the day an answer is kept with', () => {
  it('is the Dutch calendar day, also just after midnight in summer and winter time', () => {
    expect(amsterdamDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(amsterdamDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(amsterdamDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(amsterdamDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(amsterdamDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, linearScale, niceTicks, paddedExtent, ticksWithin } from '#core/chart/scale.js';

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(12, 23)).toEqual([10, 15, 20, 25]);
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-1.2, 1.2, 4)).toEqual([-2, -1, 0, 1, 2]);
    expect(niceTicks(0.1, 0.36)).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('gives round values, not the sums of a step that does not fit in binary', () => {
    expect(niceTicks(0, 0.7, 7)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('widens a flat range so it still has an axis', () => {
    const ticks = niceTicks(5, 5);
    expect(ticks[0]).toBeLessThan(5);
    expect(ticks.at(-1)).toBeGreaterThan(5);
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});

describe('ticksWithin', () => {
  it('keeps only the round ticks inside the range, for an axis that ends at its values', () => {
    expect(ticksWithin(8.5, 26.5, 4)).toEqual([10, 15, 20, 25]);
    expect(ticksWithin(-0.3, 2.3, 4)).toEqual([0, 1, 2]);
  });

  it('keeps a tick on the edge of the range', () => {
    expect(ticksWithin(10, 25, 4)).toEqual([10, 15, 20, 25]);
  });
});

describe('paddedExtent', () => {
  it('adds a share of the spread below and above the values', () => {
    expect(paddedExtent([12, 19, 10, 25], 0.1)).toEqual([8.5, 26.5]);
    expect(paddedExtent([3, 1], 0)).toEqual([1, 3]);
  });

  it('widens values that are all the same by the flat amount, then pads', () => {
    expect(paddedExtent([5, 5], 0.1, 1)).toEqual([3.8, 6.2]);
    expect(paddedExtent([5], 0.05)).toEqual([5, 5]);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, also a range that runs downwards as a value axis on screen does', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(5), y(10), y(12.5)]).toEqual([200, 100, 0, -50]);
    const x = linearScale([100, 104], [50, 450]);
    expect([x(100), x(101), x(104)]).toEqual([50, 150, 450]);
  });

  it('puts everything in the middle when the domain is a single point', () => {
    expect(linearScale([7, 7], [40, 440])(7)).toBe(240);
  });
});

describe('days on a time axis', () => {
  it('counts days from 1970, across a month end and a leap day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2026-04-01') - dayNumber('2026-03-31')).toBe(1);
  });

  it('turns a position between days back into the nearest day', () => {
    expect(dayFromNumber(dayNumber('2027-05-01'))).toBe('2027-05-01');
    expect(dayFromNumber(dayNumber('2027-05-01') + 0.4)).toBe('2027-05-01');
    expect(dayFromNumber(dayNumber('2027-05-01') + 0.6)).toBe('2027-05-02');
  });
});

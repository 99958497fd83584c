import { describe, expect, it } from 'vitest';
import { shuffled } from '#core/export/answers.js';

/** A small seeded generator (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const whole = (r: () => number, below: number) => Math.floor(r() * below);

describe('shuffling the raw answers', () => {
  it('keeps every row and uses the random source for the order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => i);
    const r = random(7);
    const mixed = shuffled(rows, (n) => whole(r, n));
    expect([...mixed].sort((a, b) => a - b)).toEqual(rows);
    expect(mixed).not.toEqual(rows);
    expect(shuffled(rows, () => 0)).not.toEqual(rows);
  });
});

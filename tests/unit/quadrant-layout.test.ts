import { describe, expect, it } from 'vitest';
import { placePoints, POINT_RADIUS, QUADRANT_SIZE, quadrantPos } from '#web/components/quadrantLayout.js';

const point = (x: number, y: number) => ({ x, y });

/** Every pair of circles apart and every circle whole inside the box. */
function expectReadable(placed: { cx: number; cy: number }[]) {
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(2 * POINT_RADIUS);
    for (const v of [a.cx, a.cy]) {
      expect(v).toBeGreaterThanOrEqual(POINT_RADIUS);
      expect(v).toBeLessThanOrEqual(QUADRANT_SIZE - POINT_RADIUS);
    }
  }
}

describe('placing the quadrant chart points', () => {
  it('a point alone sits exactly on its ratings', () => {
    const [only] = placePoints([point(4, 5)]);
    expect(only).toMatchObject({ cx: quadrantPos(4), cy: QUADRANT_SIZE - quadrantPos(5) });
  });

  it('behaviours rated the same or one apart never overlap, even in a corner', () => {
    const crowd = [point(5, 5), point(5, 5), point(5, 5), point(4, 5), point(5, 4), point(4, 4), point(4, 4), point(4, 5), point(5, 5), point(5, 4)];
    const placed = placePoints(crowd);
    expectReadable(placed);
    expect(placed[0]).toMatchObject({ cx: quadrantPos(5), cy: QUADRANT_SIZE - quadrantPos(5) });
  });

  it('twenty behaviours on one middle spot all stay readable', () => {
    expectReadable(placePoints(Array.from({ length: 20 }, () => point(3, 3))));
  });
});

/** The quadrant chart's drawing, in its own units: a square box with ratings 1–5 on both axes. */
export const QUADRANT_SIZE = 320;
/** Room inside the box around the outer ratings, so a point there has room around it too. */
const INSET = 40;
export const POINT_RADIUS = 11;
/** Centres at least this far apart: the circles do not touch. */
const MIN_DISTANCE = 2 * POINT_RADIUS + 2;
/** The distance between rings of places around a spot. */
const RING = 2 * POINT_RADIUS + 4;
const RINGS = 6;

/** Where a rating lies from the box's left (x) or bottom (y) edge. */
export const quadrantPos = (rating: number) => INSET + ((rating - 1) / 4) * (QUADRANT_SIZE - 2 * INSET);

/** A spot and the places on rings around it, nearest first; ring k holds 6k places, starting at the top. */
function candidates(x: number, y: number): [number, number][] {
  const places: [number, number][] = [[x, y]];
  for (let ring = 1; ring <= RINGS; ring++) {
    const count = 6 * ring;
    for (let k = 0; k < count; k++) {
      const angle = -Math.PI / 2 + (k * 2 * Math.PI) / count;
      places.push([x + ring * RING * Math.cos(angle), y + ring * RING * Math.sin(angle)]);
    }
  }
  return places;
}

const inside = (v: number) => v >= POINT_RADIUS + 1 && v <= QUADRANT_SIZE - POINT_RADIUS - 1;

/**
 * Where each point's numbered circle goes: on its ratings when that place is free, otherwise on the
 * nearest free place around it inside the box, so no two circles overlap however many behaviours
 * share or neighbour a spot. Points are placed in their order, so the first keeps its exact spot.
 */
export function placePoints<T extends { x: number; y: number }>(points: readonly T[]): (T & { cx: number; cy: number })[] {
  const placed: (T & { cx: number; cy: number })[] = [];
  const free = ([cx, cy]: [number, number]) => inside(cx) && inside(cy) && placed.every((p) => Math.hypot(p.cx - cx, p.cy - cy) >= MIN_DISTANCE);
  for (const point of points) {
    const spot: [number, number] = [quadrantPos(point.x), QUADRANT_SIZE - quadrantPos(point.y)];
    const [cx, cy] = candidates(...spot).find(free) ?? spot;
    placed.push({ ...point, cx, cy });
  }
  return placed;
}

/**
 * The arithmetic the charts share, on a page (src/web/components/LineChart.tsx, Sparkline.tsx) and
 * in a document (src/server/export/chart.ts): how far a value axis reaches, which round values it
 * shows, and where a value or a day lands. Each drawing keeps its own sizes, colours and labels.
 */

/**
 * Round tick values covering [min, max] (steps of 1, 2 or 5 times a power of ten), so axes read
 * as 0, 5, 10 rather than 0, 4.3, 8.6. A flat range is widened so it still has an axis.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let [lo, hi] = [Math.min(min, max), Math.max(min, max)];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= Math.ceil(hi / step) * step + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/**
 * The round ticks that lie within [min, max]: for an axis that ends where its values end rather
 * than at a tick. Needs min < max.
 */
export function ticksWithin(min: number, max: number, count = 5): number[] {
  const slack = (max - min) / count / 1e6;
  return niceTicks(min, max, count).filter((t) => t >= min - slack && t <= max + slack);
}

/**
 * The lowest and highest value with `share` of their spread added below and above, so that no
 * line lies on the edge of the plot. Values that are all the same are first widened by `flat`
 * either side, so the axis has a height; with `flat` 0 that is left to `niceTicks`.
 */
export function paddedExtent(values: readonly number[], share: number, flat = 0): [number, number] {
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (lo === hi) [lo, hi] = [lo - flat, hi + flat];
  const pad = (hi - lo) * share;
  return [lo - pad, hi + pad];
}

/**
 * Maps a domain (values or day numbers) straight onto a range of positions; the range may run
 * downwards, as a value axis does on screen. A domain of one point maps to the range's middle.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

const DAY_MS = 86_400_000;

/** An ISO day ("2026-03-02") as the number of days since 1 January 1970, for a time axis. */
export const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The ISO day nearest to a day number on a time axis. */
export const dayFromNumber = (n: number) => new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);

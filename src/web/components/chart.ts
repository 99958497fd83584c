/**
 * What the line charts share: their colours and how a day becomes a position on the time axis.
 * Against white: the line 5:1, the baseline 8:1, the target 6.5:1 (WCAG 1.4.11 asks 3:1 of graphics).
 */
export const CHART_COLOURS = { line: '#1971c2', baseline: '#495057', target: '#1e6b30' } as const;

/** A day ("2026-03-02") as milliseconds, for a linear time axis. */
export const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

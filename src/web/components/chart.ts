/**
 * What the line charts on a page share: their colours (their scales are in src/core/chart/scale.ts).
 * Against white: the line 5:1, the baseline 8:1, the target 6.5:1 (WCAG 1.4.11 asks 3:1 of graphics).
 */
export const CHART_COLOURS = { line: '#1971c2', baseline: '#495057', target: '#1e6b30' } as const;

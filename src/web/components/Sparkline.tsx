import { dayNumber, linearScale, paddedExtent } from '#core/chart/scale.js';
import { CHART_COLOURS } from './chart.js';

/**
 * A small line without axes, to read a trend at a glance (board dashboard), with the baseline and
 * the target as thin reference lines. One image whose `label` is its text alternative: the caller
 * says there what the picture shows (the latest value, baseline and target, or the values). For a
 * chart to read values off, see LineChart.
 */
const WIDTH = 120;
const HEIGHT = 36;
const PAD = 4;
const { line: LINE, baseline: BASELINE, target: TARGET } = CHART_COLOURS;

export function Sparkline(props: {
  points: readonly { date: string; value: number }[];
  label: string;
  baseline?: number | null;
  target?: number | null;
  /** The days the width stands for, when wider than the points' own (months without a value at either end). */
  span?: { from: string; to: string };
}) {
  const { points, baseline = null, target = null, span } = props;
  if (points.length === 0) return null;
  const references = [baseline, target].filter((v): v is number => v !== null);
  const values = [...points.map((p) => p.value), ...references];
  const days = [...points.map((p) => p.date), ...(span ? [span.from, span.to] : [])].map(dayNumber);
  const toX = linearScale([Math.min(...days), Math.max(...days)], [PAD, WIDTH - PAD]);
  const x = (iso: string) => toX(dayNumber(iso));
  const y = linearScale(paddedExtent(values, 0, 1), [HEIGHT - PAD, PAD]);
  const end = points.at(-1)!;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={props.label} style={{ flexShrink: 0, overflow: 'visible' }}>
      {baseline !== null && <line x1={0} x2={WIDTH} y1={y(baseline)} y2={y(baseline)} stroke={BASELINE} strokeWidth={1} strokeDasharray="4 3" />}
      {target !== null && <line x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} stroke={TARGET} strokeWidth={1.5} strokeDasharray="1.5 2" />}
      {points.length > 1 && (
        <polyline points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} fill="none" stroke={LINE} strokeWidth={2} strokeLinejoin="round" />
      )}
      <circle cx={x(end.date)} cy={y(end.value)} r={3} fill={LINE} />
    </svg>
  );
}

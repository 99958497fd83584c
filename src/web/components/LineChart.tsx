import { Box } from '@mantine/core';
import { dayNumber, linearScale, paddedExtent, ticksWithin } from '#core/chart/scale.js';
import { CHART_COLOURS } from './chart.js';

export interface LinePoint {
  /** ISO day 'YYYY-MM-DD'. */
  date: string;
  value: number;
  /** Drawn as a square instead of a circle, e.g. a value Wegwijs took from a survey. */
  marked?: boolean;
}

/** A horizontal reference line with its label, e.g. the baseline or the target. */
export interface Reference {
  value: number;
  label: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 56;
/** Room for the reference lines' labels: "Streefwaarde 3,5" in bold needs about 115 of it. */
const RIGHT = 140;
const TOP = 14;
const BOTTOM = 34;
const TEXT = '#212529';
const { line: LINE, baseline: BASELINE, target: TARGET } = CHART_COLOURS;

/**
 * Values over time as a line, in plain SVG, with the baseline and the target as reference lines.
 * The picture is one image with `label` as its text alternative; the caller shows the same values
 * in a table next to it, so the chart is never the only way to read them.
 */
export function LineChart(props: {
  points: readonly LinePoint[];
  label: string;
  baseline?: Reference | null;
  target?: Reference | null;
  formatValue: (n: number) => string;
  formatDate: (iso: string) => string;
}) {
  const { points, baseline, target, formatValue, formatDate } = props;
  if (points.length === 0) return null;
  const references = [baseline, target].filter((r): r is Reference => !!r);
  const values = [...points.map((p) => p.value), ...references.map((r) => r.value)];
  // The axis ends at the values with a tenth of room; the round ticks are the ones inside it.
  const [yMin, yMax] = paddedExtent(values, 0.1, 1);
  const yTicks = ticksWithin(yMin, yMax, 4);
  const days = points.map((p) => dayNumber(p.date));
  const toX = linearScale([Math.min(...days), Math.max(...days)], [LEFT, WIDTH - RIGHT]);
  const x = (iso: string) => toX(dayNumber(iso));
  const y = linearScale([yMin, yMax], [HEIGHT - BOTTOM, TOP]);
  const dates = [...new Set(points.map((p) => p.date))];
  const xLabels = dates.length <= 2 ? dates : [dates[0]!, dates.at(-1)!];

  return (
    <Box>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label} style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill={TEXT}>
              {formatValue(v)}
            </text>
          </g>
        ))}
        {xLabels.map((d) => (
          <text key={d} x={x(d)} y={HEIGHT - 10} textAnchor={xLabels.length === 1 ? 'middle' : d === xLabels[0] ? 'start' : 'end'} fontSize="12" fill={TEXT}>
            {formatDate(d)}
          </text>
        ))}
        {baseline && <ReferenceLine y={y(baseline.value)} colour={BASELINE} dash="6 4" text={`${baseline.label} ${formatValue(baseline.value)}`} />}
        {target && (
          <ReferenceLine
            y={y(target.value)}
            labelY={targetLabelY(y(target.value), baseline ? y(baseline.value) : null)}
            colour={TARGET}
            dash="2 3"
            text={`${target.label} ${formatValue(target.value)}`}
          />
        )}
        {points.length > 1 && <polyline points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} fill="none" stroke={LINE} strokeWidth={2.5} />}
        {points.map((p, i) =>
          p.marked ? (
            <rect key={i} x={x(p.date) - 5} y={y(p.value) - 5} width={10} height={10} fill="#ffffff" stroke={LINE} strokeWidth={2.5} />
          ) : (
            <circle key={i} cx={x(p.date)} cy={y(p.value)} r={4.5} fill={LINE} />
          ),
        )}
      </svg>
    </Box>
  );
}

/** Where the target's label goes: beside its line, or moved away from the baseline's label when they would overlap. */
function targetLabelY(target: number, baseline: number | null): number {
  if (baseline === null || Math.abs(target - baseline) >= 14) return target;
  return target <= baseline ? baseline - 14 : baseline + 14;
}

function ReferenceLine({ y, labelY = y, colour, dash, text }: { y: number; labelY?: number; colour: string; dash: string; text: string }) {
  return (
    <g>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} stroke={colour} strokeWidth={2} strokeDasharray={dash} />
      <text x={WIDTH - RIGHT + 6} y={labelY + 4} fontSize="12" fontWeight="700" fill={colour}>
        {text}
      </text>
    </g>
  );
}

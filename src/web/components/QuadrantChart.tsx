import { Box, List, Text } from '@mantine/core';

export interface QuadrantPoint {
  id: string;
  label: string;
  /** 1–5 on each axis. */
  x: number;
  y: number;
  highlighted?: boolean;
}

const SIZE = 400;
const PAD = 48;
const INNER = SIZE - 2 * PAD;
/** Ratings 4 and 5 count as high: the dividing line lies between 3 and 4. */
const SPLIT = 3.5;
const pos = (v: number) => PAD + ((v - 1) / 4) * INNER;

/**
 * A 2×2 grid (interest/influence, impact/changeability) with numbered points. The numbers are
 * explained in the list below the chart, so the chart never is the only place the data is shown.
 */
export function QuadrantChart(props: {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Top-left, top-right, bottom-left, bottom-right. */
  quadrants: [string, string, string, string];
  points: QuadrantPoint[];
}) {
  const split = pos(SPLIT);
  const seen = new Map<string, number>();
  const placed = props.points.map((p, i) => {
    // Points on the same spot fan out a little so every number stays readable.
    const spot = `${p.x}/${p.y}`;
    const n = seen.get(spot) ?? 0;
    seen.set(spot, n + 1);
    const angle = n * 1.3;
    const r = n === 0 ? 0 : 14 + 4 * n;
    return { ...p, n: i + 1, cx: pos(p.x) + r * Math.cos(angle), cy: SIZE - pos(p.y) + r * Math.sin(angle) };
  });
  const quadrant = (text: string, x: number, y: number, anchor: 'start' | 'end') => (
    <text x={x} y={y} textAnchor={anchor} fontSize="12" fill="#373a40">
      {text}
    </text>
  );
  return (
    <Box component="figure" m={0}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={props.title} style={{ width: '100%', maxWidth: 420, height: 'auto' }}>
        <rect x={PAD} y={PAD} width={INNER} height={INNER} fill="#f8f9fa" stroke="#495057" />
        <line x1={split} y1={PAD} x2={split} y2={SIZE - PAD} stroke="#868e96" strokeDasharray="4 4" />
        <line x1={PAD} y1={SIZE - split} x2={SIZE - PAD} y2={SIZE - split} stroke="#868e96" strokeDasharray="4 4" />
        {quadrant(props.quadrants[0], PAD + 6, PAD + 16, 'start')}
        {quadrant(props.quadrants[1], SIZE - PAD - 6, PAD + 16, 'end')}
        {quadrant(props.quadrants[2], PAD + 6, SIZE - PAD - 8, 'start')}
        {quadrant(props.quadrants[3], SIZE - PAD - 6, SIZE - PAD - 8, 'end')}
        <text x={SIZE / 2} y={SIZE - 12} textAnchor="middle" fontSize="13" fill="#212529">
          {props.xLabel} →
        </text>
        <text x={16} y={SIZE / 2} textAnchor="middle" fontSize="13" fill="#212529" transform={`rotate(-90 16 ${SIZE / 2})`}>
          {props.yLabel} →
        </text>
        {placed.map((p) => (
          <g key={p.id}>
            <title>{`${p.n}. ${p.label}`}</title>
            <circle cx={p.cx} cy={p.cy} r={11} fill={p.highlighted ? '#1864ab' : '#ffffff'} stroke="#1864ab" strokeWidth={2} />
            <text x={p.cx} y={p.cy + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill={p.highlighted ? '#ffffff' : '#1864ab'}>
              {p.n}
            </text>
          </g>
        ))}
      </svg>
      {placed.length > 0 && (
        <Text component="figcaption" size="sm">
          <List type="ordered" size="sm">
            {placed.map((p) => (
              <List.Item key={p.id}>{p.label}</List.Item>
            ))}
          </List>
        </Text>
      )}
    </Box>
  );
}

import { Box, List, Text } from '@mantine/core';
import { placePoints, POINT_RADIUS as RADIUS, QUADRANT_SIZE as SIZE, quadrantPos } from './quadrantLayout.js';

export interface QuadrantPoint {
  id: string;
  label: string;
  /** 1–5 on each axis. */
  x: number;
  y: number;
  highlighted?: boolean;
}

/** Ratings 4 and 5 count as high: the dividing line lies between 3 and 4. */
const SPLIT = quadrantPos(3.5);
/** Where the dividing line lies, as a share of the box's width (and, from the bottom, its height). */
const SPLIT_SHARE = SPLIT / SIZE;

/**
 * A 2×2 grid (interest/influence, impact/changeability) with numbered points. The numbers are
 * explained in the list below the chart, so the chart never is the only place the data is shown;
 * points on or near one spot move apart (placePoints) so every number stays readable.
 * The quadrants' and axes' names are page text around the drawing, each in its own quadrant's
 * width: they wrap instead of running into each other or into a point.
 */
export function QuadrantChart(props: {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Top-left, top-right, bottom-left, bottom-right. */
  quadrants: [string, string, string, string];
  points: QuadrantPoint[];
}) {
  const placed = placePoints(props.points).map((p, i) => ({ ...p, n: i + 1 }));
  const names = (left: string, right: string) => (
    <Box
      style={{ display: 'grid', gridTemplateColumns: `minmax(0, ${SPLIT_SHARE}fr) minmax(0, ${1 - SPLIT_SHARE}fr)`, columnGap: 8, overflowWrap: 'anywhere' }}
    >
      <Text size="xs">{left}</Text>
      <Text size="xs" ta="right">
        {right}
      </Text>
    </Box>
  );
  return (
    // The numbered list stands beside the chart where there is room, below it on a phone.
    <Box component="figure" m={0} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-lg)', alignItems: 'flex-start' }}>
      <Box style={{ flex: '1 1 280px', maxWidth: 420, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 4, rowGap: 4 }}>
        <span />
        {names(props.quadrants[0], props.quadrants[1])}
        <Text size="sm" ta="center" style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)' }}>
          {props.yLabel} →
        </Text>
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={props.title} style={{ display: 'block', width: '100%', height: 'auto' }}>
          <rect x={0.5} y={0.5} width={SIZE - 1} height={SIZE - 1} fill="#f8f9fa" stroke="#495057" />
          <line x1={SPLIT} y1={0} x2={SPLIT} y2={SIZE} stroke="#868e96" strokeDasharray="4 4" />
          <line x1={0} y1={SIZE - SPLIT} x2={SIZE} y2={SIZE - SPLIT} stroke="#868e96" strokeDasharray="4 4" />
          {placed.map((p) => (
            <g key={p.id}>
              <title>{`${p.n}. ${p.label}`}</title>
              <circle cx={p.cx} cy={p.cy} r={RADIUS} fill={p.highlighted ? '#1864ab' : '#ffffff'} stroke="#1864ab" strokeWidth={2} />
              <text x={p.cx} y={p.cy + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill={p.highlighted ? '#ffffff' : '#1864ab'}>
                {p.n}
              </text>
            </g>
          ))}
        </svg>
        <span />
        {names(props.quadrants[2], props.quadrants[3])}
        <span />
        <Text size="sm" ta="center">
          {props.xLabel} →
        </Text>
      </Box>
      {placed.length > 0 && (
        <Text component="figcaption" size="sm" style={{ flex: '1 1 240px' }}>
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

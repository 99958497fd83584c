import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { dayFromNumber, dayNumber, linearScale, niceTicks, paddedExtent } from '#core/chart/scale.js';

/**
 * Charts for the documents, drawn as SVG and rasterised to PNG (the document model embeds PNG, which
 * Word, LibreOffice and PDF all show). Sizes are in points, like the document model; the PNG has
 * ZOOM pixels per point, sharp enough to print. A chart only repeats what its document also gives
 * as a table and in its alt text: where no font can be found the labels are missing, not the facts.
 */
export interface ChartImage {
  png: Buffer;
  /** Intended size in points; the PNG is ZOOM times as many pixels. */
  width: number;
  height: number;
}

/** 2 pixels per point: about 144 dpi at full text width, clear on paper without heavy files. */
export const ZOOM = 2;

const COLOR = {
  text: '#1a1a1a',
  muted: '#595959',
  grid: '#d9d9d9',
  axis: '#7f7f7f',
  band: '#f3f5f9',
  measured: '#1F3864',
  baseline: '#595959',
  target: '#1b6e2f',
} as const;
const FONT_SIZE = 9;
/** Average glyph width of a sans-serif font at size 1, for laying out labels without measuring them. */
const GLYPH = 0.56;

/**
 * A known sans-serif font file, when the system has one: loading a single file is much faster than
 * scanning every system font per chart. Otherwise resvg looks through the system fonts itself.
 */
const FONT_FILES: readonly [family: string, file: string][] = [
  ['Liberation Sans', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'],
  ['Liberation Sans', '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf'],
  ['DejaVu Sans', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
  ['DejaVu Sans', '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf'],
  ['Arial', '/System/Library/Fonts/Supplemental/Arial.ttf'],
  ['Arial', 'C:\\Windows\\Fonts\\arial.ttf'],
];
const FAMILIES = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

let fontOptions: ResvgRenderOptions['font'] | undefined;
function fonts(): ResvgRenderOptions['font'] {
  if (!fontOptions) {
    const found = FONT_FILES.find(([, file]) => existsSync(file));
    fontOptions = found ? { loadSystemFonts: false, fontFiles: [found[1]], defaultFontFamily: found[0], sansSerifFamily: found[0] } : { loadSystemFonts: true };
  }
  return fontOptions;
}

/** resvg (a native module) loads with the first chart, not at start; synchronously, as charts are drawn. */
let resvg: typeof import('@resvg/resvg-js') | undefined;
const loadResvg = () => (resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

/** Rasterises an SVG (its width and height in points) to a PNG at ZOOM pixels per point. */
export function svgToPng(svg: string): Buffer {
  const { Resvg } = loadResvg();
  return new Resvg(svg, { font: fonts(), fitTo: { mode: 'zoom', value: ZOOM }, background: '#ffffff', logLevel: 'off' }).render().asPng();
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textWidth = (s: string, size = FONT_SIZE) => s.length * size * GLYPH;
const round = (v: number) => Math.round(v * 100) / 100;

function text(x: number, y: number, content: string, options: { anchor?: 'start' | 'middle' | 'end'; color?: string; italic?: boolean; size?: number } = {}) {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size ?? FONT_SIZE}"`,
    `fill="${options.color ?? COLOR.text}"`,
    ...(options.anchor && options.anchor !== 'start' ? [`text-anchor="${options.anchor}"`] : []),
    ...(options.italic ? ['font-style="italic"'] : []),
  ];
  return `<text ${attrs.join(' ')}>${escape(content)}</text>`;
}

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra = '') =>
  `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${stroke}"${extra ? ` ${extra}` : ''}/>`;

const svgDocument = (width: number, height: number, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FAMILIES}">` +
  `<rect width="${width}" height="${height}" fill="#ffffff"/>${body.join('')}</svg>`;

export interface LineChartInput {
  /** The measurements (ISO days), at least one; drawn in date order. */
  points: readonly { date: string; value: number }[];
  /** Horizontal reference lines across the chart, such as the baseline and the target. */
  references: readonly { value: number; label: string; kind: 'baseline' | 'target' }[];
  /** Days the time axis must reach as well, e.g. the target date. */
  extraDays?: readonly string[];
  /** Legend label of the measured line. */
  measuredLabel: string;
  formatDay: (day: string) => string;
  formatValue: (value: number) => string;
}

/** Dash patterns tell the lines apart without colour. */
const DASH = { baseline: '6 4', target: '2 3' } as const;

/** A KPI's measurements over time, with its baseline and target as reference lines. */
export function lineChartSvg(input: LineChartInput): { svg: string; width: number; height: number } {
  const width = 480;
  const height = 250;
  const points = [...input.points].sort((a, b) => a.date.localeCompare(b.date));
  if (points.length === 0) throw new Error('a line chart needs at least one measurement');
  const values = [...points.map((p) => p.value), ...input.references.map((r) => r.value)];
  // A little room above and below, so no line lies on the axis; the axis ends at round ticks.
  const yTicks = niceTicks(...paddedExtent(values, 0.05));
  const yLabels = yTicks.map(input.formatValue);
  const plot = { left: 14 + Math.max(...yLabels.map((l) => textWidth(l))), right: width - 18, top: 34, bottom: height - 30 };

  const days = [...points.map((p) => dayNumber(p.date)), ...(input.extraDays ?? []).map(dayNumber)];
  let [first, last] = [Math.min(...days), Math.max(...days)];
  if (first === last) [first, last] = [first - 7, last + 7];
  const x = linearScale([first, last], [plot.left, plot.right]);
  const y = linearScale([yTicks[0]!, yTicks.at(-1)!], [plot.bottom, plot.top]);

  const body: string[] = [];
  yTicks.forEach((tick, i) => {
    body.push(line(plot.left, y(tick), plot.right, y(tick), COLOR.grid, 'stroke-width="0.5"'));
    body.push(text(plot.left - 6, y(tick) + 3, yLabels[i]!, { anchor: 'end', color: COLOR.muted }));
  });
  body.push(line(plot.left, plot.bottom, plot.right, plot.bottom, COLOR.axis, 'stroke-width="0.75"'));
  const xTickCount = Math.min(5, Math.max(2, Math.round(last - first) + 1));
  for (let i = 0; i < xTickCount; i++) {
    const day = first + ((last - first) * i) / (xTickCount - 1);
    const anchor = i === 0 ? 'start' : i === xTickCount - 1 ? 'end' : 'middle';
    body.push(line(x(day), plot.bottom, x(day), plot.bottom + 4, COLOR.axis, 'stroke-width="0.75"'));
    body.push(text(x(day), plot.bottom + 15, input.formatDay(dayFromNumber(day)), { anchor, color: COLOR.muted }));
  }
  for (const r of input.references) {
    body.push(line(plot.left, y(r.value), plot.right, y(r.value), COLOR[r.kind], `stroke-width="1.25" stroke-dasharray="${DASH[r.kind]}"`));
  }
  const path = points.map((p) => `${round(x(dayNumber(p.date)))},${round(y(p.value))}`).join(' ');
  body.push(`<polyline points="${path}" fill="none" stroke="${COLOR.measured}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const p of points) body.push(`<circle cx="${round(x(dayNumber(p.date)))}" cy="${round(y(p.value))}" r="3" fill="${COLOR.measured}"/>`);

  // The legend names each line in words: the chart does not rely on colour alone.
  let cursor = plot.left;
  const legend = (label: string, stroke: string, style: string) => {
    body.push(line(cursor, 13, cursor + 22, 13, stroke, style));
    body.push(text(cursor + 27, 16, label));
    cursor += 27 + textWidth(label) + 16;
  };
  legend(input.measuredLabel, COLOR.measured, 'stroke-width="2"');
  for (const r of input.references) legend(r.label, COLOR[r.kind], `stroke-width="1.25" stroke-dasharray="${DASH[r.kind]}"`);
  return { svg: svgDocument(width, height, body), width, height };
}

export function lineChart(input: LineChartInput): ChartImage {
  const { svg, width, height } = lineChartSvg(input);
  return { png: svgToPng(svg), width, height };
}

export interface IntervalChartInput {
  /** One row per item: an estimate with its interval, or a note saying why there is none. */
  rows: readonly { label: string; estimate: number | null; interval: [number, number] | null; note?: string }[];
  axisLabel: string;
  formatValue: (value: number) => string;
}

/**
 * Estimates with their intervals around a zero line (a dot-and-whisker chart), one row each: for the
 * change per COM-B factor between the baseline and the follow-up survey.
 */
export function intervalChartSvg(input: IntervalChartInput): { svg: string; width: number; height: number } {
  const width = 480;
  const rowHeight = 24;
  const top = 10;
  const labelWidth = Math.min(200, 12 + Math.max(60, ...input.rows.map((r) => textWidth(r.label))));
  const plot = { left: labelWidth + 8, right: width - 18, top, bottom: top + rowHeight * Math.max(1, input.rows.length) };
  const height = plot.bottom + 42;

  const extent = Math.max(0.5, ...input.rows.flatMap((r) => [...(r.interval ?? []), r.estimate ?? 0].map(Math.abs)));
  const ticks = niceTicks(-extent, extent, 4);
  const x = linearScale([ticks[0]!, ticks.at(-1)!], [plot.left, plot.right]);

  const body: string[] = [];
  input.rows.forEach((r, i) => {
    if (i % 2 === 0) body.push(`<rect x="0" y="${plot.top + i * rowHeight}" width="${width}" height="${rowHeight}" fill="${COLOR.band}"/>`);
  });
  for (const tick of ticks) {
    body.push(line(x(tick), plot.top, x(tick), plot.bottom, tick === 0 ? COLOR.axis : COLOR.grid, `stroke-width="${tick === 0 ? 1 : 0.5}"`));
    body.push(text(x(tick), plot.bottom + 14, input.formatValue(tick), { anchor: 'middle', color: COLOR.muted }));
  }
  body.push(text((plot.left + plot.right) / 2, plot.bottom + 32, input.axisLabel, { anchor: 'middle' }));
  input.rows.forEach((r, i) => {
    const cy = plot.top + i * rowHeight + rowHeight / 2;
    body.push(text(labelWidth, cy + 3, r.label, { anchor: 'end' }));
    if (r.interval) {
      const [a, b] = r.interval.map(x) as [number, number];
      body.push(line(a, cy, b, cy, COLOR.measured, 'stroke-width="1.5"'));
      body.push(line(a, cy - 5, a, cy + 5, COLOR.measured, 'stroke-width="1.5"'));
      body.push(line(b, cy - 5, b, cy + 5, COLOR.measured, 'stroke-width="1.5"'));
    }
    if (r.estimate !== null) body.push(`<circle cx="${round(x(r.estimate))}" cy="${round(cy)}" r="4" fill="${COLOR.measured}"/>`);
    else if (r.note) body.push(text(x(0) + 6, cy + 3, r.note, { color: COLOR.muted, italic: true }));
  });
  return { svg: svgDocument(width, height, body), width, height };
}

export function intervalChart(input: IntervalChartInput): ChartImage {
  const { svg, width, height } = intervalChartSvg(input);
  return { png: svgToPng(svg), width, height };
}

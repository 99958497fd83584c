import { describe, expect, it } from 'vitest';
import { ZOOM, intervalChart, intervalChartSvg, lineChart, lineChartSvg } from '#server/export/chart.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from the IHDR chunk, which always comes first. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const format = { formatDay: (d: string) => d, formatValue: (v: number) => String(v) };

describe('the KPI line chart', () => {
  const input = {
    points: [
      { date: '2027-05-01', value: 19 },
      { date: '2027-03-01', value: 12 },
    ],
    references: [
      { value: 10, label: 'Nulmeting: 10', kind: 'baseline' as const },
      { value: 25, label: 'Doel <25> & meer', kind: 'target' as const },
    ],
    extraDays: ['2027-12-31'],
    measuredLabel: 'Meting',
    ...format,
  };

  it('is a PNG of the intended size at ZOOM pixels per point', () => {
    const chart = lineChart(input);
    expect(chart.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(chart.png)).toEqual({ width: chart.width * ZOOM, height: chart.height * ZOOM });
    expect(chart.png.length).toBeGreaterThan(2_000);
  });

  it('names every line in its legend, with text escaped for SVG', () => {
    const { svg } = lineChartSvg(input);
    expect(svg).toContain('Meting');
    expect(svg).toContain('Nulmeting: 10');
    expect(svg).toContain('Doel &lt;25&gt; &amp; meer');
    expect(svg).toContain('2027-12-31');
    // Two measurements, drawn in date order.
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it('draws a single measurement without references', () => {
    const chart = lineChart({ ...input, points: [{ date: '2027-03-01', value: 0 }], references: [], extraDays: [] });
    expect(chart.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('needs at least one measurement', () => {
    expect(() => lineChart({ ...input, points: [] })).toThrow();
  });
});

describe('the interval chart', () => {
  const input = {
    rows: [
      { label: 'Psychologische capaciteit', estimate: 0.8, interval: [0.4, 1.2] as [number, number] },
      { label: 'Sociale omgeving', estimate: null, interval: null, note: 'Te weinig antwoorden' },
    ],
    axisLabel: 'Verschil in schaalpunten',
    formatValue: String,
  };

  it('is a PNG one row high per item', () => {
    const chart = intervalChart(input);
    expect(chart.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(chart.png)).toEqual({ width: chart.width * ZOOM, height: chart.height * ZOOM });
    const taller = intervalChartSvg({ ...input, rows: [...input.rows, ...input.rows] });
    expect(taller.height).toBeGreaterThan(chart.height);
  });

  it('shows the note where there is no estimate', () => {
    const { svg } = intervalChartSvg(input);
    expect(svg).toContain('Te weinig antwoorden');
    expect(svg).toContain('Verschil in schaalpunten');
    expect(svg.match(/<circle/g)).toHaveLength(1);
  });
});

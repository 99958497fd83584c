import { Box, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { respondentsPerStatement } from '#core/survey/anonymity.js';
import type { FactorScore } from '#core/survey/results.js';
import { numberLocale, useCombText } from '../lib/combText.js';
import { ScrollRegion } from './ScrollRegion.js';

/** Means with one decimal, in the interface language's notation ("3,4" or "3.4"). */
export function useMeanFormat() {
  const { locale } = useCombText();
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return (n: number) => format.format(n);
  }, [locale]);
}

const WIDTH = 640;
const LABEL = 210;
const RIGHT = 48;
const ROW = 34;
const TOP = 8;
const AXIS = 28;

/**
 * Horizontal bars of the mean per factor on the scale 1..scale, with a dotted line at the midpoint.
 * The table below carries the same numbers (and n), so the chart is never the only source. Its
 * scroll region is named by the heading with id `labelledBy` (the survey's results page: its factors
 * section; the masterclass: one per shared survey, so each needs its own).
 */
export function FactorChart({ factors, scale, labelledBy = 'survey-factors-title' }: { factors: FactorScore[]; scale: number; labelledBy?: string }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const format = useMeanFormat();
  const plot = WIDTH - LABEL - RIGHT;
  const x = (v: number) => LABEL + ((v - 1) / (scale - 1)) * plot;
  const height = TOP + factors.length * ROW + AXIS;
  const mid = (scale + 1) / 2;
  const summary = factors.map((f) => t('surveys.results.chartSummary', { factor: factorName(f.factor), mean: format(f.mean) })).join('; ');
  const ticks = Array.from({ length: scale }, (_, i) => i + 1);

  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('surveys.results.chartLabel', { scale, summary })}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} y1={TOP} x2={x(v)} y2={height - AXIS} stroke="#dee2e6" />
            <text x={x(v)} y={height - 8} textAnchor="middle" fontSize="13" fill="#212529">
              {v}
            </text>
          </g>
        ))}
        {factors.map((f, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={f.factor}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="13" fill="#212529">
                {factorName(f.factor)}
              </text>
              <rect x={LABEL} y={y + 6} width={Math.max(0, x(f.mean) - LABEL)} height={ROW - 12} fill="#1971c2" />
            </g>
          );
        })}
        <line x1={x(mid)} y1={TOP} x2={x(mid)} y2={height - AXIS} stroke="#c92a2a" strokeWidth={2} strokeDasharray="5 4" />
        {factors.map((f, i) => (
          // A white outline keeps the value readable where it crosses the midpoint line.
          <text
            key={f.factor}
            x={x(f.mean) + 6}
            y={TOP + i * ROW + ROW / 2 + 4}
            fontSize="13"
            fontWeight="700"
            fill="#212529"
            stroke="#ffffff"
            strokeWidth={4}
            paintOrder="stroke"
          >
            {format(f.mean)}
          </text>
        ))}
      </svg>
      <ScrollRegion labelledBy={labelledBy}>
        <Table striped captionSide="top" miw={360}>
          <Table.Caption>{t('surveys.results.factorsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.mean')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.nPerStatement')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.statements')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {factors.map((f) => (
              <Table.Tr key={f.factor}>
                <Table.Th scope="row">{factorName(f.factor)}</Table.Th>
                <Table.Td>{format(f.mean)}</Table.Td>
                {/* People, not answers: 36 reacties on 2 statements are 72 answers (docs/glossary.md). */}
                <Table.Td>{Math.round(respondentsPerStatement(f.n, f.items))}</Table.Td>
                <Table.Td>{f.items}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Box>
  );
}

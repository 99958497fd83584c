import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inLocale, type SurveyDefinition } from '#core/survey/definition.js';
import type { ItemScore } from '#core/survey/results.js';
import { SCALE_LABELS } from '#content/comb.js';
import { useCombText } from '../../lib/combText.js';
import { useMeanFormat } from '../../components/FactorChart.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

/** From "strongly disagree" (red) through neutral (grey) to "strongly agree" (blue). */
const COLOURS: Record<5 | 7, string[]> = {
  5: ['#c92a2a', '#f08c00', '#adb5bd', '#4dabf7', '#1864ab'],
  7: ['#c92a2a', '#e8590c', '#fab005', '#adb5bd', '#74c0fc', '#339af0', '#1864ab'],
};

/** The spread of one statement's answers as one bar; decorative, the counts stand in the same row. */
function StackedBar({ distribution, scale }: { distribution: number[]; scale: 5 | 7 }) {
  const total = distribution.reduce((a, b) => a + b, 0) || 1;
  let offset = 0;
  return (
    <svg viewBox="0 0 100 12" width={120} height={14} aria-hidden="true" focusable="false">
      {distribution.map((count, i) => {
        const width = (count / total) * 100;
        const x = offset;
        offset += width;
        return width > 0 ? <rect key={i} x={x} y={0} width={width} height={12} fill={COLOURS[scale][i]} stroke="#ffffff" strokeWidth={0.5} /> : null;
      })}
    </svg>
  );
}

/**
 * Per statement: its factor, the mean, how many answered on the scale ("weet ik niet" left out) and
 * how often each point was chosen.
 */
export function ItemResults({ definition, items }: { definition: SurveyDefinition; items: ItemScore[] }) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  const format = useMeanFormat();
  const { scale } = definition;
  const text = new Map(definition.items.map((i) => [i.id, inLocale(i.text, locale)]));
  const points = Array.from({ length: scale }, (_, i) => i + 1);
  const legend = t('surveys.results.scaleLegend', { low: SCALE_LABELS[scale][0]![locale], high: SCALE_LABELS[scale][scale - 1]![locale], scale });

  return (
    <ScrollRegion labelledBy="survey-items-title">
      <Table striped captionSide="top" miw={640}>
        <Table.Caption>{t('surveys.results.itemsCaption', { legend })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={260}>
              {t('surveys.results.statement')}
            </Table.Th>
            <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.mean')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.n')}</Table.Th>
            {points.map((p) => (
              <Table.Th scope="col" key={p} title={SCALE_LABELS[scale][p - 1]![locale]} ta="center">
                <VisuallyHidden>{t('surveys.results.pointHeader', { n: p })}</VisuallyHidden>
                <span aria-hidden="true">{p}</span>
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('surveys.results.distribution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.itemId}>
              <Table.Th scope="row" fw={400}>
                {text.get(item.itemId) ?? item.itemId}
              </Table.Th>
              <Table.Td>{item.factor ? factorName(item.factor) : t('surveys.results.noFactor')}</Table.Td>
              <Table.Td>{item.n > 0 ? format(item.mean) : t('surveys.results.noAnswers')}</Table.Td>
              <Table.Td>{item.n}</Table.Td>
              {points.map((p) => (
                <Table.Td key={p} ta="center">
                  {item.distribution[p - 1] ?? 0}
                </Table.Td>
              ))}
              <Table.Td>
                <StackedBar distribution={item.distribution} scale={scale} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

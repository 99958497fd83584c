import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombFactor } from '#core/comb.js';
import type { QuestionResults } from '#core/survey/results.js';
import { useCombText } from '../lib/combText.js';
import { useMeanFormat } from './FactorChart.js';
import { ScrollRegion } from './ScrollRegion.js';

type Group = QuestionResults['groups'][number];

/**
 * Factor means per group of one grouping question: columns are the groups (only those the server
 * released), rows the group size and then each factor. The survey's own results page and a survey
 * shared with a masterclass name the groups and the caption each in their own words.
 */
export function GroupMeansTable({
  groups,
  factors,
  labelledBy,
  caption,
  groupLabel,
  noScore,
  columnWidth,
  captionAtStart = false,
}: {
  groups: readonly Group[];
  factors: readonly CombFactor[];
  labelledBy: string;
  caption: string;
  groupLabel: (group: Group, index: number) => string;
  /** What a cell says when the group has no mean for the factor. */
  noScore: string;
  columnWidth: number;
  captionAtStart?: boolean;
}) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const format = useMeanFormat();
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <Table striped captionSide="top" miw={200 + groups.length * columnWidth}>
        <Table.Caption style={captionAtStart ? { textAlign: 'start' } : undefined}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
            {groups.map((g, i) => (
              <Table.Th scope="col" key={g.optionId}>
                {groupLabel(g, i)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('surveys.results.groupSize')}</Table.Th>
            {groups.map((g) => (
              <Table.Td key={g.optionId}>{g.n}</Table.Td>
            ))}
          </Table.Tr>
          {factors.map((factor) => (
            <Table.Tr key={factor}>
              <Table.Th scope="row">{factorName(factor)}</Table.Th>
              {groups.map((g) => {
                const score = g.factors.find((f) => f.factor === factor);
                return <Table.Td key={g.optionId}>{score ? format(score.mean) : noScore}</Table.Td>;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

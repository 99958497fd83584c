import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINDING_KIND_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import { FINDING_KINDS, type FindingKind, type Interview } from '#core/research/interviews.js';
import { useCombText } from '../../lib/combText.js';

type Counts = Record<CombFactor, Record<FindingKind, number>>;

/** How many barrier and enabler findings each factor has; a finding with two factors counts for both. */
export function countFindings(interviews: readonly Interview[]): { counts: Counts; uncoded: number } {
  const counts = Object.fromEntries(COMB_FACTORS.map((f) => [f, { barrier: 0, enabler: 0 }])) as Counts;
  let uncoded = 0;
  for (const finding of interviews.flatMap((i) => i.findings)) {
    if (finding.factors.length === 0) uncoded += 1;
    for (const factor of finding.factors) counts[factor][finding.kind] += 1;
  }
  return { counts, uncoded };
}

/** 3.2 e: the findings of all interviews per factor, at a glance. */
export function FindingsOverview({ interviews }: { interviews: readonly Interview[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { factorName } = useCombText();
  const { counts, uncoded } = countFindings(interviews);

  return (
    <section aria-labelledby="findings-overview-title">
      <Title order={3} size="h5" id="findings-overview-title" mb="xs">
        {t('worksheets.research.overviewTitle')}
      </Title>
      <Table.ScrollContainer minWidth={360}>
        <Table striped>
          <Table.Caption>{t('worksheets.research.overviewCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('worksheets.research.factor')}</Table.Th>
              {FINDING_KINDS.map((k) => (
                <Table.Th scope="col" key={k}>
                  {l(FINDING_KIND_LABELS[k])}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COMB_FACTORS.map((f) => (
              <Table.Tr key={f}>
                <Table.Th scope="row" fw={400}>
                  {factorName(f)}
                </Table.Th>
                {FINDING_KINDS.map((k) => (
                  <Table.Td key={k}>{counts[f][k]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {uncoded > 0 && (
        <Text size="sm" mt="xs">
          {t('worksheets.research.uncodedCount', { count: uncoded })}
        </Text>
      )}
    </section>
  );
}

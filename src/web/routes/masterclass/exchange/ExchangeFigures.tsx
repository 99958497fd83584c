import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import { Section } from '#web/components/Section.js';
import { useCombText } from '#web/lib/combText.js';
import type { Exchange } from '#web/queries/masterclass-exchange.queries.js';

/**
 * The cohort's figures per barrier: counts of organisations only, and only from `min` organisations
 * up. A smaller count never reaches the browser (null from the server) and is shown as "fewer than
 * min organisations", never as a number.
 */
export function ExchangeFigures({ figures, min }: { figures: Exchange['figures']; min: number }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const count = (value: number | null) => (value === null ? t('mcExchange.figures.fewer', { min }) : String(value));
  /** In a cell the column names what is counted. */
  const cell = (value: number | null) => (value === null ? t('mcExchange.figures.fewerShort', { min }) : String(value));
  return (
    <Section id="exchange-figures" title={t('mcExchange.figures.title')}>
      <Stack gap="sm">
        <Text size="sm" maw={820}>
          {t('mcExchange.figures.intro', { min })}
        </Text>
        <Text size="sm">{t('mcExchange.figures.total', { value: count(figures.organisations) })}</Text>
        <ScrollRegion labelledBy="exchange-figures-caption">
          <Table striped captionSide="top" maw={760}>
            <Table.Caption id="exchange-figures-caption" style={{ textAlign: 'start' }}>
              {t('mcExchange.figures.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mcExchange.figures.barrier')}</Table.Th>
                <Table.Th scope="col">{t('mcExchange.figures.organisations')}</Table.Th>
                <Table.Th scope="col">{t('mcExchange.figures.measured')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.barriers.map((figure) => (
                <Table.Tr key={figure.barrier}>
                  <Table.Th scope="row" fw={400}>
                    {factorName(figure.barrier)}
                  </Table.Th>
                  <Table.Td>{cell(figure.organisations)}</Table.Td>
                  <Table.Td>{cell(figure.measured)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Stack>
    </Section>
  );
}

import { Accordion, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shareInTime, type MonthFigures } from '#core/breach/statistics.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import { Sparkline } from '../../components/Sparkline.js';
import { numberLocale, useLocale } from '../../lib/combText.js';
import type { BreachFigures as Figures } from '../../queries/dashboard.queries.js';

/** Month names and percentages in the interface language: "mrt. 2026", "87%". */
function useFormats() {
  const locale = useLocale();
  return useMemo(() => {
    const month = new Intl.DateTimeFormat(numberLocale(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
    return { month: (key: string) => month.format(new Date(`${key}-15T12:00:00Z`)), percent: (share: number) => percent.format(share) };
  }, [locale]);
}

/** One figure over the twelve months: its heading, the number, a line of words under it and the months as a sparkline. */
function Figure(props: {
  title: string;
  value: string;
  detail: string;
  points: { date: string; value: number }[];
  span: { from: string; to: string };
  trend: string;
}) {
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h6">
        {props.title}
      </Title>
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Text fz={28} fw={700} lh={1.2}>
          {props.value}
        </Text>
        <Sparkline points={props.points} label={props.trend} span={props.span} />
      </Group>
      <Text size="sm">{props.detail}</Text>
    </Paper>
  );
}

/**
 * The breach register's figures for the organisation (AVG art. 33): reports, the share handled within
 * the 72 hours and AP notifications, per month over the last twelve settled ones. Counts only: nothing
 * of a single breach, no departments, no running clocks (breachPolicy.readFigures).
 */
export function BreachFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormats();
  const captionId = useId();
  const { months, total } = figures;
  const last = months.at(-1)!;
  const point = (m: MonthFigures, value: number) => ({ date: `${m.month}-01`, value });
  const shares = months.flatMap((m) => {
    const share = shareInTime(m);
    return share === null ? [] : [point(m, share)];
  });
  const totalShare = shareInTime(total);
  const span = { from: `${months[0]!.month}-01`, to: `${last.month}-01` };
  const trend = (what: string, values: string[]) =>
    t('dashboard.breaches.trend', { what, from: format.month(months[0]!.month), to: format.month(last.month), values: values.join(', ') });
  const shareCell = (m: MonthFigures) => {
    const share = shareInTime(m);
    return share === null ? '—' : t('dashboard.breaches.shareOf', { share: format.percent(share), inTime: m.inTime, count: m.inTime + m.late });
  };

  return (
    <Section id="breach-figures" title={t('dashboard.breaches.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('dashboard.breaches.intro', { from: format.month(months[0]!.month), to: format.month(last.month) })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Figure
            title={t('dashboard.breaches.reports')}
            value={String(total.reports)}
            detail={t('dashboard.breaches.reportsDetail', { month: format.month(last.month), count: last.reports })}
            points={months.map((m) => point(m, m.reports))}
            span={span}
            trend={trend(
              t('dashboard.breaches.reports'),
              months.map((m) => String(m.reports)),
            )}
          />
          <Figure
            title={t('dashboard.breaches.inTime')}
            value={totalShare === null ? '—' : format.percent(totalShare)}
            detail={
              totalShare === null
                ? t('dashboard.breaches.inTimeNone')
                : t('dashboard.breaches.inTimeOf', { inTime: total.inTime, count: total.inTime + total.late })
            }
            points={shares}
            span={span}
            trend={trend(
              t('dashboard.breaches.inTime'),
              months.map((m) => (shareInTime(m) === null ? '—' : format.percent(shareInTime(m)!))),
            )}
          />
          <Figure
            title={t('dashboard.breaches.apNotified')}
            value={String(total.apNotified)}
            detail={t('dashboard.breaches.apNotifiedDetail')}
            points={months.map((m) => point(m, m.apNotified))}
            span={span}
            trend={trend(
              t('dashboard.breaches.apNotified'),
              months.map((m) => String(m.apNotified)),
            )}
          />
        </SimpleGrid>
        <Accordion variant="separated" order={3}>
          <Accordion.Item value="months">
            <Accordion.Control>{t('dashboard.breaches.perMonth')}</Accordion.Control>
            <Accordion.Panel>
              {/* The table's name stands above its scroll area, so on a phone it wraps instead of being cut off. */}
              <Text size="sm" id={captionId} mb={4}>
                {t('dashboard.breaches.caption')}
              </Text>
              <ScrollRegion labelledBy={captionId}>
                <Table verticalSpacing={4} aria-labelledby={captionId}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('dashboard.breaches.month')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.breaches.reports')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.breaches.inTime')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.breaches.apNotified')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  {/* Each month and its share on one line: on a phone the table scrolls sideways rather than breaking "nov 2026" in two. */}
                  <Table.Tbody style={{ whiteSpace: 'nowrap' }}>
                    {[...months].reverse().map((m) => (
                      <Table.Tr key={m.month}>
                        <Table.Th scope="row" fw={400}>
                          {format.month(m.month)}
                        </Table.Th>
                        <Table.Td>{m.reports}</Table.Td>
                        <Table.Td>{shareCell(m)}</Table.Td>
                        <Table.Td>{m.apNotified}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Section>
  );
}

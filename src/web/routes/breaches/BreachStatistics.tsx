import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KIND_LABELS } from '#content/breach.js';
import type { Count } from '#core/breach/statistics.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import { useBreachLocale } from './format.js';
import { useBreachStatistics } from '../../queries/breaches.queries.js';

/** One count table: a caption, a key column and the counts. */
function CountTable({ caption, keyHeader, rows, label }: { caption: string; keyHeader: string; rows: Count[]; label: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <Table>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{keyHeader}</Table.Th>
          <Table.Th scope="col">{t('breaches.statistics.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{label(r.key)}</Table.Td>
            <Table.Td>{r.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Reports per month, per kind of incident and per department (these monthly counts also feed the KPI in step 6). */
export function BreachStatisticsSection() {
  const { t } = useTranslation();
  const { locale, text } = useBreachLocale();
  const statistics = useBreachStatistics();
  const monthName = (key: string) =>
    new Date(`${key}-15T12:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const data = statistics.data;
  return (
    <Section id="breach-statistics" title={t('breaches.statistics.title')}>
      <ErrorAlert error={statistics.error} />
      <Text size="sm" mb="sm">
        {t('breaches.statistics.intro', { count: data?.total ?? 0 })}
      </Text>
      {data && data.total > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <CountTable caption={t('breaches.statistics.perMonth')} keyHeader={t('breaches.statistics.month')} rows={data.perMonth} label={monthName} />
          <CountTable
            caption={t('breaches.statistics.perKind')}
            keyHeader={t('breaches.columns.kind')}
            rows={data.perKind}
            label={(k) => text(INCIDENT_KIND_LABELS[k as keyof typeof INCIDENT_KIND_LABELS])}
          />
          <CountTable
            caption={t('breaches.statistics.perDepartment')}
            keyHeader={t('breaches.columns.department')}
            rows={data.perDepartment}
            label={(k) => k || t('breaches.noDepartment')}
          />
        </SimpleGrid>
      )}
    </Section>
  );
}

import { Anchor, Box, Button, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BREACH_STATUS_LABELS, INCIDENT_KIND_LABELS } from '#content/breach.js';
import { INCIDENT_KINDS, type IncidentKind } from '#core/breach/report.js';
import { BREACH_STATUSES, type BreachStatus } from '#core/breach/workflow.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { BreachStatisticsSection } from './BreachStatistics.js';
import { DeadlineClock } from './DeadlineClock.js';
import { OpenBreachesPanel } from './OpenBreachesPanel.js';
import { useBreachLocale, useMoment } from './format.js';
import { NO_FILTER, filterQuery, useBreaches, type BreachFilter } from '../../queries/breaches.queries.js';

const PAGE_SIZE = 25;

/** The breach register: every report with its 72-hour clock, filters, statistics and the CSV export. */
export function BreachesPage() {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  const [draft, setDraft] = useState<BreachFilter>(NO_FILTER);
  const [filter, setFilter] = useState<BreachFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const list = useBreaches(filter, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const set = <K extends keyof BreachFilter>(key: K, value: BreachFilter[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setFilter(draft);
  };
  const total = list.data?.total ?? 0;
  const exportQuery = filterQuery(filter).toString();

  return (
    <>
      <PageTitle>{t('breaches.pageTitle')}</PageTitle>
      <Text mb="md">{t('breaches.intro')}</Text>
      <Box mb="lg">
        <OpenBreachesPanel />
      </Box>
      <form onSubmit={apply} aria-label={t('breaches.filters.label')}>
        <Group align="flex-end" mb="md">
          <NativeSelect
            label={t('breaches.filters.status')}
            value={draft.status}
            onChange={(e) => set('status', e.currentTarget.value as BreachStatus | '')}
            data={[{ value: '', label: t('breaches.filters.all') }, ...BREACH_STATUSES.map((s) => ({ value: s, label: text(BREACH_STATUS_LABELS[s]) }))]}
          />
          <NativeSelect
            label={t('breaches.filters.kind')}
            value={draft.kind}
            onChange={(e) => set('kind', e.currentTarget.value as IncidentKind | '')}
            data={[{ value: '', label: t('breaches.filters.all') }, ...INCIDENT_KINDS.map((k) => ({ value: k, label: text(INCIDENT_KIND_LABELS[k]) }))]}
          />
          <TextInput label={t('breaches.filters.department')} value={draft.department} onChange={(e) => set('department', e.currentTarget.value)} />
          <TextInput type="month" label={t('breaches.filters.from')} value={draft.from} onChange={(e) => set('from', e.currentTarget.value)} />
          <TextInput type="month" label={t('breaches.filters.to')} value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} />
          <Checkbox label={t('breaches.filters.overdue')} checked={draft.overdue} onChange={(e) => set('overdue', e.currentTarget.checked)} mb={8} />
          <Button type="submit">{t('breaches.filters.apply')}</Button>
        </Group>
      </form>
      <ErrorAlert error={list.error} />
      <Group justify="space-between" mb="xs">
        <Text size="sm" role="status">
          {t('breaches.count', { count: total })}
        </Text>
        <Anchor href={`/api/breaches/export.csv${exportQuery ? `?${exportQuery}` : ''}`} download>
          {t('breaches.exportCsv')}
        </Anchor>
      </Group>
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Caption>{t('breaches.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('breaches.columns.reference')}</Table.Th>
              <Table.Th scope="col">{t('breaches.columns.reportedAt')}</Table.Th>
              <Table.Th scope="col">{t('breaches.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('breaches.columns.department')}</Table.Th>
              <Table.Th scope="col">{t('breaches.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('breaches.columns.clock')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.breaches.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/breaches/${b.id}`}>
                    {b.reference}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('breaches.publicReference', { reference: b.publicReference })}
                  </Text>
                </Table.Td>
                <Table.Td>{moment(b.reportedAt)}</Table.Td>
                <Table.Td>{text(INCIDENT_KIND_LABELS[b.kind])}</Table.Td>
                <Table.Td>{b.department || t('breaches.noDepartment')}</Table.Td>
                <Table.Td>{text(BREACH_STATUS_LABELS[b.status])}</Table.Td>
                <Table.Td>
                  <DeadlineClock clock={b.deadline} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE_SIZE && (
        <Pagination
          mt="md"
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`breaches.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('breaches.pageN', { page: p }) })}
        />
      )}
      <Stack mt="xl">
        <BreachStatisticsSection />
      </Stack>
    </>
  );
}

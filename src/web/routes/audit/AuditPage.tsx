import { Button, Code, Group, NativeSelect, Pagination, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLog } from '#contract/audit.js';
import { AUDIT_ENTITIES } from '#core/audit-entities.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { get } from '../../lib/api.js';

const PAGE_SIZE = 50;
const EMPTY_FILTER = { action: '', entity: '', from: '', to: '' };
/** "Until" includes the chosen day; the API's bound is exclusive. */
const dayAfter = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(EMPTY_FILTER);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [page, setPage] = useState(1);
  const params = new URLSearchParams({ offset: String((page - 1) * PAGE_SIZE), limit: String(PAGE_SIZE) });
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, k === 'to' ? dayAfter(v) : v);
  const audit = useQuery({
    queryKey: ['audit', params.toString()],
    queryFn: () => get<AuditLog>(`/api/audit?${params}`),
    placeholderData: keepPreviousData,
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setFilter(draft);
  };
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <>
      <PageTitle>{t('audit.pageTitle')}</PageTitle>
      <Text mb="md">{t('audit.intro')}</Text>
      <form onSubmit={apply} aria-label={t('audit.filters')}>
        <Group align="flex-end" mb="md">
          <TextInput
            label={t('audit.action')}
            description={t('audit.actionHint')}
            value={draft.action}
            onChange={(e) => set('action')(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('audit.entity')}
            value={draft.entity}
            onChange={(e) => set('entity')(e.currentTarget.value)}
            data={[{ value: '', label: t('audit.allEntities') }, ...AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))]}
          />
          <TextInput type="date" label={t('audit.from')} value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput type="date" label={t('audit.to')} value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} />
          <Button type="submit">{t('audit.apply')}</Button>
        </Group>
      </form>
      <ErrorAlert error={audit.error} />
      <Text size="sm" mb="xs" role="status">
        {t('audit.count', { count: audit.data?.total ?? 0 })}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t('audit.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.when')}</Table.Th>
              <Table.Th scope="col">{t('audit.who')}</Table.Th>
              <Table.Th scope="col">{t('audit.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{new Date(e.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')}</Table.Td>
                <Table.Td>{e.actorName}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {(e.before != null || e.after != null) && (
                    <details>
                      <summary>{t('audit.showChange', { entity: t(`audit.entities.${e.entity}`, { defaultValue: e.entity }) })}</summary>
                      <Code block>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</Code>
                    </details>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(audit.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          mt="md"
          total={Math.ceil((audit.data?.total ?? 0) / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`audit.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('audit.pageN', { page: p }) })}
        />
      )}
    </>
  );
}

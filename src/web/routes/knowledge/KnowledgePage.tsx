import { Badge, Button, Center, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useProgrammes } from '../programmes/queries.js';
import { CheckBuilder } from './CheckBuilder.js';
import { CheckDistribution } from './CheckDistribution.js';
import { CheckResults } from './CheckResults.js';
import { useChecks, useDeleteCheck, useOpenCheck, type KnowledgeCheck } from './queries.js';

type View = { kind: 'new' } | { kind: 'edit' | 'distribute' | 'results'; id: string } | null;

/** The organisation's knowledge checks for staff: build one from the scenario set, share it, read the results. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const checks = useChecks();
  const [view, setView] = useState<View>(null);
  const canManage = checks.data?.canManage ?? false;
  const list = checks.data?.checks;
  const selected = view && view.kind !== 'new' ? list?.find((c) => c.id === view.id) : undefined;

  return (
    <Stack gap="md">
      <PageTitle>{t('knowledge.title')}</PageTitle>
      <Text maw={820}>{t('knowledge.intro')}</Text>
      {checks.data && !canManage && <Text size="sm">{t('knowledge.readOnly')}</Text>}
      {checks.isPending && (
        <Center>
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      <ErrorAlert error={checks.error} />
      {list && list.length === 0 && <Text size="sm">{t('knowledge.empty')}</Text>}
      {list && list.length > 0 && <CheckTable checks={list} canManage={canManage} onView={setView} />}
      {canManage && view?.kind !== 'new' && (
        <Group>
          <Button onClick={() => setView({ kind: 'new' })}>{t('knowledge.new')}</Button>
        </Group>
      )}
      {view?.kind === 'new' && <CheckBuilder check={null} onDone={() => setView(null)} />}
      {view?.kind === 'edit' && selected?.status === 'draft' && <CheckBuilder key={selected.id} check={selected} onDone={() => setView(null)} />}
      {view?.kind === 'distribute' && selected?.status === 'open' && <CheckDistribution check={selected} canManage={canManage} />}
      {/* After closing, the check's own view switches to its results. */}
      {selected?.status === 'closed' && view?.kind !== 'edit' && <CheckResults key={selected.id} check={selected} />}
    </Stack>
  );
}

function CheckTable({ checks, canManage, onView }: { checks: KnowledgeCheck[]; canManage: boolean; onView: (view: View) => void }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const open = useOpenCheck();
  const remove = useDeleteCheck();
  const named = (action: string, c: KnowledgeCheck) => t('knowledge.actionFor', { action, title: c.title });
  const programmeTitle = (id: string | null) => (id === null ? t('knowledge.noProgramme') : (programmes.data?.find((p) => p.id === id)?.title ?? '–'));

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped captionSide="top">
          <Table.Caption>{t('knowledge.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('knowledge.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('knowledge.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('knowledge.columns.programme')}</Table.Th>
              <Table.Th scope="col">{t('knowledge.columns.responses')}</Table.Th>
              <Table.Th scope="col">{t('knowledge.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checks.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={500}>
                  {c.title}
                </Table.Th>
                <Table.Td>
                  <Badge color="dark" variant="outline">
                    {t(`knowledge.status.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{programmeTitle(c.programmeId)}</Table.Td>
                <Table.Td>{c.responses}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {c.status === 'draft' && canManage && (
                      <>
                        <Button size="xs" variant="default" aria-label={named(t('knowledge.actions.edit'), c)} onClick={() => onView({ kind: 'edit', id: c.id })}>
                          {t('knowledge.actions.edit')}
                        </Button>
                        <ConfirmButton
                          size="xs"
                          label={t('knowledge.actions.open')}
                          ariaLabel={named(t('knowledge.actions.open'), c)}
                          title={t('knowledge.confirmOpen.title')}
                          text={t('knowledge.confirmOpen.text')}
                          confirmLabel={t('knowledge.confirmOpen.confirm')}
                          onConfirm={async () => {
                            await open.mutateAsync(c.id);
                            onView({ kind: 'distribute', id: c.id });
                          }}
                        />
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          color="red"
                          label={t('knowledge.actions.delete')}
                          ariaLabel={named(t('knowledge.actions.delete'), c)}
                          title={t('knowledge.confirmDelete.title')}
                          text={t('knowledge.confirmDelete.text', { title: c.title })}
                          confirmLabel={t('knowledge.confirmDelete.confirm')}
                          onConfirm={async () => {
                            await remove.mutateAsync(c.id);
                            onView(null);
                          }}
                        />
                      </>
                    )}
                    {c.status === 'open' && (
                      <Button size="xs" variant="default" aria-label={named(t('knowledge.actions.distribute'), c)} onClick={() => onView({ kind: 'distribute', id: c.id })}>
                        {t('knowledge.actions.distribute')}
                      </Button>
                    )}
                    {c.status === 'closed' && (
                      <Button size="xs" variant="default" aria-label={named(t('knowledge.actions.results'), c)} onClick={() => onView({ kind: 'results', id: c.id })}>
                        {t('knowledge.actions.results')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={open.error ?? remove.error} />
    </>
  );
}

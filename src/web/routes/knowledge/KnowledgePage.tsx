import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnswerRoundTable, useRoundView } from '../../components/AnswerRoundTable.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useProgrammes } from '../../queries/programmes.queries.js';
import { CheckBuilder } from './CheckBuilder.js';
import { CheckDistribution } from './CheckDistribution.js';
import { CheckResults } from './CheckResults.js';
import { useChecks, useDeleteCheck, useOpenCheck } from '../../queries/knowledge.queries.js';

/** The organisation's knowledge checks for staff: build one from the scenario set, share it, read the results. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const checks = useChecks();
  const programmes = useProgrammes();
  const open = useOpenCheck();
  const remove = useDeleteCheck();
  const canManage = checks.data?.canManage ?? false;
  const list = checks.data?.checks;
  const { view, setView, selected } = useRoundView(list);
  const programmeColumn = {
    header: t('knowledge.columns.programme'),
    cell: ({ programmeId }: { programmeId: string | null }) =>
      programmeId === null ? t('knowledge.noProgramme') : (programmes.data?.find((p) => p.id === programmeId)?.title ?? '–'),
  };

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
      {list && list.length > 0 && (
        <AnswerRoundTable texts="knowledge" rounds={list} canManage={canManage} onView={setView} open={open} remove={remove} extraColumn={programmeColumn} />
      )}
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

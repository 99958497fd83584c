import { Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { ProgrammeDetail } from '../navigator/queries.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { useDeleteSurvey, useOpenSurvey, useSurveys, type Survey, type SurveyStatus } from './queries.js';
import { SurveyBuilder } from './SurveyBuilder.js';
import { SurveyDistribution } from './SurveyDistribution.js';
import { SurveyResults } from './SurveyResults.js';

type View = { kind: 'new' } | { kind: 'edit' | 'distribute' | 'results'; id: string } | null;

const STATUS_COLOURS: Record<SurveyStatus, string> = { draft: 'gray', open: 'green', closed: 'blue' };

/** Sub-step 3.3: the programme's staff surveys, and building, distributing or reading one of them. */
export function SurveysPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const surveys = useSurveys(programme.id);
  const [view, setView] = useState<View>(null);
  const canWork = programme.permissions.work;
  const selected = view && view.kind !== 'new' ? surveys.data?.find((s) => s.id === view.id) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="surveys-title">
      <Title order={2} size="h4" id="surveys-title" mb="xs">
        {t('surveys.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm">{t('surveys.intro')}</Text>
        {!canWork && <Text size="sm">{t('surveys.readOnly')}</Text>}
        {surveys.isPending && <Center><Loader aria-label={t('common.loading')} /></Center>}
        <ErrorAlert error={surveys.error} />
        {surveys.data && surveys.data.length === 0 && <Text size="sm">{t('surveys.empty')}</Text>}
        {surveys.data && surveys.data.length > 0 && (
          <SurveyTable programmeId={programme.id} surveys={surveys.data} canWork={canWork} onView={setView} />
        )}
        {canWork && view?.kind !== 'new' && (
          <Group>
            <Button onClick={() => setView({ kind: 'new' })}>{t('surveys.new')}</Button>
          </Group>
        )}
        {view?.kind === 'new' && <SurveyBuilder programme={programme} survey={null} onDone={() => setView(null)} />}
        {view?.kind === 'edit' && selected?.status === 'draft' && (
          <SurveyBuilder key={selected.id} programme={programme} survey={selected} onDone={() => setView(null)} />
        )}
        {view?.kind === 'distribute' && selected?.status === 'open' && <SurveyDistribution programmeId={programme.id} survey={selected} canWork={canWork} />}
        {/* After closing, the survey's own view switches to its results. */}
        {selected && selected.status === 'closed' && view?.kind !== 'edit' && <SurveyResults key={selected.id} programmeId={programme.id} survey={selected} />}
      </Stack>
    </Paper>
  );
}

function SurveyTable(props: { programmeId: string; surveys: Survey[]; canWork: boolean; onView: (view: View) => void }) {
  const { t } = useTranslation();
  const open = useOpenSurvey(props.programmeId);
  const remove = useDeleteSurvey(props.programmeId);
  const { canWork, onView } = props;
  const named = (action: string, s: Survey) => t('surveys.actionFor', { action, title: s.title });

  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table striped captionSide="top">
          <Table.Caption>{t('surveys.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.responses')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.surveys.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" fw={500}>
                  {s.title}
                </Table.Th>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[s.status]} variant="dot">
                    {t(`surveys.status.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{s.responses}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {s.status === 'draft' && canWork && (
                      <>
                        <Button size="xs" variant="default" aria-label={named(t('surveys.actions.edit'), s)} onClick={() => onView({ kind: 'edit', id: s.id })}>
                          {t('surveys.actions.edit')}
                        </Button>
                        <ConfirmButton
                          size="xs"
                          label={t('surveys.actions.open')}
                          ariaLabel={named(t('surveys.actions.open'), s)}
                          title={t('surveys.confirmOpen.title')}
                          text={t('surveys.confirmOpen.text')}
                          confirmLabel={t('surveys.confirmOpen.confirm')}
                          onConfirm={async () => {
                            await open.mutateAsync(s.id);
                            onView({ kind: 'distribute', id: s.id });
                          }}
                        />
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          color="red"
                          label={t('surveys.actions.delete')}
                          ariaLabel={named(t('surveys.actions.delete'), s)}
                          title={t('surveys.confirmDelete.title')}
                          text={t('surveys.confirmDelete.text', { title: s.title })}
                          confirmLabel={t('surveys.confirmDelete.confirm')}
                          onConfirm={async () => {
                            await remove.mutateAsync(s.id);
                            onView(null);
                          }}
                        />
                      </>
                    )}
                    {s.status === 'open' && (
                      <Button size="xs" variant="default" aria-label={named(t('surveys.actions.distribute'), s)} onClick={() => onView({ kind: 'distribute', id: s.id })}>
                        {t('surveys.actions.distribute')}
                      </Button>
                    )}
                    {s.status === 'closed' && (
                      <Button size="xs" variant="default" aria-label={named(t('surveys.actions.results'), s)} onClick={() => onView({ kind: 'results', id: s.id })}>
                        {t('surveys.actions.results')}
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

import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnswerRoundTable, useRoundView } from '../../components/AnswerRoundTable.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useDeleteSurvey, useOpenSurvey, useSurveys } from '../../queries/surveys.queries.js';
import { SurveyBuilder } from './SurveyBuilder.js';
import { SurveyDistribution } from './SurveyDistribution.js';
import { SurveyPreviewButton } from './SurveyPreview.js';
import { SurveyResults } from './SurveyResults.js';

/** Sub-step 3.3: the programme's staff surveys, and building, distributing or reading one of them. */
export function SurveysPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const surveys = useSurveys(programme.id);
  const open = useOpenSurvey(programme.id);
  const remove = useDeleteSurvey(programme.id);
  const { view, setView, selected } = useRoundView(surveys.data);
  const canWork = programme.permissions.work;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="surveys-title">
      <Title order={2} size="h4" id="surveys-title" mb="xs">
        {t('surveys.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm">{t('surveys.intro')}</Text>
        {!canWork && <Text size="sm">{t('surveys.readOnly')}</Text>}
        {surveys.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={surveys.error} />
        {surveys.data && surveys.data.length === 0 && <Text size="sm">{t('surveys.empty')}</Text>}
        {surveys.data && surveys.data.length > 0 && (
          <AnswerRoundTable
            texts="surveys"
            rounds={surveys.data}
            canManage={canWork}
            onView={setView}
            open={open}
            remove={remove}
            extraAction={(s) => s.status !== 'closed' && <SurveyPreviewButton programmeId={programme.id} survey={s} />}
          />
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

import { Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatAnswerCount } from '../../lib/live-count.js';
import { FactorChart, useMeanFormat } from '../../components/FactorChart.js';
import { GroupResults } from './GroupResults.js';
import { ItemResults } from './ItemResults.js';
import { surveyPath, useSurveyResults, type Survey } from '../../queries/surveys.queries.js';

/**
 * A survey's results: per factor, per statement and per group. Shown only once the survey is
 * closed, and only where enough people answered (the server leaves out the rest).
 */
export function SurveyResults({ programmeId, survey }: { programmeId: string; survey: Survey }) {
  const { t } = useTranslation();
  const results = useSurveyResults(programmeId, survey.id);
  const format = useMeanFormat();
  const data = results.data;
  const { definition } = survey;
  // The margin of a statement most answered on the scale: one most answered "weet ik niet" would overstate it.
  const mostAnswered = data?.available ? data.overall?.items.reduce((a, b) => (b.n > a.n ? b : a)) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="survey-results-title">
      <Title order={3} size="h4" id="survey-results-title" mb="sm">
        {t('surveys.results.title', { title: survey.title })}
      </Title>
      {results.isPending && (
        <Center>
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      <ErrorAlert error={results.error} />
      {data && !data.available && (
        <Text>{t('surveys.results.notYetRounded', { count: formatAnswerCount(t, { ...data, minGroupSize: survey.minGroupSize }) })}</Text>
      )}
      {data?.available && (
        <Stack gap="md">
          <div>
            <Text>{t('surveys.results.responses', { count: data.responses })}</Text>
            <Text size="sm">{t('surveys.results.minGroup', { n: data.minGroupSize })}</Text>
            {data.epsilon !== null && data.overall && (
              <Text size="sm" mt="xs">
                {t('surveys.results.privacyNoise', { epsilon: data.epsilon, margin: format(2 * (mostAnswered?.noiseSd ?? 0)) })}
              </Text>
            )}
          </div>
          {data.overall === null ? (
            <Text fw={700}>{t('surveys.results.tooFew', { n: data.minGroupSize })}</Text>
          ) : (
            <>
              {/* No name here: the server names the file after the survey. */}
              <Anchor href={`${surveyPath(programmeId, survey.id)}/results.csv`} download>
                {t('surveys.results.csv')}
              </Anchor>
              {data.overall.factors.length > 0 && (
                <section aria-labelledby="survey-factors-title">
                  <Title order={4} size="h5" id="survey-factors-title" mb={4}>
                    {t('surveys.results.factorsTitle')}
                  </Title>
                  <Text size="sm" mb="xs">
                    {t('surveys.results.factorsIntro', { scale: definition.scale, mid: format((definition.scale + 1) / 2) })}
                  </Text>
                  <FactorChart factors={data.overall.factors} scale={definition.scale} />
                </section>
              )}
              <section aria-labelledby="survey-items-title">
                <Title order={4} size="h5" id="survey-items-title" mb="xs">
                  {t('surveys.results.itemsTitle')}
                </Title>
                <ItemResults definition={definition} items={data.overall.items} />
              </section>
              <GroupResults definition={definition} questions={data.questions} />
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}

import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ShareLink } from '../../components/ShareLink.js';
import { formatAnswerCount } from '../../lib/live-count.js';
import { InvitationForm } from './InvitationForm.js';
import { surveyPath, useCloseSurvey, type Survey } from '../../queries/surveys.queries.js';

/**
 * An open survey: the public link and QR code, e-mail invitations and, for the team, closing it.
 * Results wait for the close, so nobody can watch them change answer by answer.
 */
export function SurveyDistribution({ programmeId, survey, canWork }: { programmeId: string; survey: Survey; canWork: boolean }) {
  const { t } = useTranslation();
  const close = useCloseSurvey(programmeId);
  const link = `${window.location.origin}/s/${survey.publicSlug}`;
  const base = surveyPath(programmeId, survey.id);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="survey-distribution-title">
      <Title order={3} size="h4" id="survey-distribution-title" mb="sm">
        {t('surveys.distribution.title', { title: survey.title })}
      </Title>
      <Stack gap="md">
        <div>
          <Text>{t('surveys.results.notYetRounded', { count: formatAnswerCount(t, survey) })}</Text>
          <Text size="sm">{t('common.liveCount.note')}</Text>
          {survey.minGroupSize !== null && <Text size="sm">{t('surveys.distribution.minGroupFixed', { n: survey.minGroupSize })}</Text>}
          {survey.invited > 0 && <Text size="sm">{t('surveys.distribution.invitationsSent', { invited: survey.invited })}</Text>}
        </div>

        <section aria-labelledby="survey-link-title">
          <Title order={4} size="h5" id="survey-link-title" mb={4}>
            {t('surveys.distribution.linkTitle')}
          </Title>
          {survey.linkEnabled ? (
            <Stack gap="xs">
              <Text size="sm">{t('surveys.distribution.linkHint')}</Text>
              <ShareLink link={link} qr={`${base}/qr`} texts="surveys.distribution" />
            </Stack>
          ) : (
            <Text size="sm">{t('surveys.distribution.linkInviteOnly')}</Text>
          )}
        </section>

        {canWork && (
          <>
            <Divider />
            <InvitationForm programmeId={programmeId} surveyId={survey.id} />
            <Divider />
            <section aria-labelledby="survey-close-title">
              <Title order={4} size="h5" id="survey-close-title" mb={4}>
                {t('surveys.distribution.closeTitle')}
              </Title>
              <Text size="sm" mb="xs">
                {t('surveys.distribution.closeIntro')}
              </Text>
              <ErrorAlert error={close.error} />
              <ConfirmButton
                label={t('surveys.distribution.close')}
                title={t('surveys.distribution.confirmClose.title')}
                text={t('surveys.distribution.confirmClose.text')}
                confirmLabel={t('surveys.distribution.confirmClose.confirm')}
                color="red"
                onConfirm={() => close.mutateAsync(survey.id)}
              />
            </section>
          </>
        )}
      </Stack>
    </Paper>
  );
}

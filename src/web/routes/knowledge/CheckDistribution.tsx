import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { formatAnswerCount } from '../../lib/live-count.js';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ShareLink } from '../../components/ShareLink.js';
import { checkPath, useCloseCheck, type KnowledgeCheck } from '../../queries/knowledge.queries.js';

/** An open check: its public link and QR code and, for the team, closing it. Results wait for the close. */
export function CheckDistribution({ check, canManage }: { check: KnowledgeCheck; canManage: boolean }) {
  const { t } = useTranslation();
  const close = useCloseCheck();
  const link = `${window.location.origin}/k/${check.publicSlug}`;
  const qr = `${checkPath(check.id)}/qr`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-distribution-title">
      <Title order={2} size="h4" id="check-distribution-title" mb="sm">
        {t('knowledge.distribution.title', { title: check.title })}
      </Title>
      <Stack gap="md">
        <div>
          <Text>{t('knowledge.distribution.responsesRounded', { count: formatAnswerCount(t, check) })}</Text>
          <Text size="sm">{t('common.liveCount.note')}</Text>
        </div>
        <Text size="sm">{t('knowledge.distribution.linkHint')}</Text>
        <ShareLink link={link} qr={qr} texts="knowledge.distribution" />
        {canManage && (
          <>
            <Divider />
            <section aria-labelledby="check-close-title">
              <Title order={3} size="h5" id="check-close-title" mb={4}>
                {t('knowledge.distribution.closeTitle')}
              </Title>
              <Text size="sm" mb="xs">
                {t('knowledge.distribution.closeIntro')}
              </Text>
              <ErrorAlert error={close.error} />
              <ConfirmButton
                label={t('knowledge.distribution.close')}
                title={t('knowledge.distribution.confirmClose.title')}
                text={t('knowledge.distribution.confirmClose.text')}
                confirmLabel={t('knowledge.distribution.confirmClose.confirm')}
                color="red"
                onConfirm={() => close.mutateAsync(check.id)}
              />
            </section>
          </>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TestMailSent } from '#contract/operations.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { post } from '../../lib/api.js';

/** Lets an administrator mail themselves to see that the installation's mail works (or why not). */
export function MailCheck() {
  const { t } = useTranslation();
  // Sending a test saves nothing; the page says where it went.
  const send = useMutation({ mutationFn: () => post<TestMailSent>('/api/mail/test', {}), meta: { feedback: false } });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-check-title" style={{ maxWidth: 560 }}>
      <Title order={2} size="h4" id="mail-check-title" mb="xs">
        {t('settings.mailCheck.title')}
      </Title>
      <Stack>
        <Text size="sm">{t('settings.mailCheck.intro')}</Text>
        <ErrorAlert error={send.error} />
        {send.data && (
          <Alert color="green" role="status">
            {t('settings.mailCheck.sent', { email: send.data.sentTo })}
          </Alert>
        )}
        <Button variant="default" loading={send.isPending} onClick={() => send.mutate()} style={{ alignSelf: 'flex-start' }}>
          {t('settings.mailCheck.send')}
        </Button>
      </Stack>
    </Paper>
  );
}

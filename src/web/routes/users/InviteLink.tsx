import { Alert, Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A one-time link, shown once, for the admin to pass on. */
export function InviteLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t('users.linkTitle')} mb="md">
      <Stack gap="xs">
        <Text size="sm">{t('users.linkExplain')}</Text>
        {/* A block of code keeps its line whole; the link must wrap to fit a phone. */}
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {url}
        </Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? t('common.copied') : t('users.copyLink')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

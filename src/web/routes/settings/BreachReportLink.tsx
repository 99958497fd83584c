import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareLink } from '../../components/ShareLink.js';
import { post } from '../../lib/api.js';

const QR = '/api/organisation/breach-report/qr';

/**
 * The staff's link to report a data breach, to put on the intranet, and its QR code for a poster
 * at the nurses' station; `children` holds the setting that goes with it.
 */
export function BreachReportLink({ url, children }: { url: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="breach-report-title">
      <Title order={2} size="h4" id="breach-report-title" mb="xs">
        {t('settings.breachReport.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('settings.breachReport.intro')}</Text>
        {/* Each copy or download is recorded for the first-run checklist; a failed record does not stop the download. */}
        <ShareLink
          link={url}
          qr={QR}
          texts="settings.breachReport"
          onShare={(how) => void post('/api/organisation/breach-report/shared', { how }).catch(() => undefined)}
        />
        {children}
      </Stack>
    </Paper>
  );
}

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shows what went wrong; API errors arrive already in the user's language. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t('common.error')} role="alert" mb="md">
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}

import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A named spinner while data or code loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center>
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

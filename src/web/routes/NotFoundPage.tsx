import { Anchor, Text } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('common.notFoundTitle')}</PageTitle>
      <Text mb="md">{t('common.notFoundText')}</Text>
      <Anchor component={Link} to="/programmes">
        {t('common.toHome')}
      </Anchor>
    </>
  );
}

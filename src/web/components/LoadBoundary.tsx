import { Alert, Button, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Pages, forms and texts load when first opened (issue 18, weight). When one cannot load (the
 * connection dropped, or a new version replaced the files an open tab knows), the part it was for
 * says so and offers a reload, instead of leaving the screen blank. main.tsx reloads once by itself
 * first ('vite:preloadError').
 */
export class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('common.error')} role="alert" m="md">
      <Text mb="sm">{t('common.loadFailed')}</Text>
      <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
    </Alert>
  );
}

import { Button, CopyButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard; `what` names it for screen readers ("Kopieer: Naam organisatie"). */
export function CopyText({ value, what }: { value: string; what: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="compact-xs" variant="outline" onClick={copy} aria-label={t('breaches.copyWhat', { what })}>
          {copied ? t('breaches.copied') : t('breaches.copy')}
        </Button>
      )}
    </CopyButton>
  );
}

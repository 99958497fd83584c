import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Lets a button with a long label wrap on a phone instead of cutting the label off. */
export const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 4 },
  label: { whiteSpace: 'normal' as const, textAlign: 'left' as const, lineHeight: 1.3 },
};

/**
 * Removes one row of a worksheet. It says "Remove" and, to screen readers, which row: the row's
 * name starts its accessible name, so voice control ("click Remove") still finds it.
 */
export function RemoveRowButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      color="red"
      size="xs"
      mb={4}
      onClick={onRemove}
      aria-label={t('worksheets.removeRow', { name: name.trim() || t('worksheets.unnamed') })}
    >
      {t('worksheets.remove')}
    </Button>
  );
}

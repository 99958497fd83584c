import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Overdue in words, not only in colour; the theme's error red keeps white text above 4.5:1. As written, not in capitals. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="#c92a2a" variant="filled" tt="none" style={{ flexShrink: 0 }}>
      {t('execution.actions.overdue')}
    </Badge>
  );
}

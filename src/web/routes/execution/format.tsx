import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A calendar day in the interface language, e.g. "3 mrt. 2026". */
export function useDay() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Overdue in words, not only in colour; the theme's error red keeps white text above 4.5:1. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="#c92a2a" variant="filled" style={{ flexShrink: 0 }}>
      {t('execution.actions.overdue')}
    </Badge>
  );
}

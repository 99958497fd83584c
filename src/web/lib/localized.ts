import { useTranslation } from 'react-i18next';
import { isLocale, type LocalizedText } from '../../core/locale.js';

/** Picks the current interface language from content that exists in every language. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return (text: LocalizedText) => text[locale];
}

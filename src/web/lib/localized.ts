import { useTranslation } from 'react-i18next';
import { isLocale, type LocalizedText } from '#core/locale.js';
import { CARE_RECIPIENT, DEFAULT_SECTOR, inSector, type CareRecipient, type Sector } from '#core/sector.js';
import { useSession } from './session.js';

/** The logged-in organisation's sector; before login, the default. */
export function useSector(): Sector {
  const session = useSession();
  return session.data?.authenticated ? session.data.organisation.sector : DEFAULT_SECTOR;
}

/**
 * The `t` option that picks a text's variant in the organisation's word (`…_client`). Optional in its
 * type: a text without that variant falls back to its plain key, which i18next's types do not know.
 */
export function useCareContext(): { context?: CareRecipient } {
  return { context: CARE_RECIPIENT[useSector()] };
}

/**
 * Picks the current interface language from content that exists in every language, with the
 * organisation's word for whom it cares for in place of {patiënt}/{patient} (src/core/sector.ts).
 */
export function useLocalized() {
  const { i18n } = useTranslation();
  const sector = useSector();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return (text: LocalizedText) => inSector(text[locale], sector);
}

import { useTranslation } from 'react-i18next';
import type { CombFactor, TdfDomain } from '#core/comb.js';
import { isLocale, type Locale } from '#core/locale.js';
import { COMB_FACTOR_TEXT, TDF_DOMAIN_TEXT } from '#content/comb.js';

/** The interface language as a content locale (Dutch when unknown). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'nl';
}

/** A COM-B factor's or TDF domain's name and "what to look for" in the interface language. */
export function useCombText() {
  const locale = useLocale();
  return {
    locale,
    factorName: (f: CombFactor) => COMB_FACTOR_TEXT[f].name[locale],
    lookFor: (f: CombFactor) => COMB_FACTOR_TEXT[f].lookFor[locale],
    tdfName: (d: TdfDomain) => TDF_DOMAIN_TEXT[d].name[locale],
    tdfLookFor: (d: TdfDomain) => TDF_DOMAIN_TEXT[d].lookFor[locale],
  };
}

/** Numbers in the interface language's notation ("2,4" in Dutch, "2.4" in English). */
export const numberLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

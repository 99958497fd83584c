import { useMemo } from 'react';
import type { Locale } from '#core/locale.js';
import { numberLocale, useLocale } from './combText.js';

/** The decimal separator people type in the interface language: "2,5" in Dutch, "2.5" in English. */
export const decimalSeparator = (locale: Locale) => (locale === 'en' ? '.' : ',');

/** KPI values in the interface language's notation, with at most two decimals. */
export function useValueFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2 });
    return (n: number) => format.format(n);
  }, [locale]);
}

/** Differences on a survey scale: one decimal and always a sign, e.g. "+0,4" or "−1,2". */
export function useDifferenceFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const signed = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const plain = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return { signed: (n: number) => signed.format(n), plain: (n: number) => plain.format(n) };
  }, [locale]);
}

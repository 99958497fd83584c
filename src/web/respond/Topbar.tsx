import { LOCALES, type Locale } from '../../core/locale.js';

/** Each language's name in that language, for the switch. */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** The staff pages' header: the brand and the language switch. */
export function Topbar({ brand, languageLabel, locale, onLocale }: { brand: string; languageLabel: string; locale: Locale; onLocale: (locale: Locale) => void }) {
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <span className="brand">{brand}</span>
        <div className="language-switch" role="group" aria-label={languageLabel}>
          {LOCALES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => onLocale(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}

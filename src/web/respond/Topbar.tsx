import { LOCALES, type Locale } from '#core/locale.js';

/** Each language's name in that language, for the switch. */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** The staff pages' header: the brand and the language switch; no banner landmark when `framed` (see PublicPage). */
export function Topbar(props: { brand: string; languageLabel: string; locale: Locale; onLocale: (locale: Locale) => void; framed?: boolean }) {
  const { brand, languageLabel, locale, onLocale } = props;
  const Bar = props.framed ? 'div' : 'header';
  return (
    <Bar className="topbar">
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
    </Bar>
  );
}

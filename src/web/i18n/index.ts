import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../core/locale.js';
import { auth as nlAuth } from './nl/auth.js';
import { common as nlCommon } from './nl/common.js';

const STORAGE_KEY = 'wegwijs.lang';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/**
 * Issue 18 (weight): all texts of both languages are some 70 kB of gzip. A browser loads the texts
 * of the language in use only, and at first only `common` and `auth`: all that the pages before
 * the login (login, set-up, invitation) use. The rest comes with the pages behind the login
 * (loadAllTexts). The Dutch ones for the login page come with the first load: most people read
 * Dutch, and then nothing waits for a second request.
 */
const TEXTS: Record<Locale, { beforeLogin: () => Promise<object>; all: () => Promise<object> }> = {
  nl: {
    beforeLogin: async () => ({ common: nlCommon, auth: nlAuth }),
    all: async () => (await import('./nl/index.js')).nl,
  },
  en: {
    beforeLogin: async () => {
      const [{ common }, { auth }] = await Promise.all([import('./en/common.js'), import('./en/auth.js')]);
      return { common, auth };
    },
    all: async () => (await import('./en/index.js')).en,
  },
};

let allTextsWanted = false;
const loaded = new Map<Locale, 'beforeLogin' | 'all'>();

/** Makes sure the texts that are wanted now are there in `lng`. */
async function loadTexts(lng: Locale): Promise<void> {
  const part = allTextsWanted ? 'all' : 'beforeLogin';
  if (loaded.get(lng) === part || loaded.get(lng) === 'all') return;
  i18n.addResourceBundle(lng, 'translation', await TEXTS[lng][part](), true, true);
  loaded.set(lng, part);
}

const language = initialLocale();
void i18n.use(initReactI18next).init({
  resources: {},
  lng: language,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  // A page before the login that uses a text outside `common` and `auth` gets all texts, and
  // shows them once they are here ('added' renders again): never a key for good. The budget test
  // (tests/e2e/web-weight.test.ts) notices the extra weight on the login page.
  parseMissingKeyHandler: (key) => {
    void loadAllTexts();
    return key;
  },
  react: { bindI18nStore: 'added' },
});

/**
 * Settled once the texts of the language in use are there: the app renders then. Setting the
 * language again lets i18next see that it now has texts for it.
 */
export const textsReady: Promise<void> = loadTexts(language).then(async () => void (await i18n.changeLanguage(language)));

/** Every text of the language in use (and of a language switched to later): for the pages behind the login. */
export async function loadAllTexts(): Promise<void> {
  allTextsWanted = true;
  if (isLocale(i18n.language)) await loadTexts(i18n.language);
}

/** Switches the language once its texts are here, so a page never shows a text's key meanwhile. */
export async function changeLanguage(lng: Locale): Promise<void> {
  await loadTexts(lng);
  await i18n.changeLanguage(lng);
}

const applyLang = (lng: string) => document.documentElement.setAttribute('lang', lng);
applyLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  applyLang(lng);
});

export default i18n;

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '#core/locale.js';
import { common as nlCommon } from './nl/common.js';

const STORAGE_KEY = 'wegwijs.lang';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** A namespace of texts: one file (or folder) under ./nl and ./en, and the first part of its keys. */
export type Namespace = keyof typeof import('./nl/index.js').nl;

/**
 * The texts of the pages before the login come straight from here; every other namespace by way of
 * the list in ./files.ts, which the login page does without.
 */
async function loadFile(lng: Locale, namespace: Namespace): Promise<Record<string, object>> {
  if (lng === 'en' && namespace === 'common') return import('./en/common.js');
  if (namespace === 'auth') return lng === 'en' ? import('./en/auth.js') : import('./nl/auth.js');
  return (await import('./files.js')).loadFile(lng, namespace);
}

/**
 * Issue 18 (weight): all texts of one language are some 33 kB of gzip. A browser loads the texts of
 * the language in use only, and of those only the namespaces the pages opened so far use: every
 * page `common`, and each page its own, the login page `auth` (`lazyWithTexts` in
 * lib/lazyWithTexts.ts; tests/unit/page-texts.test.ts checks the lists). The Dutch `common` comes
 * with the first load: most people read Dutch, and then the shell waits for no second request.
 */
const wanted = new Set<Namespace>(['common']);
const loading = new Map<string, Promise<void>>([['nl:common', Promise.resolve()]]);

/** Makes sure the wanted namespaces are there in `lng`; each is added as soon as it arrives. */
function loadTexts(lng: Locale): Promise<void> {
  const pending = [...wanted].map((namespace) => {
    const key = `${lng}:${namespace}`;
    if (!loading.has(key)) {
      loading.set(
        key,
        loadFile(lng, namespace).then(
          (file) => void i18n.addResourceBundle(lng, 'translation', { [namespace]: file[namespace] }, true, true),
          (error: unknown) => {
            // A failed download (a lost connection) is tried again when the texts are asked for next.
            loading.delete(key);
            throw error;
          },
        ),
      );
    }
    return loading.get(key)!;
  });
  return Promise.all(pending).then(() => undefined);
}

const language = initialLocale();
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: { common: nlCommon } } },
  lng: language,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  // A page that uses a text of a namespace it did not ask for gets all texts, and shows them once
  // they are here ('added' renders again): never a key for good. The budget test
  // (tests/e2e/web-weight.test.ts) notices the extra weight.
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

/** The namespaces a page uses, in the language in use (and in a language switched to later). */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  for (const namespace of namespaces) wanted.add(namespace);
  if (isLocale(i18n.language)) await loadTexts(i18n.language);
}

async function loadAllTexts(): Promise<void> {
  await loadNamespaces((await import('./files.js')).ALL_NAMESPACES);
}

/** Switches the language once the texts loaded so far are there in it, so a page never shows a text's key meanwhile. */
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

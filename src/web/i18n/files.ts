import type { Locale } from '#core/locale.js';
import type { Namespace } from './index.js';

type Loaders = Record<string, () => Promise<Record<string, object>>>;

/**
 * Where each namespace's texts are, in each language: a chunk of its own per file. A module of its
 * own too, as this list is 1 kB of gzip that the login page does without (i18n/index.ts).
 */
const FILES: Record<Locale, Loaders> = {
  nl: import.meta.glob<Record<string, object>>(['./nl/*.ts', './nl/worksheets/index.ts', '!./nl/index.ts']),
  en: import.meta.glob<Record<string, object>>(['./en/*.ts', './en/worksheets/index.ts', '!./en/index.ts']),
};

export const loadFile = (lng: Locale, namespace: Namespace) =>
  FILES[lng][namespace === 'worksheets' ? `./${lng}/worksheets/index.ts` : `./${lng}/${namespace}.ts`]!();

export const ALL_NAMESPACES = Object.keys(FILES.nl).map((file) => /^\.\/nl\/(\w+)/.exec(file)![1] as Namespace);

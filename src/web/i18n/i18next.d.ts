import type { nl } from './nl/index.js';

/** Every `t('…')` key is checked against the Dutch texts, the source the English ones must match (types.ts). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

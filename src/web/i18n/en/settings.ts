import type { settings as nl } from '../nl/settings.js';
import type { Translation } from '../types.js';

export const settings: Translation<typeof nl> = {
  pageTitle: 'Settings',
  name: 'Name of the organisation',
  minGroupSize: 'Minimum group size for results',
  minGroupSizeHint: 'Survey results are never shown for groups smaller than this number (3 to 50; default 5), so no one can be identified.',
  defaultLocale: 'Default language',
  defaultLocaleHint: 'The language of messages to staff without an account, such as surveys and the report form.',
};

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SUBSTEP_TITLES } from '#web/lib/substepTitles.js';

const MODULE = fileURLToPath(new URL('../web/lib/substepTitles.ts', import.meta.url));

/**
 * Replaces src/web/lib/substepTitles.ts by its value, so a page that names sub-steps does not load
 * all steps' guidance to find their titles (issue 18, weight). The value is taken when the
 * configuration loads: the development server needs a restart to show a changed title.
 */
export function substepTitlesOnly(): Plugin {
  return {
    name: 'wegwijs-substep-titles',
    load: (id) => (id.split('?')[0] === MODULE ? `export const SUBSTEP_TITLES = ${JSON.stringify(SUBSTEP_TITLES)};\n` : null),
  };
}

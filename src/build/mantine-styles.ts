import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Mantine's sheets that every component needs, in the order of its styles.css. Not its
 * default-css-variables.css (4 kB of gzip): MantineProvider writes all those variables itself
 * (deduplicateCssVariables={false} in App.tsx).
 */
const BASE = ['baseline', 'global'];

/**
 * Each Mantine component brings its own styles (issue 18, weight: all of Mantine's styles are
 * 36 kB of gzip, the login page needs some 10 of them). The module with a component's class names
 * (`@mantine/core/esm/.../Button.module.mjs`) gets imports of the base sheets and of that
 * component's sheet (`@mantine/core/styles/Button.css`), so Vite puts the CSS in the chunk that
 * uses the component. The order stays that of Mantine's styles.css: the base sheets are imported
 * before the first component's, and a component's module imports those it builds on (Anchor
 * imports Text), so theirs come first. Build only: the development server serves Mantine
 * pre-bundled, so there main.tsx loads all of Mantine's styles.
 */
export function mantineStylesPerComponent(): Plugin {
  return {
    name: 'wegwijs-mantine-styles',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]@mantine[\\/]core[\\/]esm[\\/].+\.module\.mjs$/ },
      handler(code, id) {
        const sheets = [...BASE, path.basename(id, '.module.mjs')].map((name) => `import '@mantine/core/styles/${name}.css';`);
        return { code: `${code}\n${sheets.join('\n')}\n`, map: null };
      },
    },
  };
}

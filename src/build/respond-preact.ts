import path from 'node:path';
import type { Plugin } from 'vite';

/** What the public pages import from React, and Preact's stand-in for each. */
const PREACT_FOR: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/**
 * The public pages (src/web/respond: survey, breach report, knowledge check) run on Preact
 * instead of React: React 19 alone is 67 kB of gzip, issue 18 gives these pages 50 kB in all.
 * They use plain hooks and DOM elements only, which Preact's compat layer covers. The choice is
 * made per importing file, so the staff app keeps React (Mantine 9 needs React 19's APIs) in the
 * same build. A public page that imports a React module from outside its folder would bring
 * React back; the budget test (tests/e2e/web-weight.test.ts) would then fail.
 */
export function respondOnPreact(respondDir: string): Plugin {
  const inRespond = (importer: string | undefined) => importer !== undefined && path.resolve(importer.split('?')[0]!).startsWith(respondDir + path.sep);
  return {
    name: 'wegwijs-respond-preact',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const replacement = PREACT_FOR[source];
      if (!replacement || !inRespond(importer)) return null;
      return this.resolve(replacement, importer, { ...options, skipSelf: true });
    },
  };
}

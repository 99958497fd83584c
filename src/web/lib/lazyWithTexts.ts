import { lazy, type ComponentType } from 'react';
import { loadNamespaces, type Namespace } from '../i18n/index.js';

/**
 * A component loaded when first shown, together with the texts it shows (issue 18, weight): the
 * nearest Suspense shows its fallback until both are here, so no text's key is ever seen.
 * `namespaces` lists what the component and all it imports use; tests/unit/page-texts.test.ts
 * checks that. `load` starts loading earlier (App.tsx, loadPageAt).
 */
export function lazyWithTexts<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly Namespace[]) {
  const loadWithTexts = async () => (await Promise.all([load(), loadNamespaces(namespaces)]))[0];
  return Object.assign(
    lazy(async () => ({ default: await loadWithTexts() })),
    { load: loadWithTexts },
  );
}

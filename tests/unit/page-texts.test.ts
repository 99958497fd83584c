import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespacesUsedBy, textNamespaces } from '#build/text-namespaces.js';

/**
 * Issue 18 (weight): the web app loads the texts of a page with the page (src/web/lib/lazyWithTexts.ts).
 * A page that shows a text of a namespace it did not ask for would show that text's key until all
 * texts are loaded; these tests find that before a browser does.
 */
const WEB = path.resolve('src/web');
const NAMESPACES = textNamespaces(path.join(WEB, 'i18n'));
/** Loaded before anything renders (the `wanted` set in src/web/i18n/index.ts). */
const ALWAYS = ['common'];
const outside = (file: string) => file.startsWith(path.join(WEB, 'i18n') + path.sep) || file.startsWith(path.join(WEB, 'respond') + path.sep);
const needs = (file: string) => [...namespacesUsedBy(file, NAMESPACES, outside)].filter((n) => !ALWAYS.includes(n)).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return outside(full + path.sep) ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every relative dynamic import in the staff app, with the namespaces loaded with it (`lazyWithTexts(load, [...])`), if any. */
const dynamicImports = sources(WEB).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/import\('(\.{1,2}\/[^']+)'\)(?:\)\.\w+,\s*\[([^\]]*)\])?/g)].map(([, specifier, list]) => ({
    from: path.relative(WEB, file),
    target: path.resolve(path.dirname(file), specifier!).replace(/\.js$/, ''),
    listed: list === undefined ? undefined : [...list.matchAll(/'(\w+)'/g)].map(([, n]) => n!),
  })),
);
const fileOf = (target: string) => [`${target}.tsx`, `${target}.ts`].find((f) => existsSync(f));

describe('the texts each page loads', () => {
  it('finds the pages (a check on this test)', () => {
    expect(dynamicImports.filter((i) => i.listed).length).toBeGreaterThan(20);
    expect(needs(path.join(WEB, 'routes/programmes/ProgrammesPage.tsx'))).toEqual(['programmes']);
  });

  it('what loads with the app uses only the texts loaded before it renders', () => {
    expect(needs(path.join(WEB, 'main.tsx'))).toEqual([]);
  });

  it('each component loaded on demand lists the namespaces it and all it imports use', () => {
    for (const { from, target, listed } of dynamicImports) {
      const file = fileOf(target);
      if (!file) throw new Error(`${from}: no file for ${target}`);
      const missing = needs(file).filter((n) => !(listed ?? []).includes(n));
      expect(missing, `${path.relative(WEB, file)} (loaded by ${from}) needs these too`).toEqual([]);
    }
  });
});

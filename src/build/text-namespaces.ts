import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The texts' namespaces: one file (or folder) per namespace under src/web/i18n/nl. */
export function textNamespaces(i18nDir: string): string[] {
  return readdirSync(path.join(i18nDir, 'nl'))
    .map((name) => name.replace(/\.ts$/, ''))
    .filter((name) => name !== 'index');
}

const IMPORT = /(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** A relative import's file: the sources say `./x.js` for `./x.ts(x)`. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => existsSync(file));
}

/**
 * The namespaces whose texts a module and everything it imports statically may ask for: every
 * string or template literal that starts with `<namespace>.`, as in `t('programmes.new')` or
 * t(`common.${kind}`). Dynamic imports are left out: what they load waits for its own texts.
 * Used by tests/unit/page-texts.test.ts to check that each page loads the texts it shows.
 */
export function namespacesUsedBy(entry: string, namespaces: readonly string[], skip: (file: string) => boolean): Set<string> {
  const literal = new RegExp(`['"\`](${namespaces.join('|')})\\.`, 'g');
  const used = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || skip(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8').replace(/import\(\s*['"][^'"]+['"]\s*\)/g, '');
    for (const [, namespace] of source.matchAll(literal)) used.add(namespace!);
    for (const [, specifier, sideEffect] of source.matchAll(IMPORT)) {
      const target = resolveImport(file, (specifier ?? sideEffect)!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return used;
}

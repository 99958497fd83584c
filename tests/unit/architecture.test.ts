import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULES = 'src/server/modules/';

/** Every .ts/.tsx file under src, as [path from the repository root, text]. */
const sources: [string, string][] = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => [join('src', file), readFileSync(join('src', file), 'utf8')]);

/** `from '…'`, `import '…'` and `import('…')` of our own files, relative or through an alias (#server/…), all kinds (a type import is a dependency too). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+|#\w+\/[^'"]+)['"]/g;

/** Where an import specifier points, from the repository root. */
const resolve = (file: string, spec: string) => (spec.startsWith('#') ? join('src', spec.slice(1)) : normalize(join(dirname(file), spec)));

/** Each import as [importing file, imported file], the latter without its extension. */
const imports = sources.flatMap(([file, text]) =>
  [...text.matchAll(IMPORT)].map(([, spec]) => [file, resolve(file, spec!).replace(/\.(js|ts|tsx)$/, '')] as const),
);

const moduleOf = (path: string) => (path.startsWith(MODULES) ? path.slice(MODULES.length).split('/')[0]! : null);

/** Module -> the modules it imports. */
const edges = new Map<string, Set<string>>();
for (const [file, target] of imports) {
  const [from, to] = [moduleOf(file), moduleOf(target)];
  if (from && to && from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
}

/** The shortest way from a module back to itself, e.g. "auth -> users -> auth", or null. */
function cycleThrough(start: string): string | null {
  const paths = [[start]];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const next of edges.get(path.at(-1)!) ?? []) {
      if (next === start) return [...path, start].join(' -> ');
      if (!seen.has(next)) (paths.push([...path, next]), seen.add(next));
    }
  }
  return null;
}

/**
 * Which layer may import which, and the read models, are lint rules (eslint.config.js, `npm run
 * lint`); a cycle between modules is not something a lint zone can say, so it is checked here.
 */
describe('architecture', () => {
  it('no module depends on itself through others: src/server/modules/* form no cycle', () => {
    expect([...edges.keys()].sort().flatMap((m) => cycleThrough(m) ?? [])).toEqual([]);
  });
});

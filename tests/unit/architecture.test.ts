import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The read models: code that exists to read across modules, and so may import another module's
 * repository (paths under src/server/modules/). Every other module asks the owning module's service.
 * docs/architecture.md explains each.
 */
export const READ_MODELS = {
  'reports/': 'the plan of approach and the final report put all six steps of one programme in one document',
  'dashboard/': 'the board dashboard shows figures of every programme on one page, in a fixed number of queries',
  'reminders/': 'a system job without a session: finds the meetings and actions due in every organisation',
  'retention/': 'a system job: removes raw answers past their retention in every module that keeps them',
  'transfer/': 'exports and imports a whole organisation, every table of every module, in one document',
  'setup/demo': 'the demo loader writes a made-up history (backdated rows) that no service would create',
} as const;

const MODULES = 'src/server/modules/';

/** Every .ts/.tsx file under src, as [path from the repository root, text]. */
const sources: [string, string][] = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => [join('src', file), readFileSync(join('src', file), 'utf8')]);

/** `from '…'`, `import '…'` and `import('…')` of our own files, all kinds (a type import is a dependency too). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Each relative import as [importing file, imported file], the latter without its extension. */
const imports = sources.flatMap(([file, text]) =>
  [...text.matchAll(IMPORT)].map(([, spec]) => [file, normalize(join(dirname(file), spec!)).replace(/\.(js|ts|tsx)$/, '')] as const),
);

const moduleOf = (path: string) => (path.startsWith(MODULES) ? path.slice(MODULES.length).split('/')[0]! : null);
const importsFrom = (folder: string) => imports.filter(([file]) => file.startsWith(folder));
const outside = (allowed: string[]) => ([, target]: readonly [string, string]) => !allowed.some((folder) => target.startsWith(folder));
const shown = ([file, target]: readonly [string, string]) => `${file} -> ${target}`;

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
      if (!seen.has(next)) paths.push([...path, next]), seen.add(next);
    }
  }
  return null;
}

describe('architecture', () => {
  it('no module depends on itself through others: src/server/modules/* form no cycle', () => {
    expect([...edges.keys()].sort().flatMap((m) => cycleThrough(m) ?? [])).toEqual([]);
  });

  it("a module reads another module's data through its service, unless it is a declared read model", () => {
    const leaks = imports.filter(([file, target]) => {
      const [from, to] = [moduleOf(file), moduleOf(target)];
      const readModel = Object.keys(READ_MODELS).some((prefix) => file.startsWith(MODULES + prefix));
      return from && to && from !== to && /(^|\.)repository$/.test(target.split('/').at(-1)!) && !readModel;
    });
    expect(leaks.map(shown)).toEqual([]);
  });

  it('src/core is pure: it imports nothing of ours outside src/core', () => {
    expect(importsFrom('src/core/').filter(outside(['src/core/'])).map(shown)).toEqual([]);
  });

  it('src/web never imports src/server', () => {
    expect(importsFrom('src/web/').filter(([, target]) => target.startsWith('src/server/')).map(shown)).toEqual([]);
  });

  it('src/contract imports only src/core and itself', () => {
    expect(importsFrom('src/contract/').filter(outside(['src/core/', 'src/contract/'])).map(shown)).toEqual([]);
  });
});

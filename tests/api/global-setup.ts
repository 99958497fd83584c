import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { pgliteTemplate } from '#server/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the migrated PGlite template each test database starts from; unset on PostgreSQL. */
    pgliteTemplate?: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MIGRATIONS = path.join(ROOT, 'src/server/db/migrations');
/** Templates kept between runs, one per set of migrations (with node_modules, so never committed). */
const CACHE = path.join(ROOT, 'node_modules/.cache/wegwijs');

/** What a template is made of: the migrations, the code that makes it, and the PGlite and Drizzle versions the lockfile pins. */
function templateKey(): string {
  const hash = createHash('sha256')
    .update(readFileSync(path.join(ROOT, 'package-lock.json')))
    .update(readFileSync(path.join(ROOT, 'src/server/db/client.ts')));
  const files = readdirSync(MIGRATIONS, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  for (const file of files.map((f) => path.relative(MIGRATIONS, path.join(f.parentPath, f.name))).sort()) {
    hash.update(file).update(readFileSync(path.join(MIGRATIONS, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Prepares the PGlite template for the whole run (see pgliteTemplate), or takes the one an earlier
 * run made from the same migrations: making it takes seconds before any test can start. The run
 * works on a copy of its own, so a run with other migrations may replace the cached one meanwhile.
 * PostgreSQL runs need none.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-pglite-'));
  const file = path.join(dir, 'template.tar');
  const cached = path.join(CACHE, `pglite-template-${templateKey()}.tar`);
  try {
    copyFileSync(cached, file);
  } catch {
    const tarball = Buffer.from(await (await pgliteTemplate()).arrayBuffer());
    writeFileSync(file, tarball);
    mkdirSync(CACHE, { recursive: true });
    // Renamed into place, so a run starting at the same moment copies all of it or nothing.
    writeFileSync(`${cached}.${process.pid}`, tarball);
    renameSync(`${cached}.${process.pid}`, cached);
    for (const old of readdirSync(CACHE)) if (old.endsWith('.tar') && old !== path.basename(cached)) rmSync(path.join(CACHE, old), { force: true });
  }
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

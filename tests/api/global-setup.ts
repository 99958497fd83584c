import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgliteTemplate } from '../../src/server/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the migrated PGlite template each test database starts from; unset on PostgreSQL. */
    pgliteTemplate?: string;
  }
}

/** Prepares the PGlite template once for the whole run (see pgliteTemplate); PostgreSQL runs need none. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-pglite-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await pgliteTemplate()).arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/client.js';

/**
 * A new PGlite data directory, as on the first `npm start`: initdb and the migrations run in a
 * process of their own (its memory goes when it ends), then this process opens the result.
 */
describe.skipIf(Boolean(process.env.DATABASE_URL))('a new embedded database', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'wegwijs-init-'));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('is initialised and migrated before it opens, with every migration applied', async () => {
    const dataDir = path.join(parent, 'data');
    const database = await openDatabase({ dataDir });
    try {
      const migrations = (await readdir(new URL('../../src/server/db/migrations', import.meta.url))).filter((f) => f.endsWith('.sql'));
      const applied = await database.executeSql('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(applied.rows[0].n).toBe(migrations.length);
      const organisations = await database.executeSql('select count(*)::int as n from organisations');
      expect(organisations.rows[0].n).toBe(0);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('refuses to open when initialising fails, saying so', async () => {
    // A file where the directory should be: initdb cannot create it.
    const blocked = path.join(parent, 'a-file');
    await writeFile(blocked, 'not a directory');
    await expect(openDatabase({ dataDir: path.join(blocked, 'data') })).rejects.toThrow(/initialising the database stopped/);
  }, 60_000);
});

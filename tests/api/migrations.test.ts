import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

/** Migrations that change existing data, run on a database that holds some from before them. */

const MIGRATIONS = fileURLToPath(new URL('../../src/server/db/migrations', import.meta.url));
const clients: PGlite[] = [];
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(folders.map((f) => rm(f, { recursive: true })));
});

/** An empty database's data directory, made once: initialising a database takes seconds, starting one from a copy far less. */
let empty: Promise<Blob> | undefined;

/** A new empty database for one migration's test. */
async function newDatabase() {
  empty ??= (async () => {
    const initialised = new PGlite();
    await initialised.waitReady;
    const dataDir = await initialised.dumpDataDir('none');
    await initialised.close();
    return dataDir;
  })();
  const client = new PGlite({ loadDataDir: await empty });
  clients.push(client);
  return { client, db: drizzle(client) };
}

/** The migrations up to (not including) the one tagged `tag`, as their own folder. */
async function migrationsBefore(tag: string) {
  const folder = await mkdtemp(join(tmpdir(), 'wegwijs-migrations-'));
  folders.push(folder);
  await cp(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag === tag);
  expect(index).toBeGreaterThan(0);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

describe('0010_knowledge_tallies', () => {
  it('counts the answers of checks closed before it into tallies, and leaves open checks alone', async () => {
    const { client, db } = await newDatabase();
    await migrate(db, { migrationsFolder: await migrationsBefore('0010_knowledge_tallies') });
    const organisation = '11111111-1111-4111-8111-111111111111';
    const closed = '22222222-2222-4222-8222-222222222222';
    const open = '33333333-3333-4333-8333-333333333333';
    await client.exec(`
      insert into organisations (id, name) values ('${organisation}', 'Zorggroep Oud');
      insert into knowledge_checks (id, organisation_id, title, definition, status, public_slug, closed_at) values
        ('${closed}', '${organisation}', 'Gesloten', '{}', 'closed', 'slug-closed-1', now()),
        ('${open}', '${organisation}', 'Open', '{}', 'open', 'slug-open-1', null);
      insert into knowledge_check_responses (organisation_id, check_id, submitted_on, department, answers, correct) values
        ('${organisation}', '${closed}', '2026-01-05', 'ic', '{1,1,2}', 3),
        ('${organisation}', '${closed}', '2026-01-05', 'ic', '{1,1,2}', 3),
        ('${organisation}', '${closed}', '2026-01-06', '', '{1,0,0}', 1),
        ('${organisation}', '${open}', '2026-01-06', 'ic', '{1,1,2}', 3);
    `);

    await migrate(db, { migrationsFolder: MIGRATIONS });
    const { rows } = await client.query('select check_id, organisation_id, department, answers, n from knowledge_check_tallies order by n desc');
    expect(rows).toEqual([
      { check_id: closed, organisation_id: organisation, department: 'ic', answers: [1, 1, 2], n: 2 },
      { check_id: closed, organisation_id: organisation, department: '', answers: [1, 0, 0], n: 1 },
    ]);
  });
});

describe('0011_sso_logout', () => {
  it('turns logging out at the provider on for single sign-on configured before it', async () => {
    const { client, db } = await newDatabase();
    await migrate(db, { migrationsFolder: await migrationsBefore('0011_sso_logout') });
    const organisation = '11111111-1111-4111-8111-111111111111';
    await client.exec(`
      insert into organisations (id, name) values ('${organisation}', 'Zorggroep Oud');
      insert into organisation_sso (organisation_id, login_name, issuer, client_id, client_secret_sealed, default_role)
        values ('${organisation}', 'oud', 'https://login.example.org', 'wegwijs', 'verzegeld', 'viewer');
    `);

    await migrate(db, { migrationsFolder: MIGRATIONS });
    const { rows } = await client.query('select logout_at_provider from organisation_sso');
    expect(rows).toEqual([{ logout_at_provider: true }]);
  });
});

describe('0013_issue16_hardening', () => {
  it('gives every breach from before a random reference for its reporter, distinct within the organisation', async () => {
    const { client, db } = await newDatabase();
    await migrate(db, { migrationsFolder: await migrationsBefore('0013_issue16_hardening') });
    const organisation = '11111111-1111-4111-8111-111111111111';
    await client.exec(`
      insert into organisations (id, name) values ('${organisation}', 'Zorggroep Oud');
      insert into breaches (organisation_id, reference, report)
        select '${organisation}', 'DL-2025-' || lpad(n::text, 4, '0'), '{}' from generate_series(1, 50) n;
    `);

    await migrate(db, { migrationsFolder: MIGRATIONS });
    const { rows } = await client.query<{ public_reference: string }>('select public_reference from breaches');
    expect(rows).toHaveLength(50);
    for (const { public_reference } of rows) expect(public_reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(new Set(rows.map((r) => r.public_reference)).size).toBe(50);
  });

  it('fixes the minimum of rounds already opened and gives open ones a noise seed; closed ones keep their shown figures', async () => {
    const { client, db } = await newDatabase();
    await migrate(db, { migrationsFolder: await migrationsBefore('0013_issue16_hardening') });
    const organisation = '11111111-1111-4111-8111-111111111111';
    const programme = '22222222-2222-4222-8222-222222222222';
    await client.exec(`
      insert into organisations (id, name, min_group_size) values ('${organisation}', 'Zorggroep Oud', 7);
      insert into programmes (id, organisation_id, title) values ('${programme}', '${organisation}', 'Melden');
      insert into surveys (organisation_id, programme_id, title, definition, status, public_slug)
        values ('${organisation}', '${programme}', 'draft', '{}', 'draft', 'a'), ('${organisation}', '${programme}', 'open', '{}', 'open', 'b'),
               ('${organisation}', '${programme}', 'closed', '{}', 'closed', 'c');
    `);
    await migrate(db, { migrationsFolder: MIGRATIONS });
    const { rows } = await client.query<{ title: string; min_group_size: number | null; noise_seed: string | null }>(
      'select title, min_group_size, noise_seed from surveys order by title',
    );
    expect(rows.map((r) => [r.title, r.min_group_size, r.noise_seed === null ? null : r.noise_seed.length])).toEqual([
      ['closed', 7, null],
      ['draft', null, null],
      ['open', 7, 64],
    ]);
  });
});

describe('0019_response_counts', () => {
  it('counts the answers of rounds open before it into their counters, per day, and none of closed ones', async () => {
    const { client, db } = await newDatabase();
    await migrate(db, { migrationsFolder: await migrationsBefore('0019_response_counts') });
    const organisation = '11111111-1111-4111-8111-111111111111';
    const programme = '44444444-4444-4444-8444-444444444444';
    const [openSurvey, closedSurvey, openCheck] = [
      '55555555-5555-4555-8555-555555555555',
      '66666666-6666-4666-8666-666666666666',
      '77777777-7777-4777-8777-777777777777',
    ];
    await client.exec(`
      insert into organisations (id, name) values ('${organisation}', 'Zorggroep Oud');
      insert into programmes (id, organisation_id, title) values ('${programme}', '${organisation}', 'Traject');
      insert into surveys (id, organisation_id, programme_id, title, definition, status, public_slug) values
        ('${openSurvey}', '${organisation}', '${programme}', 'Open', '{}', 'open', 'slug-open-s'),
        ('${closedSurvey}', '${organisation}', '${programme}', 'Dicht', '{}', 'closed', 'slug-closed-s');
      insert into survey_responses (organisation_id, survey_id, submitted_on, groups, answers) values
        ('${organisation}', '${openSurvey}', '2026-01-05', '{}', '{1}'),
        ('${organisation}', '${openSurvey}', '2026-01-05', '{}', '{2}'),
        ('${organisation}', '${openSurvey}', '2026-01-06', '{}', '{3}'),
        ('${organisation}', '${closedSurvey}', '2026-01-06', '{}', '{3}');
      insert into knowledge_checks (id, organisation_id, title, definition, status, public_slug) values ('${openCheck}', '${organisation}', 'Open', '{}', 'open', 'slug-open-k');
      insert into knowledge_check_responses (organisation_id, check_id, submitted_on, department, answers, correct) values
        ('${organisation}', '${openCheck}', '2026-01-06', 'ic', '{1}', 1);
    `);

    await migrate(db, { migrationsFolder: MIGRATIONS });
    const surveys = await client.query('select survey_id, organisation_id, day::text, n from survey_response_counts order by day');
    expect(surveys.rows).toEqual([
      { survey_id: openSurvey, organisation_id: organisation, day: '2026-01-05', n: 2 },
      { survey_id: openSurvey, organisation_id: organisation, day: '2026-01-06', n: 1 },
    ]);
    const checks = await client.query('select check_id, day::text, n from knowledge_check_response_counts');
    expect(checks.rows).toEqual([{ check_id: openCheck, day: '2026-01-06', n: 1 }]);
  });
});

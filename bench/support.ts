/**
 * What the survey benchmark (survey.ts) and the mixed-traffic benchmark (mixed.ts) share: the
 * survey staff answer, setting up an organisation with coordinators and an open survey through the
 * services, and counting what was stored.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { COMB_FACTORS } from '#core/comb.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import { openDatabase, type DatabaseHandle } from '#server/db/client.js';
import type { SessionActor } from '#server/context.js';
import type { Services } from '#server/services.js';
import { freshDatabase } from '../tests/api/harness.js';

export const ITEMS = 24;
export const BENCH_PASSWORD = 'een lang genoeg wachtwoord';

export const definition: SurveyDefinition = {
  behaviour: 'een datalek melden',
  intro: { nl: '', en: '' },
  scale: 5,
  items: Array.from({ length: ITEMS }, (_, i) => ({ id: `i${i}`, factor: COMB_FACTORS[i % 6]!, text: { nl: `Stelling ${i}`, en: '' }, bankId: null })),
  groups: [
    { id: 'department', question: { nl: 'Afdeling', en: '' }, options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: { nl: id, en: '' } })) },
    { id: 'profession', question: { nl: 'Beroep', en: '' }, options: ['n', 'v', 'x'].map((id) => ({ id, label: { nl: id, en: '' } })) },
  ],
};
/** One staff member's full answer: every statement and both group questions. */
export const answerBody = JSON.stringify({
  answers: Object.fromEntries(definition.items.map((i, n) => [i.id, (n % 5) + 1])),
  groups: { department: 'b', profession: 'n' },
});

/** A coordinator with password BENCH_PASSWORD, and the actor to call services as. */
export async function addCoordinator(handle: DatabaseHandle, services: Services, organisationId: string): Promise<SessionActor> {
  const email = `bench-${randomBytes(4).toString('hex')}@wegwijs.invalid`;
  const user = await handle.db.transaction((tx) =>
    services.users.createActive(tx, { organisationId, email, name: 'Bench', roles: ['coordinator'], password: BENCH_PASSWORD }),
  );
  return { userId: user.id, organisationId, roles: ['coordinator'], name: 'Bench', email, locale: 'nl', sessionId: '', csrfToken: '' };
}

/** An organisation with one coordinator, a programme and an open survey (public link on). */
export async function setUpSurvey(handle: DatabaseHandle, services: Services) {
  const organisation = await handle.db.transaction((tx) => services.organisations.create(tx, { name: 'Bench' }));
  const actor = await addCoordinator(handle, services, organisation.id);
  const programmeId = (await services.programmes.create(actor, { title: 'Bench', problem: '' })).id;
  const survey = await services.surveys.create(actor, programmeId, { title: 'Bench', linkEnabled: true, definition });
  await services.surveys.open(actor, programmeId, survey.id);
  return { organisation, actor, programmeId, survey };
}

export const countResponses = async (handle: DatabaseHandle, surveyId: string) =>
  Number(
    ((await handle.db.execute(sql`select count(*)::int as n from survey_responses where survey_id = ${surveyId}`)) as unknown as { rows: { n: number }[] })
      .rows[0]!.n,
  );

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** PGlite on a data directory (as `npm start` runs it; in memory it is about twice as fast). */
async function pgliteOnDisk() {
  const dataDir = await mkdtemp(join(tmpdir(), 'wegwijs-bench-'));
  return { database: await openDatabase({ dataDir }), drop: () => rm(dataDir, { recursive: true, force: true }) };
}

/** The databases a benchmark runs on: PGlite, and PostgreSQL when DATABASE_URL names a server (a new database each run, removed after). */
export function databases() {
  const list = [{ name: 'PGlite', open: pgliteOnDisk }];
  if (process.env.DATABASE_URL) list.push({ name: 'PostgreSQL', open: () => freshDatabase(process.env.DATABASE_URL) });
  return list;
}

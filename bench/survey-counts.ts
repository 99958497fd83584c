/**
 * Survey counts benchmark (issue 19, point 2). Prints figures; not a test.
 * Run: `npx tsx bench/survey-counts.ts` (PGlite on a data directory); with DATABASE_URL (e.g.
 * postgres://postgres@127.0.0.1:5432/postgres) PostgreSQL too, in a fresh database dropped after.
 * BENCH_ANSWERS (default 100,000) sets the scale.
 *
 * A programme with five open surveys holding BENCH_ANSWERS answers between them, and a sixth open
 * survey holding BENCH_ANSWERS on its own (so 2 × BENCH_ANSWERS answers in open surveys):
 * 1. the programme's survey list (the services call the route makes), median of 9;
 * 2. one survey's overview, median of 9;
 * 3. closing the big survey (lock, tally, rewrite in random order, counts), once.
 * The answers are written in bulk in SQL, as the answer route stores them; where the per-survey
 * counter exists (after issue 19) it is filled as the answer route fills it.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '#server/app.js';
import type { DatabaseHandle } from '#server/db/client.js';
import { databases, definition, ITEMS, median, setUpSurvey } from './support.js';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 100_000);
const SMALL_SURVEYS = 5;
const RUNS = 9;

/** `n` answers for a survey, dated yesterday (so the live count shows them), in chunks of 50,000. */
async function fill(handle: DatabaseHandle, organisationId: string, surveyId: string, n: number) {
  for (let done = 0; done < n; done += 50_000) {
    await handle.db.execute(sql`insert into survey_responses (organisation_id, survey_id, submitted_on, groups, answers)
      select ${organisationId}, ${surveyId}, current_date - 1,
        array[(array['a','b','c','d','e'])[1 + (g % 5)], (array['n','v','x'])[1 + (g % 3)]],
        (select array_agg(1 + ((g * 7 + i * 13) % 5))::smallint[] from generate_series(1, ${ITEMS}::int) i)
      from generate_series(${done + 1}::int, ${Math.min(n, done + 50_000)}::int) g`);
  }
  const { rows } = (await handle.db.execute(sql`select to_regclass('survey_response_counts') is not null as kept`)) as unknown as { rows: { kept: boolean }[] };
  if (rows[0]!.kept) {
    await handle.db.execute(sql`insert into survey_response_counts (survey_id, organisation_id, day, stripe, n)
      values (${surveyId}, ${organisationId}, current_date - 1, 0, ${n})
      on conflict (survey_id, day, stripe) do update set n = survey_response_counts.n + excluded.n`);
  }
  await handle.db.execute(sql`analyze survey_responses`);
}

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await f();
  return [performance.now() - started, result];
}

async function main() {
  const load1 = () => loadavg()[0]!.toFixed(1);
  const loadAtStart = load1();
  const rows: string[] = [];
  for (const database of databases()) {
    const { database: handle, drop } = await database.open();
    const { app, services } = await buildApp({ database: handle, sessionSecret: randomBytes(32).toString('hex') });
    const { organisation, actor, programmeId, survey: big } = await setUpSurvey(handle, services);
    await fill(handle, organisation.id, big.id, ANSWERS);
    for (let i = 0; i < SMALL_SURVEYS; i++) {
      const small = await services.surveys.create(actor, programmeId, { title: `Klein ${i}`, linkEnabled: true, definition });
      await services.surveys.open(actor, programmeId, small.id);
      await fill(handle, organisation.id, small.id, ANSWERS / SMALL_SURVEYS);
    }
    await services.surveys.list(actor, programmeId); // warm-up
    const list: number[] = [];
    const one: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [ms, surveys] = await timed(() => services.surveys.list(actor, programmeId));
      if (surveys.length !== SMALL_SURVEYS + 1) throw new Error('list incomplete');
      list.push(ms);
      one.push((await timed(() => services.surveys.get(actor, programmeId, big.id)))[0]);
    }
    const [closeMs, closed] = await timed(() => services.surveys.close(actor, programmeId, big.id));
    if (closed.responses !== ANSWERS) throw new Error(`closed with ${closed.responses} answers, not ${ANSWERS}`);
    rows.push(
      `| ${database.name} | ${(2 * ANSWERS).toLocaleString('en')} in ${SMALL_SURVEYS + 1} open surveys | ${median(list).toFixed(1)} (${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}) | ${median(one).toFixed(1)} (${Math.min(...one).toFixed(1)}–${Math.max(...one).toFixed(1)}) | ${closeMs.toFixed(0)} |`,
    );
    await app.close();
    await handle.close();
    await drop();
  }
  console.log(`\n${ITEMS} statements per answer; Node ${process.version}; load average ${loadAtStart} at the start, ${load1()} at the end\n`);
  console.log(
    `| database | answers | survey list ms (median of ${RUNS}, min–max) | one survey ms (median, min–max) | close a survey of ${ANSWERS.toLocaleString('en')} ms |`,
  );
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

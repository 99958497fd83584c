import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { SurveyDefinition } from '#core/survey/definition.js';
import { addDays } from '#core/worksheets/planning.js';
import { amsterdamDay } from '#server/day.js';
import { surveysRepository } from '#server/modules/surveys/repository.js';
import { openSurvey as openSurveyIn, programmeWithTeam, rowsOf, startProgramme } from '../fixtures.js';
import { Client, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The staff survey over HTTP: a team builds and opens it, staff answer anonymously by link or
 * single-use e-mail invitation, closing counts every acknowledged answer, and results never show
 * a group below the organisation's minimum, not even by subtracting one figure from another.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let programmeId: string;
let anonymous: Client;

const text = (nl: string, en = '') => ({ nl, en });
const definition = (changes: Partial<SurveyDefinition> = {}): SurveyDefinition => ({
  behaviour: 'het adres controleren',
  intro: text('Vijf minuten over veilig mailen.'),
  scale: 5,
  items: [
    { id: 'i1', factor: 'C-psy', text: text('Ik weet hoe ik "het adres controleren" doe.', 'I know how to check the address.'), bankId: 'cpsy-know-how' },
    { id: 'i2', factor: 'O-phy', text: text('Ik heb er tijd voor.'), bankId: null },
    { id: 'i3', factor: null, text: text('Eigen stelling van het team.'), bankId: null },
  ],
  groups: [
    {
      id: 'department',
      question: text('Afdeling?'),
      options: [
        { id: 'a', label: text('A') },
        { id: 'b', label: text('B') },
        { id: 'c', label: text('C') },
      ],
    },
    {
      id: 'profession',
      question: text('Beroep?'),
      options: [
        { id: 'nurse', label: text('Verpleegkundige') },
        { id: 'doctor', label: text('Arts') },
      ],
    },
  ],
  ...changes,
});

const base = () => `/api/programmes/${programmeId}/surveys`;
const openSurvey = (changes: Partial<SurveyDefinition> = {}, linkEnabled = true) =>
  openSurveyIn(org.as.member, programmeId, { title: 'Veilig mailen', linkEnabled, definition: definition(changes) });
const answer = (slug: string, body: unknown, client = anonymous) => client.post(`/api/public/surveys/${slug}/responses`, body);
const all = (value: number) => ({ i1: value, i2: value, i3: value });

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Enquête');
  other = await t.organisation('Zorggroep Elders');
  programmeId = await programmeWithTeam(org, 'Mail veilig versturen');
  anonymous = t.client();
});
afterAll(async () => {
  await t?.close();
});

describe('building a survey', () => {
  it('creates a draft that can be changed until it opens, then is frozen', async () => {
    const created = await org.as.member.post(base(), { title: 'Concept', linkEnabled: true, definition: definition() });
    expect(created.body).toMatchObject({ status: 'draft', responses: 0 });
    const id = created.body.id;
    expect((await org.as.member.put(`${base()}/${id}`, { title: 'Concept 2', linkEnabled: false, definition: definition({ scale: 7 }) })).body).toMatchObject({
      title: 'Concept 2',
      linkEnabled: false,
    });
    expect((await anonymous.get(`/api/public/surveys/${created.body.publicSlug}`)).status).toBe(404);
    await org.as.member.post(`${base()}/${id}/open`, {});
    const frozen = await org.as.member.put(`${base()}/${id}`, { title: 'Te laat', linkEnabled: true, definition: definition() });
    expect(frozen.status).toBe(409);
    expect((await org.as.member.delete(`${base()}/${id}`)).status).toBe(409);
    const log = await org.as.admin.get('/api/audit?entity=survey');
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['survey.create', 'survey.update', 'survey.open']));
  });

  it('names the field of a bad definition, in the user’s language, and writes nothing', async () => {
    const before = await t.snapshot();
    const english = org.as.member.clone({ locale: 'en' });
    const bad = definition();
    bad.items[1] = { ...bad.items[1]!, text: text('', '') };
    const reply = await english.post(base(), { title: 'X', linkEnabled: true, definition: bad });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toContainEqual({ field: 'definition.items.1.text.nl', message: 'Fill in the text in at least one language.' });
    const noItems = await org.as.member.post(base(), { title: 'X', linkEnabled: true, definition: definition({ items: [] }) });
    expect(noItems.body.fields[0].field).toBe('definition.items');
    const badScale = await org.as.member.post(base(), { title: 'X', linkEnabled: true, definition: { ...definition(), scale: 6 } });
    expect(badScale.body.fields[0].field).toBe('definition.scale');
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses a statement asked twice, naming it, and opens no draft that asks one twice', async () => {
    const before = await t.snapshot();
    const english = org.as.member.clone({ locale: 'en' });
    const twice = definition();
    twice.items.push({ ...twice.items[1]!, id: 'i4', text: text(' ik heb er TIJD voor! ') });
    const reply = await english.post(base(), { title: 'X', linkEnabled: true, definition: twice });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([
      { field: 'definition.items.3.text.nl', message: expect.stringMatching(/^This statement is already in the survey \(statement 2\)\./) },
    ]);
    const bank = definition();
    bank.items[2] = { ...bank.items[2]!, bankId: 'cpsy-know-how' };
    expect((await org.as.member.post(base(), { title: 'X', linkEnabled: true, definition: bank })).body.fields).toEqual([
      { field: 'definition.items.2.bankId', message: expect.stringMatching(/^Deze stelling uit de itembank staat er al in \(stelling 1\)\./) },
    ]);
    expect(await t.snapshot()).toEqual(before);
    // A draft saved before the rule (or a follow-up of such a survey) does not open.
    const draft = (await org.as.member.post(base(), { title: 'Oud concept', linkEnabled: true, definition: definition() })).body;
    await t.database.db.execute(sql`update surveys set definition = ${JSON.stringify(twice)}::jsonb where id = ${draft.id}`);
    const open = await english.post(`${base()}/${draft.id}/open`, {});
    expect([open.status, open.body.error]).toEqual([409, 'surveyRepeatsStatement']);
  });

  it('is closed to viewers and invisible to other organisations', async () => {
    expect((await org.as.viewer.post(base(), { title: 'X', linkEnabled: true, definition: definition() })).status).toBe(403);
    expect((await org.as.viewer.get(base())).status).toBe(200);
    const { id } = await openSurvey();
    for (const reply of [
      await other.as.admin.get(base()),
      await other.as.coordinator.get(`${base()}/${id}/results`),
      await other.as.coordinator.post(`${base()}/${id}/close`, {}),
      await other.as.coordinator.get(`${base()}/${id}/qr.png`),
      await other.as.coordinator.post(`${base()}/${id}/invitations`, { emails: ['x@example.org'], message: '', locale: 'nl' }),
    ])
      expect(reply.status).toBe(404);
  });
});

describe('previewing a survey as staff will see it', () => {
  it('shows the team a draft exactly as the public link will serve it, counting nothing', async () => {
    const draft = (await org.as.member.post(base(), { title: 'Veilig mailen', linkEnabled: true, definition: definition() })).body;
    const preview = await org.as.viewer.get(`${base()}/${draft.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      title: 'Veilig mailen',
      organisation: 'Zorggroep Enquête',
      status: 'draft',
      items: [{ id: 'i1' }, { id: 'i2' }, { id: 'i3' }],
    });
    expect((await anonymous.get(`/api/public/surveys/${draft.publicSlug}`)).status).toBe(404);

    const opened = (await org.as.member.post(`${base()}/${draft.id}/open`, {})).body;
    const served = await anonymous.get(`/api/public/surveys/${opened.publicSlug}`);
    expect((await org.as.member.get(`${base()}/${draft.id}/preview`)).body).toEqual(served.body);
    expect((await org.as.member.get(`${base()}/${draft.id}`)).body.responses).toBe(0);
    expect(await rowsOf(t, sql`select id from survey_responses where survey_id = ${draft.id}`)).toEqual([]);
  });

  it('is for those who may read the programme, and does not exist for another organisation', async () => {
    const draft = (await org.as.member.post(base(), { title: 'Concept', linkEnabled: true, definition: definition() })).body;
    expect((await anonymous.get(`${base()}/${draft.id}/preview`)).status).toBe(401);
    expect((await other.as.admin.get(`${base()}/${draft.id}/preview`)).status).toBe(404);
    const theirProgramme = await startProgramme(other.as.coordinator, 'Elders');
    expect((await other.as.coordinator.get(`/api/programmes/${theirProgramme}/surveys/${draft.id}/preview`)).status).toBe(404);
  });
});

describe('answering anonymously', () => {
  it('serves the questionnaire without an account and stores an answer with nothing but the day', async () => {
    const { id, publicSlug } = await openSurvey();
    const page = await anonymous.get(`/api/public/surveys/${publicSlug}`);
    // The organisation's name, so staff see whose survey it is (and only its own name).
    expect(page.body).toMatchObject({
      title: 'Veilig mailen',
      organisation: 'Zorggroep Enquête',
      status: 'open',
      scale: 5,
      items: [{ id: 'i1' }, { id: 'i2' }, { id: 'i3' }],
    });
    expect(page.body.items[0]).not.toHaveProperty('factor');
    expect((await answer(publicSlug, { answers: all(4), groups: { department: 'a', profession: null } })).status).toBe(201);

    const columns = await rowsOf<{ column_name: string }>(
      t,
      sql`select column_name from information_schema.columns where table_name = 'survey_responses' order by column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['answers', 'groups', 'id', 'organisation_id', 'submitted_on', 'survey_id']);
    const invitationColumns = await rowsOf<{ column_name: string }>(
      t,
      sql`select column_name from information_schema.columns where table_name = 'survey_invitations' order by column_name`,
    );
    expect(invitationColumns.map((c) => c.column_name)).toEqual(['organisation_id', 'survey_id', 'token_hash', 'used']);
    const stored = await rowsOf(t, sql`select submitted_on::text as day, groups, answers from survey_responses where survey_id = ${id}`);
    expect(stored).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), groups: ['a', null], answers: [4, 4, 4] }]);
    // Nothing about the respondent lands in the audit log either.
    const log = await org.as.admin.get('/api/audit');
    expect(JSON.stringify(log.body)).not.toContain(publicSlug);
  });

  it('refuses incomplete or invalid answers naming the field, and writes nothing', async () => {
    const { publicSlug } = await openSurvey();
    const before = await t.snapshot();
    const english = t.client('en');
    const missing = await answer(publicSlug, { answers: { i1: 3, i2: 3 } }, english);
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual([{ field: 'answers.i3', message: 'This field is required.' }]);
    const range = await answer(publicSlug, { answers: { ...all(3), i2: 6 } });
    expect(range.body.fields[0].field).toBe('answers.i2');
    const option = await answer(publicSlug, { answers: all(3), groups: { department: 'z' } });
    expect(option.body.fields[0].field).toBe('groups.department');
    const extra = await answer(publicSlug, { answers: { ...all(3), i9: 1 } });
    expect(extra.status).toBe(400);
    expect((await answer('no-such-survey-slug', { answers: all(3) })).status).toBe(404);
    expect(await t.snapshot()).toEqual(before);
  });

  it('takes "weet ik niet" (0) as an answer that counts as missing: stored as 0, in no tally count, out of n and mean', async () => {
    const { id, publicSlug } = await openSurvey();
    // i1: two did not know, the others 2, 4, 4, 4; i2: all 3; i3 (own statement): nobody knew.
    for (const i1 of [0, 0, 2, 4, 4, 4]) expect((await answer(publicSlug, { answers: { i1, i2: 3, i3: 0 } })).status).toBe(201);
    const stored = await rowsOf<{ answers: number[] }>(t, sql`select answers from survey_responses where survey_id = ${id} order by answers[1]`);
    expect(stored.map((r) => r.answers)).toEqual([
      [0, 3, 0],
      [0, 3, 0],
      [2, 3, 0],
      [4, 3, 0],
      [4, 3, 0],
      [4, 3, 0],
    ]);
    expect((await org.as.member.post(`${base()}/${id}/close`, {})).status).toBe(200);
    // The tally keeps its layout (statements × scale points): a "weet ik niet" is in n, in no count.
    const tallies = await rowsOf<{ n: number; counts: number[] }>(t, sql`select n, counts from survey_tallies where survey_id = ${id}`);
    expect(tallies).toEqual([{ n: 6, counts: [0, 1, 0, 3, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0] }]);
    // Read without the round's noise, to check the arithmetic (as a round closed before the noise reads).
    await t.database.db.execute(sql`update surveys set noise_seed = null where id = ${id}`);
    const { overall, responses } = (await org.as.viewer.get(`${base()}/${id}/results`)).body;
    expect(responses).toBe(6);
    expect(overall.n).toBe(6);
    expect(overall.items).toMatchObject([
      { itemId: 'i1', n: 4, mean: 3.5, distribution: [0, 1, 0, 3, 0] },
      { itemId: 'i2', n: 6, mean: 3 },
      { itemId: 'i3', n: 0, distribution: [0, 0, 0, 0, 0] },
    ]);
    expect(overall.factors).toMatchObject([
      { factor: 'C-psy', n: 4, mean: 3.5 },
      { factor: 'O-phy', n: 6, mean: 3 },
    ]);
  });

  it('keeps results back while open and refuses answers once closed', async () => {
    const { id, publicSlug } = await openSurvey();
    for (let i = 0; i < 6; i++) await answer(publicSlug, { answers: all(3) });
    const open = await org.as.viewer.get(`${base()}/${id}/results`);
    // While open only the coarse count of earlier days (docs/anonymity.md): all six came in today.
    expect(open.body).toEqual({ available: false, responses: 0, countRounded: true });
    expect((await org.as.viewer.get(`${base()}/${id}/results.csv`)).status).toBe(409);
    expect((await org.as.viewer.post(`${base()}/${id}/close`, {})).status).toBe(403);
    expect((await org.as.member.post(`${base()}/${id}/close`, {})).status).toBe(200);
    expect((await org.as.member.post(`${base()}/${id}/close`, {})).status).toBe(409);
    const late = await answer(publicSlug, { answers: all(3) });
    expect(late.status).toBe(409);
    expect((await anonymous.get(`/api/public/surveys/${publicSlug}`)).body.status).toBe('closed');
    const results = await org.as.viewer.get(`${base()}/${id}/results`);
    expect(results.body).toMatchObject({ available: true, responses: 6, minGroupSize: 5, epsilon: 2, overall: { n: 6 } });
    // Everyone answered 3; the released figures carry the survey's noise, within a few of its standard deviations.
    expect(results.body.overall.factors.map((f: { factor: string }) => f.factor)).toEqual(['C-psy', 'O-phy']);
    for (const f of results.body.overall.factors) expect(Math.abs(f.mean - 3)).toBeLessThan(4 * f.noiseSd + 0.01);
  });

  it('loses no acknowledged answer when the survey closes while answers come in', async () => {
    const { id, publicSlug } = await openSurvey();
    const submissions = Array.from({ length: 60 }, (_, i) => answer(publicSlug, { answers: all((i % 5) + 1) }));
    const close = new Promise((resolve) => setTimeout(resolve, 5)).then(() => org.as.member.post(`${base()}/${id}/close`, {}));
    const replies = await Promise.all(submissions);
    expect((await close).status).toBe(200);
    const acknowledged = replies.filter((r) => r.status === 201).length;
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const results = await org.as.member.get(`${base()}/${id}/results`);
    expect(results.body.responses).toBe(acknowledged);
  });
});

describe('answers written in batches (group commit)', () => {
  it('stores in one statement every answer for an open survey and none for a closed one, each under its own organisation', async () => {
    const open = await openSurvey();
    const closed = await openSurvey();
    expect((await org.as.member.post(`${base()}/${closed.id}/close`, {})).status).toBe(200);
    const elsewhereProgramme = await startProgramme(other.as.coordinator, 'Elders');
    const draft = await other.as.coordinator.post(`/api/programmes/${elsewhereProgramme}/surveys`, {
      title: 'Elders',
      linkEnabled: true,
      definition: definition(),
    });
    const elsewhere = (await other.as.coordinator.post(`/api/programmes/${elsewhereProgramme}/surveys/${draft.body.id}/open`, {})).body as { id: string };
    const row = (surveyId: string, value: number) => ({ surveyId, day: '2026-12-06', groups: ['a', null], answers: [value, value, value] });
    const batch = [row(open.id, 1), row(closed.id, 2), row(elsewhere.id, 3), row(open.id, 4)];
    expect(await surveysRepository.insertResponses(t.database.db, batch)).toEqual([true, false, true, true]);
    const stored = await rowsOf<{ survey_id: string; organisation_id: string; answers: number[] }>(
      t,
      sql`select survey_id, organisation_id, answers from survey_responses where survey_id in (${open.id}, ${closed.id}, ${elsewhere.id}) order by answers[1]`,
    );
    expect(stored).toEqual([
      { survey_id: open.id, organisation_id: org.id, answers: [1, 1, 1] },
      { survey_id: elsewhere.id, organisation_id: other.id, answers: [3, 3, 3] },
      { survey_id: open.id, organisation_id: org.id, answers: [4, 4, 4] },
    ]);
    // The same statement counted them: two for the open survey, one elsewhere, none for the closed one.
    const counted = await rowsOf<{ survey_id: string; organisation_id: string; day: string; n: number }>(
      t,
      sql`select survey_id, organisation_id, day::text, sum(n)::int as n from survey_response_counts where survey_id in (${open.id}, ${closed.id}, ${elsewhere.id}) group by 1, 2, 3 order by n desc`,
    );
    expect(counted).toEqual([
      { survey_id: open.id, organisation_id: org.id, day: '2026-12-06', n: 2 },
      { survey_id: elsewhere.id, organisation_id: other.id, day: '2026-12-06', n: 1 },
    ]);
  });

  it('counts every acknowledged answer of many at once, as the survey list shows it the next day and closing counts it', async () => {
    const survey = await openSurvey();
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) => answer(survey.publicSlug, { answers: all((i % 5) + 1), groups: { department: 'a' } })),
    );
    const acknowledged = replies.filter((r) => r.status === 201).length;
    expect(acknowledged).toBe(60);
    // Several statements wrote them (the group commit's batches), each adding to the counter.
    expect(await rowsOf(t, sql`select 1 from survey_response_counts where survey_id = ${survey.id}`)).not.toHaveLength(0);
    // Answers are dated by the Amsterdam day (the database's current_date is UTC's, a day behind after 23:00 UTC in winter).
    const tomorrow = addDays(amsterdamDay(), 1);
    expect(await surveysRepository.counts(t.database.db, survey.id, tomorrow)).toMatchObject({ responses: acknowledged, responsesBeforeToday: acknowledged });
    expect(await rowsOf(t, sql`select 1 from survey_responses where survey_id = ${survey.id}`)).toHaveLength(acknowledged);
    // Today's answers are not in the live count (docs/anonymity.md); a day later all 60 are (a multiple of the minimum, 5).
    const listed = async () => (await org.as.member.get(base())).body.surveys.find((s: { id: string }) => s.id === survey.id);
    expect(await listed()).toMatchObject({ responses: 0, countRounded: true });
    await t.database.db.execute(sql`update survey_responses set submitted_on = submitted_on - 1 where survey_id = ${survey.id}`);
    await t.database.db.execute(sql`update survey_response_counts set day = day - 1 where survey_id = ${survey.id}`);
    expect(await listed()).toMatchObject({ responses: acknowledged, countRounded: true });
    expect((await org.as.member.get(`${base()}/${survey.id}`)).body).toMatchObject({ responses: acknowledged, countRounded: true });
    // Closed: the exact count, from the tallies; the counter, with its days, is gone.
    expect((await org.as.member.post(`${base()}/${survey.id}/close`, {})).body).toMatchObject({ responses: acknowledged, countRounded: false });
    expect(await listed()).toMatchObject({ responses: acknowledged, countRounded: false });
    expect(await rowsOf(t, sql`select 1 from survey_response_counts where survey_id = ${survey.id}`)).toHaveLength(0);
  });

  it('answers each of many respondents at once on its own: stored where open, refused where closed', async () => {
    const open = await openSurvey();
    const closed = await openSurvey();
    expect((await org.as.member.post(`${base()}/${closed.id}/close`, {})).status).toBe(200);
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => answer(i % 2 ? closed.publicSlug : open.publicSlug, { answers: all(3) })));
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 40 }, (_, i) => (i % 2 ? 409 : 201)));
    expect(await rowsOf(t, sql`select 1 from survey_responses where survey_id = ${open.id}`)).toHaveLength(20);
    expect(await rowsOf(t, sql`select 1 from survey_responses where survey_id = ${closed.id}`)).toHaveLength(0);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'never hold up one survey’s answers while another survey waits for its close (PostgreSQL, needs DATABASE_URL)',
    async () => {
      const closing = await openSurvey();
      const other = await openSurvey();
      // A close in progress elsewhere: it holds the survey row as lockForClose does.
      const locker = new pg.Client({ connectionString: t.databaseUrl });
      await locker.connect();
      await locker.query('begin');
      await locker.query('select id from surveys where id = $1 for update', [closing.id]);
      const waitingForLock = async () =>
        (await t.database.executeSql("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rows[0]
          .n;
      // Two statements for the closing survey, each waiting for the lock (as many as may run per survey).
      const waiting = [answer(closing.publicSlug, { answers: all(2) })];
      await expect.poll(waitingForLock).toBe(1);
      waiting.push(answer(closing.publicSlug, { answers: all(2) }));
      await expect.poll(waitingForLock).toBe(2);
      const others = Promise.all([1, 2, 3].map(() => answer(other.publicSlug, { answers: all(4) })));
      const late = new Promise<'held up'>((resolve) => setTimeout(() => resolve('held up'), 5_000));
      const replies = await Promise.race([others, late]);
      await locker.query('commit');
      await locker.end();
      expect(replies === 'held up' ? replies : replies.map((r) => r.status)).toEqual([201, 201, 201]);
      expect((await Promise.all(waiting)).map((r) => r.status)).toEqual([201, 201]);
    },
  );
});

// Queueing and sending invitations: survey-invitations.test.ts.
describe('e-mail invitations', () => {
  it('refuses duplicate or malformed addresses naming the entry', async () => {
    const { id } = await openSurvey();
    const reply = await org.as.member.post(`${base()}/${id}/invitations`, {
      emails: ['a@example.org', 'A@example.org', 'geen-adres'],
      message: '',
      locale: 'nl',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['emails.1', 'emails.2']);
  });

  it('without mail set up, the organisation says so (the form is hidden) and a batch is refused', async () => {
    const { id } = await openSurvey();
    expect((await org.as.member.get('/api/organisation')).body.surveyInvitations).toMatchObject({ mailConfigured: false });
    const reply = await org.as.member.post(`${base()}/${id}/invitations`, { emails: ['a@example.org'], message: '', locale: 'nl' });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('mailNotConfigured');
  });
});

describe('QR code and CSV', () => {
  it('serves the anonymous link as PNG and SVG, and the aggregates as CSV', async () => {
    const { id, publicSlug } = await openSurvey();
    const png = await fetch(`${t.url}${base()}/${id}/qr.png`, { headers: { cookie: org.as.member.cookie! } });
    expect(png.headers.get('content-type')).toBe('image/png');
    // Named after the survey, so posters of several surveys can be told apart in the downloads folder.
    expect(png.headers.get('content-disposition')).toBe(`inline; filename="qr-veilig-mailen.png"; filename*=UTF-8''qr-veilig-mailen.png`);
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const svg = await fetch(`${t.url}${base()}/${id}/qr.svg`, { headers: { cookie: org.as.member.cookie! } });
    expect(await svg.text()).toMatch(/^<svg/);
    for (let i = 0; i < 5; i++) await answer(publicSlug, { answers: all(4), groups: { department: 'a' } });
    await answer(publicSlug, { answers: all(1), groups: { department: 'b' } });
    await org.as.member.post(`${base()}/${id}/close`, {});
    const csv = await fetch(`${t.url}${base()}/${id}/results.csv`, { headers: { cookie: org.as.member.cookie!, 'accept-language': 'nl' } });
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="vragenlijst-veilig-mailen.csv"; filename*=UTF-8''vragenlijst-veilig-mailen.csv`);
    const body = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(body.startsWith('\uFEFFgroepsvraag;groep;respondenten')).toBe(true);
    expect(body).toContain('iedereen;6;factor;C-psy');
    // Department A (5) may be shown on its own only if the rest (B: 1) is not isolated by subtraction: it is not shown.
    expect(body).not.toContain('Afdeling?;A;');
    expect(body).not.toContain('Afdeling?;B;');
  });
});

describe('small groups stay hidden', () => {
  interface Aggregate {
    n: number;
    distribution: number[];
  }
  type Sent = { answers: { i1: number }; groups?: Record<string, string> };
  /**
   * Every figure the results show — the whole survey and each shown group — as the exact answers
   * to i1 behind it: which views are shown is what these tests are about, the noise aside.
   */
  function shownAggregates(body: any, sent: Sent[]): Aggregate[] {
    const of = (who: Sent[]) => ({ n: who.length, distribution: [1, 2, 3, 4, 5].map((v) => who.filter((s) => s.answers.i1 === v).length) });
    return [
      ...(body.overall ? [of(sent)] : []),
      ...body.questions.flatMap((q: any) => q.groups.map((g: any) => of(sent.filter((s) => s.groups?.[q.questionId] === g.optionId)))),
    ];
  }
  /** Sends the answers, in order, and keeps them for `shownAggregates`. */
  const sendAll = async (slug: string, sent: Sent[]) => {
    for (const body of sent) expect((await answer(slug, body)).status).toBe(201);
    return sent;
  };
  const times = (n: number, body: Sent) => Array.from({ length: n }, () => body);
  /**
   * The attacker's toolbox: add and subtract any of the shown figures. A result with fewer than
   * five respondents that contains the target's answer (1) would single out the target.
   */
  function isolates(aggregates: Aggregate[], min: number): boolean {
    const combinations = 3 ** aggregates.length;
    for (let c = 1; c < combinations; c++) {
      let k = c;
      let n = 0;
      const distribution = [0, 0, 0, 0, 0];
      for (const a of aggregates) {
        const sign = (k % 3) - 1;
        k = Math.floor(k / 3);
        n += sign * a.n;
        a.distribution.forEach((v, i) => (distribution[i]! += sign * v));
      }
      if (n >= 1 && n < min && distribution.every((v) => v >= 0) && distribution[0]! > 0) return true;
    }
    return false;
  }

  it('a lone nurse in department B cannot be recovered by subtracting department A from all nurses', async () => {
    const { id, publicSlug } = await openSurvey();
    // A: five nurses; B: one nurse (the target, all 1s) and five doctors. Each department and each
    // profession has five or more, so each figure alone looks safe; "nurses minus A" is the target.
    const sent = await sendAll(publicSlug, [
      ...times(5, { answers: all(5), groups: { department: 'a', profession: 'nurse' } }),
      { answers: all(1), groups: { department: 'b', profession: 'nurse' } },
      ...times(5, { answers: all(3), groups: { department: 'b', profession: 'doctor' } }),
    ]);
    await org.as.member.post(`${base()}/${id}/close`, {});
    const results = (await org.as.viewer.get(`${base()}/${id}/results`)).body;

    expect(results.overall.n).toBe(11);
    const shownQuestions = results.questions.filter((q: any) => q.groups.length > 0);
    expect(shownQuestions).toHaveLength(1);
    expect(results.questions.find((q: any) => q.groups.length === 0).withheld).toBe('combination');
    expect(isolates(shownAggregates(results, sent), 5)).toBe(false);
    // The check itself can fail: with both questions shown, the subtraction works.
    const naive = {
      overall: {},
      questions: [
        { questionId: 'department', groups: [{ optionId: 'a' }, { optionId: 'b' }] },
        { questionId: 'profession', groups: [{ optionId: 'nurse' }, { optionId: 'doctor' }] },
      ],
    };
    expect(isolates(shownAggregates(naive, sent), 5)).toBe(true);
  });

  it('the rest of a question is never small: a group is hidden too when only one other is', async () => {
    const { id, publicSlug } = await openSurvey();
    const sent = await sendAll(publicSlug, [
      ...times(7, { answers: all(4), groups: { department: 'a' } }),
      ...times(2, { answers: all(1), groups: { department: 'c' } }),
    ]);
    await org.as.member.post(`${base()}/${id}/close`, {});
    const results = (await org.as.viewer.get(`${base()}/${id}/results`)).body;
    expect(results.overall.n).toBe(9);
    expect(results.questions[0]).toMatchObject({ groups: [], hiddenOptions: 3 });
    expect(isolates(shownAggregates(results, sent), 5)).toBe(false);
  });

  it('shows nothing below the minimum, and follows the organisation’s own minimum', async () => {
    const small = await openSurvey();
    for (let i = 0; i < 4; i++) await answer(small.publicSlug, { answers: all(2) });
    await org.as.member.post(`${base()}/${small.id}/close`, {});
    expect((await org.as.viewer.get(`${base()}/${small.id}/results`)).body).toMatchObject({
      responses: 4,
      overall: null,
      questions: [{ groups: [] }, { groups: [] }],
    });

    expect((await org.as.admin.patch('/api/organisation', { minGroupSize: 8 })).status).toBe(200);
    const { id, publicSlug } = await openSurvey();
    for (let i = 0; i < 6; i++) await answer(publicSlug, { answers: all(3), groups: { department: 'a' } });
    for (let i = 0; i < 9; i++) await answer(publicSlug, { answers: all(3), groups: { department: 'b' } });
    await org.as.member.post(`${base()}/${id}/close`, {});
    const results = (await org.as.viewer.get(`${base()}/${id}/results`)).body;
    expect(results.minGroupSize).toBe(8);
    expect(results.questions[0].groups).toEqual([]);
    await org.as.admin.patch('/api/organisation', { minGroupSize: 5 });
  });
});

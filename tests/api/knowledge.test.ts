import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioByKey } from '#content/knowledge-scenarios.js';
import { displayOrder } from '#core/knowledge/display-order.js';
import { allInSector } from '#core/sector.js';
import { knowledgeRepository } from '#server/modules/knowledge/repository.js';
import { kpiInput, openKnowledgeCheck, programmeWithTeam, rowsOf, startProgramme } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Knowledge checks over HTTP: the team builds a check from the scenario set and opens it, staff
 * answer anonymously and learn from the feedback, results come only after closing and never show
 * a department below the minimum group size, and a check linked to a programme feeds its KPI.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let anonymous: Client;
let programmeId: string;

/** Right options: breach-wrong-gp 1 (of 2), sharing-police-phone 1 (of 3), sensitive-bsn-list 2 (of 3). */
const SCENARIOS = ['breach-wrong-gp', 'sharing-police-phone', 'sensitive-bsn-list'];
const ALL_RIGHT = { 'breach-wrong-gp': 1, 'sharing-police-phone': 1, 'sensitive-bsn-list': 2 };
const ONE_RIGHT = { 'breach-wrong-gp': 1, 'sharing-police-phone': 0, 'sensitive-bsn-list': 0 };
const DEPARTMENTS = [
  { id: 'ic', name: 'Intensive care' },
  { id: 'cardio', name: 'Cardiologie' },
  { id: 'lab', name: 'Laboratorium' },
];
const body = (changes: Record<string, unknown> = {}) => ({
  title: 'Datalek of niet?',
  programmeId: null,
  definition: { scenarios: SCENARIOS, departments: DEPARTMENTS },
  ...changes,
});

const answer = (slug: string, input: unknown) => anonymous.post(`/api/public/knowledge/${slug}/responses`, input);

const openCheck = (changes: Record<string, unknown> = {}) => openKnowledgeCheck(org.as.member, body(changes));

/** A KPI on the programme fed by its knowledge checks; reads its points. */
async function knowledgeKpi(programme: string) {
  const kpi = await org.as.member.post(
    `/api/programmes/${programme}/kpis`,
    kpiInput({ name: 'Kennis over datalekken', indicator: 'knowledgeCheckScore', baseline: null, baselineDate: null, target: null, targetDate: null }),
  );
  expect(kpi.status).toBe(201);
  return async () => (await org.as.viewer.get(`/api/programmes/${programme}/kpis`)).body.kpis.find((k: { id: string }) => k.id === kpi.body.id).measurements;
}

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Kennis');
  other = await t.organisation('Zorggroep Elders');
  anonymous = t.client();
  programmeId = await programmeWithTeam(org, 'Datalekken melden');
});
afterAll(() => t?.close());

describe('building a check', () => {
  it('creates a draft that can be changed until it opens, then is frozen; every step is logged', async () => {
    const created = await org.as.member.post('/api/knowledge', body());
    expect(created.body).toMatchObject({ status: 'draft', responses: 0, programmeId: null, definition: { scenarios: SCENARIOS } });
    const { id, publicSlug } = created.body;
    const changed = await org.as.member.put(`/api/knowledge/${id}`, body({ title: 'Mag ik dit delen?', programmeId }));
    expect(changed.body).toMatchObject({ title: 'Mag ik dit delen?', programmeId });
    expect((await org.as.viewer.get('/api/knowledge')).body.checks.map((c: { id: string }) => c.id)).toContain(id);
    expect((await anonymous.get(`/api/public/knowledge/${publicSlug}`)).status).toBe(404);

    expect((await org.as.member.post(`/api/knowledge/${id}/open`, {})).body.status).toBe('open');
    const frozen = await org.as.member.put(`/api/knowledge/${id}`, body());
    expect([frozen.status, frozen.body.error]).toEqual([409, 'knowledgeCheckNotDraft']);
    expect((await org.as.member.delete(`/api/knowledge/${id}`)).status).toBe(409);
    const log = await org.as.admin.get('/api/audit?entity=knowledge_check');
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['knowledgeCheck.create', 'knowledgeCheck.update', 'knowledgeCheck.open']),
    );

    const draft = (await org.as.privacy.post('/api/knowledge', body())).body.id;
    expect((await org.as.privacy.delete(`/api/knowledge/${draft}`)).status).toBe(204);
    expect((await org.as.privacy.get(`/api/knowledge/${draft}`)).status).toBe(404);
  });

  it('names the field of bad input, in the user’s language, and writes nothing', async () => {
    const theirs = await startProgramme(other.as.coordinator, 'Hun traject');
    const before = await t.snapshot();
    const english = org.as.member.clone({ locale: 'en' });
    const unknown = await english.post('/api/knowledge', body({ definition: { scenarios: ['breach-wrong-gp', 'toverstaf'], departments: [] } }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toContainEqual({ field: 'definition.scenarios.1', message: 'This scenario is not in the set.' });
    const lonely = await org.as.member.post('/api/knowledge', body({ definition: { scenarios: SCENARIOS, departments: [DEPARTMENTS[0]] } }));
    expect(lonely.body.fields[0].field).toBe('definition.departments');
    const none = await org.as.member.post('/api/knowledge', body({ definition: { scenarios: [], departments: [] } }));
    expect(none.body.fields[0].field).toBe('definition.scenarios');
    const foreign = await org.as.member.post('/api/knowledge', body({ programmeId: theirs }));
    expect([foreign.status, foreign.body.error, foreign.body.fields]).toEqual([
      400,
      'knowledgeProgrammeUnknown',
      [{ field: 'programmeId', message: expect.any(String) }],
    ]);
    expect(await t.snapshot()).toEqual(before);
  });

  it('links only to a programme the user works on', async () => {
    const linked = await org.as.member.post('/api/knowledge', body({ programmeId }));
    expect(linked.status).toBe(201);
    const offTeam = await org.as.privacy.post('/api/knowledge', body({ programmeId }));
    expect([offTeam.status, offTeam.body.error]).toEqual([400, 'knowledgeProgrammeUnknown']);
  });
});

describe('who may do what', () => {
  it('viewers read but do not build', async () => {
    expect((await org.as.viewer.post('/api/knowledge', body())).status).toBe(403);
    const { id } = await openCheck();
    const qr = await org.as.viewer.get(`/api/knowledge/${id}/qr.svg`);
    expect(qr.headers.get('content-disposition')).toBe(`inline; filename="qr-datalek-of-niet.svg"; filename*=UTF-8''qr-datalek-of-niet.svg`);
    expect((await org.as.viewer.get(`/api/knowledge/${id}/results`)).status).toBe(200);
    expect((await org.as.viewer.post(`/api/knowledge/${id}/close`, {})).status).toBe(403);
  });

  it('another organisation can neither read nor change our check', async () => {
    const { id } = await openCheck();
    const draft = (await org.as.member.post('/api/knowledge', body())).body.id;
    const before = await t.snapshot();
    for (const reply of [
      await other.as.admin.get(`/api/knowledge/${id}`),
      await other.as.admin.get(`/api/knowledge/${id}/results`),
      await other.as.admin.get(`/api/knowledge/${id}/qr.svg`),
      await other.as.admin.post(`/api/knowledge/${id}/close`, {}),
      await other.as.admin.put(`/api/knowledge/${draft}`, body()),
      await other.as.admin.post(`/api/knowledge/${draft}/open`, {}),
      await other.as.admin.delete(`/api/knowledge/${draft}`),
    ])
      expect(reply.status).toBe(404);
    expect(await t.snapshot()).toEqual(before);
    const theirList = await other.as.admin.get('/api/knowledge');
    expect(theirList.body.checks.map((c: { id: string }) => c.id)).not.toContain(id);
  });
});

describe('answering anonymously', () => {
  it('serves the scenarios without the answers, and answers with feedback and its source per scenario', async () => {
    const { publicSlug } = await openCheck();
    const page = await anonymous.get(`/api/public/knowledge/${publicSlug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    // Whose check it is, and the way from the feedback to this organisation's own breach report form.
    const { breachSlug } = (await org.as.member.get('/api/organisation')).body.organisation;
    expect(page.body).toMatchObject({
      title: 'Datalek of niet?',
      organisation: 'Zorggroep Kennis',
      breachReportPath: `/melden/${breachSlug}`,
      status: 'open',
      departments: DEPARTMENTS,
    });
    expect(page.body.scenarios.map((s: { key: string }) => s.key)).toEqual(SCENARIOS);
    expect(JSON.stringify(page.body)).not.toMatch(/"right"|"feedback"|"explanation"|"source"/);

    const reply = await answer(publicSlug, { answers: ONE_RIGHT, department: 'cardio' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ correct: 1, total: 3 });
    expect(reply.body.score).toBeCloseTo(100 / 3, 6);
    // The organisation is a hospital (the default sector): the feedback says patiënt (src/core/sector.ts).
    const taught = (key: string) => ({ explanation: allInSector(scenarioByKey(key)!.feedback, 'hospital'), source: scenarioByKey(key)!.source });
    expect(reply.body.feedback).toEqual([
      { key: 'breach-wrong-gp', chosen: 1, right: 1, ...taught('breach-wrong-gp') },
      { key: 'sharing-police-phone', chosen: 0, right: 1, ...taught('sharing-police-phone') },
      { key: 'sensitive-bsn-list', chosen: 0, right: 2, ...taught('sensitive-bsn-list') },
    ]);
  });

  it('shows the options in an order of its own per check, while answers name the option as stored', async () => {
    const checks = [await openCheck(), await openCheck()];
    for (const { publicSlug } of checks) {
      const served = (await anonymous.get(`/api/public/knowledge/${publicSlug}`)).body.scenarios as { key: string; options: unknown[]; order: number[] }[];
      for (const s of served) {
        expect(s.options).toEqual(scenarioByKey(s.key)!.options);
        expect(s.order, s.key).toEqual(displayOrder(s.options.length, `${publicSlug}/${s.key}`));
      }
      // The same check shows the same order again (a reload or a change of language moves nothing).
      expect((await anonymous.get(`/api/public/knowledge/${publicSlug}`)).body.scenarios).toEqual(served);
      expect((await answer(publicSlug, { answers: ALL_RIGHT })).body.correct).toBe(3);
    }
  });

  it('stores no user, address or moment: only the options, the score, the department and the day', async () => {
    const { id, publicSlug } = await openCheck();
    const logged = (await org.as.admin.get('/api/audit?limit=200')).body.total;
    expect((await org.as.member.clone().post(`/api/public/knowledge/${publicSlug}/responses`, { answers: ALL_RIGHT })).status).toBe(201);
    const columns = await rowsOf<{ column_name: string }>(
      t,
      sql`select column_name from information_schema.columns where table_name = 'knowledge_check_responses' order by column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['answers', 'check_id', 'correct', 'department', 'id', 'organisation_id', 'submitted_on']);
    const stored = await rowsOf(t, sql`select submitted_on::text as day, department, answers, correct from knowledge_check_responses where check_id = ${id}`);
    expect(stored).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), department: '', answers: [1, 1, 2], correct: 3 }]);
    expect((await org.as.admin.get('/api/audit?limit=200')).body.total).toBe(logged);
  });

  it('refuses answers that do not fit the check, naming the field, and answers to a closed check', async () => {
    const { id, publicSlug } = await openCheck();
    const before = await t.snapshot();
    const tooHigh = await answer(publicSlug, { answers: { ...ALL_RIGHT, 'breach-wrong-gp': 2 } });
    expect([tooHigh.status, tooHigh.body.fields[0].field]).toEqual([400, 'answers.breach-wrong-gp']);
    const missing = await answer(publicSlug, { answers: { 'breach-wrong-gp': 1 } });
    expect(missing.body.fields[0].field).toMatch(/^answers/);
    const department = await answer(publicSlug, { answers: ALL_RIGHT, department: 'radiologie' });
    expect(department.body.fields[0].field).toBe('department');
    expect(await t.snapshot()).toEqual(before);

    await org.as.member.post(`/api/knowledge/${id}/close`, {});
    const closed = await answer(publicSlug, { answers: ALL_RIGHT });
    expect([closed.status, closed.body.error]).toEqual([409, 'knowledgeCheckClosed']);
    expect((await anonymous.get(`/api/public/knowledge/${publicSlug}`)).body.status).toBe('closed');
  });
});

describe('a withdrawn scenario', () => {
  const WITHDRAWN = 'sharing-teacher';

  it('cannot be put in a new or changed check', async () => {
    const english = org.as.member.clone({ locale: 'en' });
    const withIt = { scenarios: ['breach-wrong-gp', WITHDRAWN], departments: [] };
    const created = await english.post('/api/knowledge', body({ definition: withIt }));
    expect([created.status, created.body.fields]).toEqual([400, [{ field: 'definition.scenarios.1', message: 'This scenario is not in the set.' }]]);
    const { id } = (await org.as.member.post('/api/knowledge', body())).body;
    expect((await org.as.member.put(`/api/knowledge/${id}`, body({ definition: withIt }))).status).toBe(400);
  });

  it('keeps serving it in a check that already holds it, with its feedback, but scores nobody on it', async () => {
    const programme = await programmeWithTeam(org, 'Delen met school');
    const pointsOf = await knowledgeKpi(programme);
    const { id } = (await org.as.member.post('/api/knowledge', body({ programmeId: programme }))).body;
    // As a check built before the scenario was withdrawn, and still running.
    await knowledgeRepository.update(t.database.db, org.id, id, {
      definition: { scenarios: ['breach-wrong-gp', WITHDRAWN, 'sensitive-bsn-list'], departments: [] },
    });
    const { publicSlug } = (await org.as.member.post(`/api/knowledge/${id}/open`, {})).body;
    const served = (await anonymous.get(`/api/public/knowledge/${publicSlug}`)).body;
    expect(served.scenarios.map((s: { key: string }) => s.key)).toEqual(['breach-wrong-gp', WITHDRAWN, 'sensitive-bsn-list']);

    // Option 1 was the withdrawn scenario's "right" one: it no longer counts, nor does any other.
    const taught = { explanation: scenarioByKey(WITHDRAWN)!.feedback, source: scenarioByKey(WITHDRAWN)!.source };
    for (let i = 0; i < 6; i++) {
      const reply = await answer(publicSlug, { answers: { 'breach-wrong-gp': 1, [WITHDRAWN]: i % 3, 'sensitive-bsn-list': i < 3 ? 2 : 0 } });
      expect(reply.body).toMatchObject({ correct: i < 3 ? 2 : 1, total: 2, score: i < 3 ? 100 : 50 });
      expect(reply.body.feedback[1]).toEqual({ key: WITHDRAWN, chosen: i % 3, right: null, ...taught });
      expect(reply.body.feedback[0].right).toBe(1);
    }
    const stored = await rowsOf<{ correct: number }>(t, sql`select correct from knowledge_check_responses where check_id = ${id} order by correct`);
    expect(stored.map((r) => r.correct)).toEqual([1, 1, 1, 2, 2, 2]);

    await org.as.member.post(`/api/knowledge/${id}/close`, {});
    const results = (await org.as.viewer.get(`/api/knowledge/${id}/results`)).body;
    const scenarios = results.overall.scenarios as { key: string; right: number | null; percentRight: number | null; chosen: number[] }[];
    // What people chose stays (with noise, as every count); no right count, no share right.
    expect(scenarios.map((s) => [s.key, s.chosen.length, s.right === null, s.percentRight === null])).toEqual([
      ['breach-wrong-gp', 2, false, false],
      [WITHDRAWN, 3, true, true],
      ['sensitive-bsn-list', 3, false, false],
    ]);
    // The mean score is the share right over the two scored scenarios only.
    const scored = scenarios.filter((s) => s.right !== null);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(results.overall.meanScore).toBeCloseTo((100 * sum(scored.map((s) => s.right!))) / sum(scored.flatMap((s) => s.chosen)), 6);
    // And so is the programme's KPI point.
    expect((await pointsOf()).map((p: { value: number }) => p.value)).toEqual([results.overall.meanScore]);
  });
});

describe('answers written in batches (group commit)', () => {
  it('stores in one statement every answer for an open check and none for a closed one; many answers at once each get their own reply', async () => {
    const open = await openCheck();
    const closed = await openCheck();
    await org.as.member.post(`/api/knowledge/${closed.id}/close`, {});
    const row = (checkId: string, correct: number) => ({ checkId, day: '2026-12-06', department: '', answers: [1, 0, 0], correct });
    expect(await knowledgeRepository.insertResponses(t.database.db, [row(closed.id, 1), row(open.id, 2), row(open.id, 3)])).toEqual([false, true, true]);
    expect(
      await rowsOf(t, sql`select organisation_id, correct from knowledge_check_responses where check_id in (${open.id}, ${closed.id}) order by correct`),
    ).toEqual([
      { organisation_id: org.id, correct: 2 },
      { organisation_id: org.id, correct: 3 },
    ]);
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => answer(i % 3 ? open.publicSlug : closed.publicSlug, { answers: ALL_RIGHT })));
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 30 }, (_, i) => (i % 3 ? 201 : 409)));
    expect(replies.filter((r) => r.status === 201).every((r) => r.body.correct === 3)).toBe(true);
    expect(await rowsOf(t, sql`select 1 from knowledge_check_responses where check_id = ${open.id}`)).toHaveLength(22);
    // Each statement, batch or single, counted what it stored: the list the next day shows all 22 but the minimum's rest.
    expect(await rowsOf(t, sql`select sum(n)::int as n from knowledge_check_response_counts where check_id = ${open.id}`)).toEqual([{ n: 22 }]);
    expect(await rowsOf(t, sql`select 1 from knowledge_check_response_counts where check_id = ${closed.id}`)).toHaveLength(0);
    await t.database.db.execute(sql`update knowledge_check_responses set submitted_on = submitted_on - 1 where check_id = ${open.id}`);
    await t.database.db.execute(sql`update knowledge_check_response_counts set day = day - 1 where check_id = ${open.id}`);
    const listed = (await org.as.viewer.get('/api/knowledge')).body.checks.find((c: { id: string }) => c.id === open.id);
    expect(listed).toMatchObject({ responses: 20, countRounded: true });
    expect((await org.as.member.post(`/api/knowledge/${open.id}/close`, {})).body).toMatchObject({ responses: 22, countRounded: false });
    expect(await rowsOf(t, sql`select 1 from knowledge_check_response_counts where check_id = ${open.id}`)).toHaveLength(0);
  });
});

describe('results', () => {
  it('wait for the close, then show scores per scenario and per department, withholding small groups', async () => {
    const { id, publicSlug } = await openCheck();
    const send = async (department: string | null, answers: Record<string, number>, times: number) => {
      for (let i = 0; i < times; i++) expect((await answer(publicSlug, { answers, department })).status).toBe(201);
    };
    await send('ic', ALL_RIGHT, 6);
    await send('cardio', ONE_RIGHT, 5);
    await send('lab', ALL_RIGHT, 2);
    // While open only the coarse count of earlier days (docs/anonymity.md): all 13 came in today.
    expect((await org.as.viewer.get(`/api/knowledge/${id}/results`)).body).toEqual({ available: false, responses: 0, countRounded: true });
    const listed = (await org.as.viewer.get('/api/knowledge')).body.checks.find((c: { id: string }) => c.id === id);
    expect(listed).toMatchObject({ responses: 0, countRounded: true, minGroupSize: 5 });

    await org.as.member.post(`/api/knowledge/${id}/close`, {});
    const results = (await org.as.viewer.get(`/api/knowledge/${id}/results`)).body;
    expect(results).toMatchObject({ available: true, responses: 13, minGroupSize: 5, epsilon: 2 });
    // 8 respondents with 3 of 3 right, 5 with 1 of 3: 29 of 39 answers, released with noise on
    // each scenario's counts; the shares follow from the released counts.
    const scenarios = results.overall.scenarios as { key: string; n: number; right: number; chosen: number[] }[];
    expect(scenarios[1]).toMatchObject({ key: 'sharing-police-phone', n: 13 });
    expect(scenarios[1]!.chosen).toHaveLength(3);
    expect(scenarios[1]!.right).toBe(scenarios[1]!.chosen[1]);
    const total = (key: 'right' | 'all') => scenarios.reduce((a, x) => a + (key === 'right' ? x.right : x.chosen.reduce((p, q) => p + q, 0)), 0);
    expect(results.overall.meanScore).toBeCloseTo((100 * total('right')) / total('all'), 6);
    // Intensive care (6) and cardiology (5) are large enough, but shown together the 2 of the lab
    // would follow by subtraction: only intensive care is shown.
    expect(results.departments.map((d: { departmentId: string; n: number }) => [d.departmentId, d.n])).toEqual([['ic', 6]]);
    expect(results.hiddenDepartments).toBe(2);
  });

  it('show nothing when fewer than the minimum answered', async () => {
    const { id, publicSlug } = await openCheck();
    for (let i = 0; i < 4; i++) await answer(publicSlug, { answers: ALL_RIGHT, department: 'ic' });
    await org.as.member.post(`/api/knowledge/${id}/close`, {});
    expect((await org.as.member.get(`/api/knowledge/${id}/results`)).body).toMatchObject({
      available: true,
      responses: 4,
      overall: null,
      departments: [],
      hiddenDepartments: 3,
    });
  });
});

describe('as a programme measurement', () => {
  it('feeds the knowledge-check KPI of the programme it is linked to, once closed and large enough', async () => {
    const pointsOf = await knowledgeKpi(programmeId);
    const { id, publicSlug } = await openCheck({ programmeId, title: 'Nulmeting kennis' });
    for (let i = 0; i < 5; i++) await answer(publicSlug, { answers: i < 4 ? ALL_RIGHT : ONE_RIGHT });
    expect(await pointsOf()).toEqual([]);
    await org.as.member.post(`/api/knowledge/${id}/close`, {});
    const [point] = await pointsOf();
    expect(point).toMatchObject({
      id: null,
      source: 'knowledgeCheck',
      checkId: id,
      note: 'Nulmeting kennis',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    // The KPI shows the check's released mean score (4 × 3 right + 1 × 1 right = 13 of 15, plus noise).
    expect(point.value).toBe((await org.as.viewer.get(`/api/knowledge/${id}/results`)).body.overall.meanScore);
  });
});

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { addDays } from '#core/worksheets/planning.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import { amsterdamDay } from '#server/day.js';
import { openKnowledgeCheck, openSurvey as openSurveyIn, programmeWithTeam, rowsOf } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The insider attacks on respondent anonymity (docs/anonymity.md), replayed over HTTP: stuffing a
 * colleague's group with known answers and subtracting them, watching the live count, and
 * combining two views of one survey at different minimum group sizes.
 */

let t: TestApp;
let org: TestOrganisation;
let programmeId: string;
let anonymous: Client;

const STATEMENTS = 20;
const text = (nl: string) => ({ nl, en: '' });
const definition: SurveyDefinition = {
  behaviour: 'een datalek melden',
  intro: text(''),
  scale: 5,
  items: Array.from({ length: STATEMENTS }, (_, i) => ({
    id: `s${i}`,
    factor: i % 2 ? ('C-psy' as const) : ('M-ref' as const),
    text: text(`Stelling ${i + 1}`),
    bankId: null,
  })),
  groups: [
    {
      id: 'department',
      question: text('Afdeling?'),
      options: [
        { id: 'pharmacy', label: text('Apotheek') },
        { id: 'ward', label: text('Afdeling') },
      ],
    },
  ],
};
const base = () => `/api/programmes/${programmeId}/surveys`;
const answers = (pick: (i: number) => number) => Object.fromEntries(definition.items.map((item, i) => [item.id, pick(i)]));
const submit = (slug: string, values: Record<string, number>, department: string) =>
  anonymous.post(`/api/public/surveys/${slug}/responses`, { answers: values, groups: { department } });

const openSurvey = (title: string) => openSurveyIn<{ id: string; publicSlug: string; minGroupSize: number }>(org.as.member, programmeId, { title, definition });

/** The text of the plan van aanpak (docx) around one survey's row, as a viewer downloads it. */
async function surveyRowInPlan(title: string) {
  const reply = await fetch(`${t.url}/api/programmes/${programmeId}/documents/plan.docx`, {
    headers: { cookie: org.as.viewer.cookie!, 'accept-language': 'nl' },
  });
  const xml = await (await JSZip.loadAsync(Buffer.from(await reply.arrayBuffer()))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  return text.slice(text.indexOf(title), text.indexOf(title) + title.length + 20);
}

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Anoniem');
  programmeId = await programmeWithTeam(org, 'Datalekken melden');
  anonymous = t.client();
});
afterAll(async () => {
  await t?.close();
});

describe('stuffing a colleague’s group with known answers', () => {
  it('no longer recovers the target’s answers, and the live count does not show when the target answered', async () => {
    const survey = await openSurvey('Melden in de apotheek');
    // Twelve colleagues on the ward; the target is the only pharmacist.
    for (let k = 0; k < 12; k++)
      expect(
        (
          await submit(
            survey.publicSlug,
            answers((i) => ((i + k) % 5) + 1),
            'ward',
          )
        ).status,
      ).toBe(201);
    const watch = () => org.as.member.get(`${base()}/${survey.id}`).then((r) => r.body);
    const before = await watch();

    const target = answers((i) => ((i * 3) % 5) + 1);
    expect((await submit(survey.publicSlug, target, 'pharmacy')).status).toBe(201);
    // Step 1 of the attack: the team member watches for the count to rise. It does not move.
    expect(await watch()).toEqual(before);
    expect(before).toMatchObject({ countRounded: true, responses: 0, invitationsUsed: null });

    // Step 2: four answers with known values make the pharmacy a group of five.
    const fakes = Array.from({ length: 4 }, (_, k) => answers((i) => ((i + 2 * k) % 5) + 1));
    for (const fake of fakes) expect((await submit(survey.publicSlug, fake, 'pharmacy')).status).toBe(201);
    expect((await org.as.member.post(`${base()}/${survey.id}/close`, {})).status).toBe(200);

    // Step 3: read the pharmacy's figures and subtract the known answers.
    const results = (await org.as.member.get(`${base()}/${survey.id}/results`)).body;
    expect(results).toMatchObject({ available: true, responses: 17, epsilon: 2 });
    const pharmacy = results.questions[0].groups.find((g: { optionId: string }) => g.optionId === 'pharmacy');
    expect(pharmacy.n).toBe(5);
    const recovered = definition.items.map((item, i) => {
      const left = pharmacy.items[i].distribution.map((count: number, v: number) => count - fakes.filter((f) => f[item.id] === v + 1).length);
      return left.indexOf(Math.max(...left)) + 1;
    });
    const right = recovered.filter((value, i) => value === target[definition.items[i]!.id]).length;
    // Exact figures would give all 20; the noise (ε = 2 per statement) leaves a guess not much better than chance (4).
    expect(right).toBeLessThan(14);
    expect(recovered).not.toEqual(Object.values(target));

    // The noise is drawn once: reading again, or as the CSV, cannot average it away.
    expect((await org.as.viewer.get(`${base()}/${survey.id}/results`)).body).toEqual(results);
  });
});

describe('stuffing a colleague’s group with "weet ik niet"', () => {
  it('does not expose the one answer to a statement all others in the group did not know', async () => {
    const survey = await openSurvey('Melden met weet ik niet');
    for (let k = 0; k < 12; k++)
      expect(
        (
          await submit(
            survey.publicSlug,
            answers((i) => ((i + k) % 5) + 1),
            'ward',
          )
        ).status,
      ).toBe(201);
    const target = answers((i) => ((i * 3) % 5) + 1);
    expect((await submit(survey.publicSlug, target, 'pharmacy')).status).toBe(201);
    // Four "weet ik niet" to everything (0) make the pharmacy a group of five with one answer per statement.
    for (let k = 0; k < 4; k++)
      expect(
        (
          await submit(
            survey.publicSlug,
            answers(() => 0),
            'pharmacy',
          )
        ).status,
      ).toBe(201);
    expect((await org.as.member.post(`${base()}/${survey.id}/close`, {})).status).toBe(200);

    const results = (await org.as.member.get(`${base()}/${survey.id}/results`)).body;
    const pharmacy = results.questions[0].groups.find((g: { optionId: string }) => g.optionId === 'pharmacy');
    expect(pharmacy.n).toBe(5);
    // Each statement's n is read from its released (noisy) counts, never the exact one answer.
    for (const item of pharmacy.items) expect(item.n).toBe(item.distribution.reduce((a: number, c: number) => a + c, 0));
    const recovered = pharmacy.items.map((item: { distribution: number[] }) => item.distribution.indexOf(Math.max(...item.distribution)) + 1);
    const right = recovered.filter((value: number, i: number) => value === target[definition.items[i]!.id]).length;
    // Exact figures would give all 20 (the one count left); with the noise a guess is not much better than chance (4).
    expect(right).toBeLessThan(14);
    expect(recovered).not.toEqual(Object.values(target));
  });
});

describe('the count while a survey is open', () => {
  it('shows answers up to yesterday, rounded down to the minimum, and the exact count once closed', async () => {
    const survey = await openSurvey('Tellen per dag');
    const yesterday = addDays(amsterdamDay(), -1);
    // Seven answers from yesterday (given through the answer route, then moved a day back with their count) and two today.
    for (let k = 0; k < 7; k++)
      expect(
        (
          await submit(
            survey.publicSlug,
            answers(() => 3),
            'ward',
          )
        ).status,
      ).toBe(201);
    await t.database.db.execute(sql`update survey_responses set submitted_on = ${yesterday}::date where survey_id = ${survey.id}`);
    await t.database.db.execute(sql`update survey_response_counts set day = ${yesterday}::date where survey_id = ${survey.id}`);
    for (let k = 0; k < 2; k++)
      await submit(
        survey.publicSlug,
        answers(() => 4),
        'ward',
      );
    const open = (await org.as.member.get(base())).body.surveys.find((s: { id: string }) => s.id === survey.id);
    expect(open).toMatchObject({ responses: 5, countRounded: true, minGroupSize: 5 });
    expect((await org.as.viewer.get(`${base()}/${survey.id}/results`)).body).toEqual({ available: false, responses: 5, countRounded: true });
    // The plan van aanpak lists the same rounded count: documents are no side door to the live one.
    expect(await surveyRowInPlan('Tellen per dag')).toMatch(/Tellen per dag Open 5 /);
    await submit(
      survey.publicSlug,
      answers(() => 2),
      'ward',
    );
    expect(await surveyRowInPlan('Tellen per dag')).toMatch(/Tellen per dag Open 5 /);
    await org.as.member.post(`${base()}/${survey.id}/close`, {});
    expect((await org.as.member.get(`${base()}/${survey.id}`)).body).toMatchObject({ responses: 10, countRounded: false });
  });
});

describe('two views at different minimum group sizes', () => {
  it('fixes the minimum when the survey opens: lowering it later releases no second view', async () => {
    const survey = await openSurvey('Een kleine apotheek');
    expect(survey.minGroupSize).toBe(5);
    for (let k = 0; k < 10; k++)
      await submit(
        survey.publicSlug,
        answers(() => 4),
        'ward',
      );
    for (let k = 0; k < 3; k++)
      await submit(
        survey.publicSlug,
        answers(() => 1),
        'pharmacy',
      );
    // Lowered while open and again after closing: the survey keeps 5.
    expect((await org.as.admin.patch('/api/organisation', { minGroupSize: 3 })).status).toBe(200);
    await org.as.member.post(`${base()}/${survey.id}/close`, {});
    const first = (await org.as.viewer.get(`${base()}/${survey.id}/results`)).body;
    expect(first.minGroupSize).toBe(5);
    expect(first.questions[0].groups).toEqual([]);
    expect((await org.as.admin.patch('/api/organisation', { minGroupSize: 4 })).status).toBe(200);
    expect((await org.as.viewer.get(`${base()}/${survey.id}/results`)).body).toEqual(first);
    // A survey opened now takes the new minimum.
    expect((await openSurvey('Na de wijziging')).minGroupSize).toBe(4);
    await org.as.admin.patch('/api/organisation', { minGroupSize: 5 });
  });

  it('does the same for knowledge checks', async () => {
    const opened = await openKnowledgeCheck<{ id: string; publicSlug: string; minGroupSize: number }>(org.as.member, {
      title: 'Datalek of niet?',
      programmeId: null,
      definition: { scenarios: ['breach-wrong-gp', 'sharing-police-phone'], departments: [] },
    });
    expect(opened.minGroupSize).toBe(5);
    for (let k = 0; k < 6; k++)
      await anonymous.post(`/api/public/knowledge/${opened.publicSlug}/responses`, { answers: { 'breach-wrong-gp': 1, 'sharing-police-phone': k % 3 } });
    expect((await org.as.viewer.get(`/api/knowledge/${opened.id}/results`)).body).toEqual({ available: false, responses: 0, countRounded: true });
    await org.as.admin.patch('/api/organisation', { minGroupSize: 7 });
    await org.as.member.post(`/api/knowledge/${opened.id}/close`, {});
    const results = (await org.as.viewer.get(`/api/knowledge/${opened.id}/results`)).body;
    expect(results).toMatchObject({ available: true, responses: 6, minGroupSize: 5, epsilon: 2 });
    expect(results.overall.n).toBe(6);
    await org.as.admin.patch('/api/organisation', { minGroupSize: 5 });
  });
});

describe('the order answers arrived in', () => {
  const ROUND = { survey_responses: 'survey_id', knowledge_check_responses: 'check_id' } as const;
  type Row = { xmin: string; day: string; key: string };
  /** One round's rows in physical order (ctid), each with its writing transaction (xmin), day and `key`. */
  const stored = async (table: keyof typeof ROUND, round: string, key: SQL) =>
    rowsOf<Row>(
      t,
      sql`select xmin::text as xmin, submitted_on::text as day, ${key} as key from ${sql.identifier(table)} where ${sql.identifier(ROUND[table])} = ${round} order by ctid`,
    );
  const byTransaction = (rows: Row[]) => [...rows].sort((a, b) => Number(a.xmin) - Number(b.xmin)).map((r) => r.key);
  const contents = (rows: Row[]) => rows.map((r) => r.key).sort();

  /**
   * While open, the transactions that wrote the rows give the order of arrival (`arrival`: the
   * answers' keys as they were sent). Closing rewrites the rows: one transaction, another physical
   * order, the same answers, and the closing day as every answer's day.
   */
  async function expectOrderForgotten(table: keyof typeof ROUND, round: string, key: SQL, arrival: string[], close: () => Promise<{ status: number }>) {
    const open = await stored(table, round, key);
    expect(byTransaction(open)).toEqual(arrival);
    // A third came in three days before closing: their day would tell them apart from the rest.
    const earlier = addDays(amsterdamDay(), -3);
    await t.database.db.execute(
      sql`update ${sql.identifier(table)} set submitted_on = ${earlier}::date where ctid in (select ctid from ${sql.identifier(table)} where ${sql.identifier(ROUND[table])} = ${round} order by ctid limit 10)`,
    );
    expect((await close()).status).toBe(200);
    const closed = await stored(table, round, key);
    expect(new Set(closed.map((r) => r.xmin)).size).toBe(1);
    expect(closed.map((r) => r.key)).not.toEqual(arrival);
    expect(contents(closed)).toEqual(contents(open));
    expect(new Set(closed.map((r) => r.day))).toEqual(new Set([amsterdamDay()]));
  }

  it('is not kept in the survey’s rows once it closes', async () => {
    const survey = await openSurvey('Volgorde van binnenkomst');
    // Answer k writes k in base 5 in its first three statements: each row shows which one it is.
    const sent = Array.from({ length: 30 }, (_, k) => answers((i) => (i < 3 ? Math.floor(k / 5 ** i) % 5 : 0) + 1));
    for (const values of sent) expect((await submit(survey.publicSlug, values, 'ward')).status).toBe(201);
    const arrival = sent.map((values) => `{${Object.values(values).join(',')}}`);
    await expectOrderForgotten('survey_responses', survey.id, sql`answers::text`, arrival, () => org.as.member.post(`${base()}/${survey.id}/close`, {}));
    expect((await org.as.member.get(`${base()}/${survey.id}/results`)).body.responses).toBe(30);
  });

  it('nor in a knowledge check’s', async () => {
    const departments = [
      { id: 'ic', name: 'Intensive care' },
      { id: 'lab', name: 'Laboratorium' },
    ];
    const check = await openKnowledgeCheck(org.as.member, {
      title: 'Volgorde van binnenkomst',
      programmeId: null,
      definition: { scenarios: ['breach-wrong-gp', 'sharing-police-phone', 'sensitive-bsn-list'], departments },
    });
    // 2 × 3 × 3 options and two departments: 36 different answers, one for each k.
    const sent = Array.from({ length: 30 }, (_, k) => ({
      answers: [k % 2, Math.floor(k / 2) % 3, Math.floor(k / 6) % 3],
      department: departments[Math.floor(k / 18)]!.id,
    }));
    for (const {
      answers: [gp, police, bsn],
      department,
    } of sent) {
      const reply = await anonymous.post(`/api/public/knowledge/${check.publicSlug}/responses`, {
        answers: { 'breach-wrong-gp': gp, 'sharing-police-phone': police, 'sensitive-bsn-list': bsn },
        department,
      });
      expect(reply.status).toBe(201);
    }
    const arrival = sent.map((s) => `${s.department} {${s.answers.join(',')}}`);
    await expectOrderForgotten('knowledge_check_responses', check.id, sql`department || ' ' || answers::text`, arrival, () =>
      org.as.member.post(`/api/knowledge/${check.id}/close`, {}),
    );
  });
});

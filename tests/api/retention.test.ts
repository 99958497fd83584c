import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeCheckResponses, kpis, surveyResponses } from '#server/db/schema.js';
import type { SessionActor } from '#server/context.js';
import { answeredKnowledgeCheck, fillProgramme } from './full-programme.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Retention: raw survey and knowledge-check answers go some months after the survey or check
 * closed, each by its own setting; the results stay as they were.
 */

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let P = '';
/** A's closed check (answers that expire) and open check (answers that never do). */
let closedCheck = '';
let openCheck = '';

const MONTH = 31 * 24 * 3600 * 1000;
const monthsLater = (months: number) => new Date(Date.now() + months * MONTH);

const rawCount = async (table: typeof surveyResponses | typeof knowledgeCheckResponses, organisationId: string) =>
  (await t.database.db.select({ id: table.id }).from(table).where(eq(table.organisationId, organisationId))).length;
const rawAnswers = async (organisationId: string) => ({
  surveys: await rawCount(surveyResponses, organisationId),
  knowledge: await rawCount(knowledgeCheckResponses, organisationId),
});

async function results() {
  const list = (await A.as.admin.get(`${P}/surveys`)).body.surveys as { id: string; title: string; responses: number }[];
  return Promise.all(list.map(async (s) => ({ ...s, results: (await A.as.admin.get(`${P}/surveys/${s.id}/results`)).body })));
}

/** What the team sees of A's knowledge checks: the list with its counts, each check's results, and the KPI points they feed. */
async function knowledgeView() {
  const { checks } = (await A.as.viewer.get('/api/knowledge')).body as { checks: { id: string }[] };
  const kpis = (await A.as.viewer.get(`${P}/kpis`)).body.kpis as { indicator: string | null; measurements: unknown[] }[];
  return {
    checks,
    results: await Promise.all(checks.map(async (c) => (await A.as.viewer.get(`/api/knowledge/${c.id}/results`)).body)),
    kpiPoints: kpis.find((k) => k.indicator === 'knowledgeCheckScore')!.measurements,
  };
}

const adminOf = (org: TestOrganisation): SessionActor => ({
  userId: org.userIds.admin,
  organisationId: org.id,
  roles: ['admin'],
  name: 'admin',
  email: org.emails.admin,
  locale: 'nl',
  sessionId: '',
  csrfToken: '',
});

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  const programmeId = (await fillProgramme(t, A)).id;
  P = `/api/programmes/${programmeId}`;
  // Fed by the closed check below.
  await t.database.db
    .insert(kpis)
    .values({ organisationId: A.id, programmeId, name: 'Kennis over datalekken', unit: '%', indicator: 'knowledgeCheckScore', direction: 'increase' });
  closedCheck = await answeredKnowledgeCheck(t, A, { programmeId, close: true });
  openCheck = await answeredKnowledgeCheck(t, A, { programmeId: null, close: false });
  await fillProgramme(t, B);
  await answeredKnowledgeCheck(t, B, { programmeId: null, close: true });
}, 120_000);
afterAll(() => t?.close());

describe('the setting', () => {
  it('keeps everything until an admin sets months; the change is audited', async () => {
    expect((await A.as.admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: null, knowledgeResponsesMonths: null });
    const reply = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 12, knowledgeResponsesMonths: 6 });
    expect(reply.status).toBe(200);
    expect(reply.body.retention).toEqual({ surveyResponsesMonths: 12, knowledgeResponsesMonths: 6 });
    expect((await A.as.admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: 12, knowledgeResponsesMonths: 6 });
    const log = (await A.as.admin.get('/api/audit?limit=200')).body.entries as { action: string }[];
    expect(log.some((e) => e.action === 'retention.update')).toBe(true);
  });

  it('names the field of a wrong or missing value and is for admins only', async () => {
    const fields = (body: { fields: { field: string }[] }) => body.fields.map((f) => f.field);
    const survey = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 0, knowledgeResponsesMonths: 6 });
    expect([survey.status, fields(survey.body)]).toEqual([400, ['surveyResponsesMonths']]);
    const knowledge = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 12, knowledgeResponsesMonths: 601 });
    expect([knowledge.status, fields(knowledge.body)]).toEqual([400, ['knowledgeResponsesMonths']]);
    const missing = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 12 });
    expect([missing.status, fields(missing.body)]).toEqual([400, ['knowledgeResponsesMonths']]);
    expect((await A.as.coordinator.put('/api/organisation/retention', { surveyResponsesMonths: 1, knowledgeResponsesMonths: 1 })).status).toBe(403);
    expect((await A.as.admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: 12, knowledgeResponsesMonths: 6 });
  });
});

describe('the export', () => {
  it('carries the released results, never the answers, and the same past the retention as before', async () => {
    const now = await t.services.transfer.export(adminOf(A), new Date());
    const later = await t.services.transfer.export(adminOf(A), monthsLater(7));
    for (const document of [now, later]) {
      expect([document.knowledgeCheckResponses, document.knowledgeCheckTallies, document.surveyResponses, document.surveyTallies]).toEqual([[], [], [], []]);
    }
    const released = (document: typeof now) => document.knowledgeChecks.find((c) => c.id === closedCheck)!.releasedResults;
    expect(released(now)).toMatchObject({ responses: 11 });
    expect(released(later)).toEqual(released(now));
    expect(later.organisation).toMatchObject({ surveyResponsesMonths: 12, knowledgeResponsesMonths: 6 });
  });
});

describe('the daily job', () => {
  it('deletes nothing while the surveys and checks closed less long ago', async () => {
    const before = await rawAnswers(A.id);
    expect(await t.services.retention.purgeExpired(new Date())).toBe(0);
    expect(await rawAnswers(A.id)).toEqual(before);
  });

  it('deletes the raw answers of closed checks past their retention, only in that organisation, and the results stay identical', async () => {
    const shown = await knowledgeView();
    expect(shown.results.filter((r) => r.available && r.overall !== null)).toHaveLength(1);
    expect(shown.kpiPoints).toHaveLength(1);
    const before = await rawAnswers(A.id);
    const theirs = await rawAnswers(B.id);

    expect(await t.services.retention.purgeExpired(monthsLater(7))).toBe(11);
    // The open check keeps its answers; the surveys are not past their 12 months.
    expect(await rawAnswers(A.id)).toEqual({ surveys: before.surveys, knowledge: 11 });
    expect(await rawAnswers(B.id)).toEqual(theirs);
    expect(await knowledgeView()).toEqual(shown);

    const log = (await A.as.admin.get('/api/audit?entity=knowledge_check&action=retention.purge')).body.entries as { entityId: string; after: unknown }[];
    expect(log.map((e) => [e.entityId, e.after])).toEqual([[closedCheck, { responsesDeleted: 11, months: 6 }]]);
  });

  it('deletes the raw answers of surveys past the retention, only in that organisation, and the results stay identical', async () => {
    const shown = await results();
    // fillProgramme's three closed surveys, each with its results.
    expect(shown.map((s) => [s.responses, s.results.available])).toEqual([
      [36, true],
      [40, true],
      [2, true],
    ]);
    const theirs = await rawAnswers(B.id);

    // fillProgramme's three closed surveys, answered 36, 40 and 2 times.
    expect(await t.services.retention.purgeExpired(monthsLater(13))).toBe(78);
    expect(await rawAnswers(A.id)).toEqual({ surveys: 0, knowledge: 11 });
    expect(await rawAnswers(B.id)).toEqual(theirs);
    expect(await results()).toEqual(shown);

    const log = (await A.as.admin.get('/api/audit?entity=survey&action=retention.purge')).body.entries as { after: { responsesDeleted: number } }[];
    expect(log.map((e) => e.after).sort((a, b) => a.responsesDeleted - b.responsesDeleted)).toEqual(
      [2, 36, 40].map((n) => ({ responsesDeleted: n, months: 12 })),
    );
  });
});

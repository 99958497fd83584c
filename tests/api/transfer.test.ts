import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBSTEP_KEYS } from '../../src/core/steps.js';
import { FILLED, answeredKnowledgeCheck, fillProgramme } from './full-programme.js';
import { TEST_PASSWORD, startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The organisation export and import: A's export holds everything A made and nothing of B; a new
 * installation takes it over with fresh ids, and what the teams see there is what they saw here.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The same content whatever the ids. */
const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value).replace(UUID, 'ID'));
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

const REPORT = {
  isBreach: 'yes',
  whatHappened: 'Een overdrachtslijst is per e-mail naar een verkeerde externe ontvanger gestuurd.',
  incidentKind: 'emailWrongRecipient',
  noticedAt: new Date().toISOString(),
  dataKinds: ['namesAddresses', 'health'],
  peopleBand: 'upTo100',
  ongoing: 'no',
  actionsTaken: 'Ontvanger gevraagd de e-mail te verwijderen.',
  department: 'Interne geneeskunde',
};
const DECISION = { notifyAp: true, informSubjects: false, reasoning: 'Gezondheidsgegevens bij een onbekende derde.' };

let source: TestApp;
let target: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let programmeId = '';
let document: any;

/** What a team sees of a programme: its worksheets, and its surveys with their results. */
async function programmeView(client: Client, id: string) {
  const P = `/api/programmes/${id}`;
  const worksheets: Record<string, unknown> = {};
  for (const key of SUBSTEP_KEYS) worksheets[key] = (await client.get(`${P}/substeps/${key}`)).body.worksheet?.fields ?? null;
  const surveys = (await client.get(`${P}/surveys`)).body.surveys as { id: string; title: string; status: string; responses: number }[];
  const results: Record<string, unknown> = {};
  for (const s of surveys) results[s.title] = { responses: s.responses, results: (await client.get(`${P}/surveys/${s.id}/results`)).body };
  return withoutIds({ worksheets, results });
}

/** What a team sees of the knowledge checks: the list with its counts, and each check's results (links are new after an import). */
async function knowledgeView(client: Client) {
  const checks = (await client.get('/api/knowledge')).body.checks as { id: string; publicSlug: string }[];
  const results = await Promise.all(checks.map(async (c) => (await client.get(`/api/knowledge/${c.id}/results`)).body));
  return withoutIds({ checks: checks.map(({ publicSlug: _, ...check }) => check), results });
}

async function setupToken(app: TestApp) {
  return (await app.services.setup.createSetupLink('http://localhost'))!.split('#token=')[1]!;
}

beforeAll(async () => {
  source = await startTestApp();
  A = await source.organisation('Zorggroep Noord');
  B = await source.organisation('Zorggroep Zuid');
  programmeId = (await fillProgramme(source, A)).id;
  await answeredKnowledgeCheck(source, A, { programmeId, close: true });
  expect((await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: null, knowledgeResponsesMonths: 24 })).status).toBe(200);
  await fillProgramme(source, B);
  const slug = (await A.as.admin.get('/api/organisation')).body.organisation.breachSlug;
  const reference = (await source.client().post(`/api/public/breach-report/${slug}`, REPORT)).body.reference;
  const breach = ((await A.as.privacy.get('/api/breaches')).body.breaches as { id: string; reference: string }[]).find((b) => b.reference === reference)!;
  expect((await A.as.privacy.post(`/api/breaches/${breach.id}/decisions`, DECISION)).status).toBe(201);
  target = await startTestApp();
}, 120_000);
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('the export', () => {
  it("is a versioned document with all of A and none of B, and no passwords", async () => {
    const reply = await A.as.admin.get('/api/organisation/export');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename="wegwijs-organisatie-\d{4}-\d{2}-\d{2}\.json"/);
    document = reply.body;
    expect(document).toMatchObject({ format: 'wegwijs-organisation', version: 1, organisation: { name: 'Zorggroep Noord', minGroupSize: 5 } });
    expect(document.programmes.map((p: { title: string }) => p.title)).toEqual([FILLED.title]);
    expect(document.surveyResponses.length).toBeGreaterThan(0);
    expect(document.surveyTallies.length).toBeGreaterThan(0);
    expect(document.knowledgeCheckResponses).toHaveLength(11);
    expect(document.knowledgeCheckTallies).toHaveLength(2);
    expect(document.organisation).toMatchObject({ surveyResponsesMonths: null, knowledgeResponsesMonths: 24 });
    expect(document.breachDecisions).toHaveLength(1);
    const text = JSON.stringify(document);
    expect(text).not.toContain(B.id);
    for (const id of Object.values(B.userIds)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(Object.keys(document.users[0]).sort()).toEqual(['createdAt', 'email', 'id', 'locale', 'name', 'roles', 'status']);
  });

  it('is refused to everyone but admins, and is in the audit log', async () => {
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) expect((await A.as[role].get('/api/organisation/export')).status, role).toBe(403);
    const log = (await A.as.admin.get('/api/audit?limit=200')).body.entries as { action: string }[];
    expect(log.some((e) => e.action === 'organisation.export')).toBe(true);
  });
});

describe('the import on a new installation', () => {
  const importer = () => ({ name: 'Nieuwe beheerder', email: A.emails.admin, password: TEST_PASSWORD });

  it.each([
    ['an unknown version', { version: 2 }, 'document.version'],
    ['a missing table', { surveys: undefined }, 'document.surveys'],
    ['a reference to nothing', { programmeMembers: [{ programmeId: '99999999-9999-4999-8999-999999999999', userId: '99999999-9999-4999-8999-999999999999', teamRole: '', addedAt: '2026-01-01T00:00:00.000Z' }] }, 'document.programmeMembers.0.programmeId'],
  ])('refuses %s, names the field and writes nothing', async (_, changes, field) => {
    const before = await target.snapshot();
    const reply = await target.client('en').post('/api/organisation/import', { token: await setupToken(target), ...importer(), document: { ...document, ...changes } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(fieldsOf(reply.body)).toContain(field);
    const after = await target.snapshot();
    // Only the fresh set-up token differs.
    expect({ ...after, setup_tokens: '' }).toEqual({ ...before, setup_tokens: '' });
  });

  it('refuses a wrong set-up token', async () => {
    const reply = await target.client().post('/api/organisation/import', { token: 'x'.repeat(43), ...importer(), document });
    expect(reply.status).toBe(400);
    expect(fieldsOf(reply.body)).toEqual(['token']);
  });

  it('creates the organisation with its programme, worksheets, survey results and breaches; the importer is its admin', async () => {
    const admin = target.client();
    const reply = await admin.post('/api/organisation/import', { token: await setupToken(target), ...importer(), document });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.organisation.name).toBe('Zorggroep Noord');
    expect(reply.body.organisation.id).not.toBe(A.id);

    const [programme] = (await admin.get('/api/programmes')).body.programmes;
    expect(programme.title).toBe(FILLED.title);
    expect(programme.id).not.toBe(programmeId);
    const there = await programmeView(A.as.admin, programmeId);
    expect(Object.values(there.results).filter((s: any) => s.results.available && s.responses > 0).length).toBeGreaterThan(0);
    expect(Object.values(there.worksheets).filter(Boolean).length).toBeGreaterThan(5);
    expect(await programmeView(admin, programme.id)).toEqual(there);
    const checks = await knowledgeView(A.as.admin);
    expect(checks.results).toMatchObject([{ available: true, responses: 11, overall: { n: 11 } }]);
    expect(await knowledgeView(admin)).toEqual(checks);
    expect((await admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: null, knowledgeResponsesMonths: 24 });

    // The privacy officer is invited again; the admin reads the register meanwhile.
    const breaches = (await admin.get('/api/breaches')).body.breaches;
    expect(breaches).toHaveLength(1);
    expect((await admin.get(`/api/breaches/${breaches[0].id}`)).body.decisions).toHaveLength(1);

    const users = (await admin.get('/api/users')).body.users as { email: string; status: string; roles: string[] }[];
    expect(users.find((u) => u.email === A.emails.admin)).toMatchObject({ status: 'active', roles: ['admin'] });
    expect(users.filter((u) => u.email !== A.emails.admin).every((u) => u.status === 'invited')).toBe(true);
    expect((await target.client().post('/api/auth/login', { email: A.emails.coordinator, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('takes an export from before the knowledge-check tallies: closed checks are counted from their answers', async () => {
    const older = await startTestApp();
    try {
      const { knowledgeCheckTallies: _, ...tables } = document;
      const { knowledgeResponsesMonths: __, ...organisation } = document.organisation;
      const admin = older.client();
      const reply = await admin.post('/api/organisation/import', { token: await setupToken(older), ...importer(), document: { ...tables, organisation } });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      expect(await knowledgeView(admin)).toEqual(await knowledgeView(A.as.admin));
      expect((await admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: null, knowledgeResponsesMonths: null });
    } finally {
      await older.close();
    }
  });

  it('happens once: afterwards the installation is set up', async () => {
    const reply = await target.client().post('/api/organisation/import', { token: 'x'.repeat(43), ...importer(), document });
    expect(reply.status).toBe(409);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyResponses } from '../../src/server/db/schema.js';
import { fillProgramme } from './full-programme.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** Retention: raw survey answers go some months after the survey closed; the results stay as they were. */

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let P = '';

const rawCount = async (organisationId: string) =>
  (await t.database.db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.organisationId, organisationId))).length;

async function results() {
  const list = (await A.as.admin.get(`${P}/surveys`)).body.surveys as { id: string; title: string; responses: number }[];
  return Promise.all(list.map(async (s) => ({ ...s, results: (await A.as.admin.get(`${P}/surveys/${s.id}/results`)).body })));
}

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  P = `/api/programmes/${(await fillProgramme(t, A)).id}`;
  await fillProgramme(t, B);
}, 120_000);
afterAll(() => t?.close());

describe('the setting', () => {
  it('keeps everything until an admin sets months; the change is audited', async () => {
    expect((await A.as.admin.get('/api/organisation/retention')).body.retention).toEqual({ surveyResponsesMonths: null });
    const reply = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 12 });
    expect(reply.status).toBe(200);
    expect(reply.body.retention).toEqual({ surveyResponsesMonths: 12 });
    const log = (await A.as.admin.get('/api/audit?limit=200')).body.entries as { action: string }[];
    expect(log.some((e) => e.action === 'retention.update')).toBe(true);
  });

  it('names the field of a wrong value and is for admins only', async () => {
    const reply = await A.as.admin.put('/api/organisation/retention', { surveyResponsesMonths: 0 });
    expect(reply.status).toBe(400);
    expect(reply.body.fields.map((f: { field: string }) => f.field)).toEqual(['surveyResponsesMonths']);
    expect((await A.as.coordinator.put('/api/organisation/retention', { surveyResponsesMonths: 1 })).status).toBe(403);
  });
});

describe('the daily job', () => {
  it('deletes nothing while the surveys closed less long ago', async () => {
    const before = await rawCount(A.id);
    expect(await t.services.retention.purgeExpired(new Date())).toBe(0);
    expect(await rawCount(A.id)).toBe(before);
  });

  it('deletes the raw answers of surveys past the retention, only in that organisation, and the results stay identical', async () => {
    const shown = await results();
    expect(shown.some((s) => s.results.available)).toBe(true);
    const theirs = await rawCount(B.id);
    const later = new Date(Date.now() + 13 * 31 * 24 * 3600 * 1000);

    expect(await t.services.retention.purgeExpired(later)).toBeGreaterThan(0);
    expect(await rawCount(A.id)).toBe(0);
    expect(await rawCount(B.id)).toBe(theirs);
    expect(await results()).toEqual(shown);

    const log = (await A.as.admin.get('/api/audit?limit=200')).body.entries as { action: string }[];
    expect(log.some((e) => e.action === 'retention.purge')).toBe(true);
  });

});

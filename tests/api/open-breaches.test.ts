import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachReportInput } from '#core/breach/report.js';
import { breaches } from '#server/db/schema.js';
import { reportBreach, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The open-breaches summary behind the badge in the navigation and the panel "Open datalekken":
 * every breach of the organisation not closed yet, most urgent first, with reference, status and
 * clock and nothing else of the breach; only for those who read the register.
 */

const HOUR = 3_600_000;
const REPORT: BreachReportInput = {
  isBreach: 'yes',
  whatHappened: 'Een dossier is met een verkeerde cliënt gedeeld.',
  incidentKind: 'emailWrongRecipient',
  noticedAt: new Date().toISOString(),
  dataKinds: ['health'],
  peopleBand: 'one',
  ongoing: 'no',
  department: 'Wijkzorg',
};

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
/** Our breaches by where their clock stands. */
const ours = { fresh: '', dueSoon: '', overdue: '', notNotifying: '', notified: '', closed: '' };
let theirs = '';

const officer = () => A.as.privacy;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const report = (org: TestOrganisation) => reportBreach(t, org, REPORT);

/** Calls the register as the officer and expects it to succeed with `status`. */
async function step(method: 'put' | 'post', path: string, body: unknown, status: number) {
  const reply = await officer()[method](path, body);
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(status);
}
/** A report the organisation knew of `hours` before now. */
async function knownFor(hours: number): Promise<string> {
  const id = await report(A);
  await step('put', `/api/breaches/${id}/aware-at`, { awareAt: hoursAgo(hours), reason: 'De teamleider wist het eerder' }, 204);
  return id;
}
const decide = (id: string, notifyAp: boolean) =>
  step('post', `/api/breaches/${id}/decisions`, { notifyAp, informSubjects: false, reasoning: 'Afgewogen door de FG' }, 201);
const moveTo = (id: string, status: string, moments: object = {}) => step('post', `/api/breaches/${id}/status`, { status, ...moments }, 200);

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  ours.fresh = await report(A);
  ours.dueSoon = await knownFor(60);
  ours.overdue = await knownFor(80);
  // Its deadline is the earliest of all, but the decision not to notify stopped its clock.
  ours.notNotifying = await knownFor(100);
  await decide(ours.notNotifying, false);
  ours.notified = await knownFor(50);
  await moveTo(ours.notified, 'triage');
  await decide(ours.notified, true);
  await moveTo(ours.notified, 'assessed');
  await moveTo(ours.notified, 'notified', { apNotifiedAt: hoursAgo(1) });
  // How a breach gets closed is breach-register.test.ts's business; here only that it is.
  ours.closed = await knownFor(90);
  await t.database.db.update(breaches).set({ status: 'closed', closedAt: new Date() }).where(eq(breaches.id, ours.closed));
  theirs = await report(B);
});
afterAll(() => t?.close());

describe('the open breaches', () => {
  it('are every breach not closed, running clocks by deadline first (overdue on top), then those whose clock stopped', async () => {
    const reply = await officer().get('/api/breaches/open');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const ids = reply.body.breaches.map((b: { id: string }) => b.id);
    expect(ids).toEqual([ours.overdue, ours.dueSoon, ours.fresh, ours.notNotifying, ours.notified]);
    expect(reply.body.breaches.map((b: { deadline: { state: string; running: boolean } }) => [b.deadline.state, b.deadline.running])).toEqual([
      ['expired', true],
      ['dueSoon', true],
      ['open', true],
      ['expired', false],
      ['notifiedInTime', false],
    ]);
  });

  it('say the reference, status and clock of each, and nothing else of the breach', async () => {
    const [overdue] = (await officer().get('/api/breaches/open')).body.breaches;
    expect(Object.keys(overdue).sort()).toEqual(['awareAt', 'deadline', 'id', 'reference', 'reportedAt', 'status']);
    expect(overdue).toMatchObject({ id: ours.overdue, reference: expect.stringMatching(/^DL-\d{4}-\d{4}$/), status: 'reported' });
    expect(Date.parse(overdue.deadline.deadline) - Date.parse(overdue.awareAt)).toBe(72 * HOUR);
    expect(overdue.deadline.hoursLeft).toBeCloseTo(-8, 1);
    expect(Date.parse(overdue.reportedAt) - Date.parse(overdue.awareAt)).toBeGreaterThan(79 * HOUR);
  });

  it("never include another organisation's breaches, either way", async () => {
    const them = (await B.as.privacy.get('/api/breaches/open')).body.breaches.map((b: { id: string }) => b.id);
    expect(them).toEqual([theirs]);
    const us = (await A.as.admin.get('/api/breaches/open')).body.breaches.map((b: { id: string }) => b.id);
    expect(us).not.toContain(theirs);
    expect(us).toHaveLength(5);
  });

  it.each(['coordinator', 'member', 'viewer'] as const)('are not for a %s, who does not read the register (403)', async (role) => {
    const reply = await A.as[role].get('/api/breaches/open');
    expect(reply.status).toBe(403);
    expect(reply.body.error).toBe('forbidden');
  });

  it('need a session (401) and take no query', async () => {
    expect((await t.client().get('/api/breaches/open')).status).toBe(401);
    expect((await officer().get('/api/breaches/open?limit=5')).status).toBe(400);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { BreachReportInput } from '#core/breach/report.js';
import { monthOf } from '#core/breach/statistics.js';
import { breaches } from '#server/db/schema.js';
import { message } from '#server/i18n/messages.js';
import { handoverListReport, kpiInput, startProgramme } from '../fixtures.js';
import { reportBreach, startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The privacy officer's breach register over HTTP: the list and its filters, the facts (validated,
 * one transaction, audited), the proposal and the append-only decisions, the workflow with its
 * refusals, the 72 hours from the confirmed moment of awareness and the late notification, the AP-form answers, the letter, the CSV, the
 * statistics and the KPI they feed, and an organisation that never sees another's breaches.
 */

const HOUR = 3_600_000;
const REPORT = handoverListReport();
/** A complete register entry: nothing missing, so the breach can be closed. */
const FACTS: BreachRegisterInput = {
  classification: ['confidentiality'],
  incidentKind: 'emailWrongRecipient',
  summary: 'Overdrachtslijst met 24 patiënten naar een verkeerde externe ontvanger gemaild.',
  dataCategories: ['name', 'dateOfBirth'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 24, max: 24 },
  protection: 'none',
  recipients: 'known',
  recipientTrusted: false,
  dataRecovered: false,
  cause: 'Verkeerde adressuggestie in het e-mailprogramma.',
  peopleConsequences: ['professionalSecrecy'],
  consequenceSeverity: 'significant',
  measuresTaken: 'Ontvanger gevraagd de e-mail te verwijderen; adressuggesties uitgezet.',
};
/** A KPI on the built-in indicator the register feeds. */
const KPI = kpiInput({
  name: 'Gemelde datalekken',
  unit: 'meldingen per maand',
  indicator: 'breachReports',
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
});
const DECISION = { notifyAp: true, informSubjects: true, reasoning: 'Gezondheidsgegevens van patiënten bij een onbekende derde: hoog risico.' };

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
/** Our breaches by what they stand for in the tests below. */
const ours = { email: '', lost: '', hack: '' };
let theirs = '';

/** Reports as staff do, each from their own device. */
const report = (org: TestOrganisation, changes: Partial<BreachReportInput> = {}) => reportBreach(t, org, { ...REPORT, ...changes });
const officer = () => A.as.privacy;
const path = (id: string, suffix = '') => `/api/breaches/${id}${suffix}`;
const detail = async (id: string, as: Client = officer()) => {
  const reply = await as.get(path(id));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
};
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);
/** The officer confirms the reporter's moment of awareness, which triage waits for. */
const confirmAwareness = async (id: string) => expect((await officer().put(path(id, '/aware-at'), { awareAt: REPORT.noticedAt })).status).toBe(204);

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  ours.email = await report(A);
  ours.lost = await report(A, { incidentKind: 'lostOrStolen', department: 'Wijkzorg', dataKinds: ['bsn'] });
  ours.hack = await report(A, { incidentKind: 'hackMalwarePhishing', department: 'ICT', dataKinds: ['login'] });
  theirs = await report(B);
});
afterAll(() => t?.close());

describe.sequential('the list', () => {
  it('shows every breach of the organisation, newest first, each with its running 72-hour clock', async () => {
    const reply = await officer().get('/api/breaches');
    expect(reply.status).toBe(200);
    expect(reply.body.total).toBe(3);
    expect(reply.body.breaches.map((b: { id: string }) => b.id)).toEqual([ours.hack, ours.lost, ours.email]);
    const [newest] = reply.body.breaches;
    expect(newest).toMatchObject({ status: 'reported', department: 'ICT', kind: 'hackMalwarePhishing', latestDecision: null });
    expect(newest.deadline).toMatchObject({ state: 'open', running: true });
    expect(newest.deadline.hoursLeft).toBeGreaterThan(71.9);
    expect(Date.parse(newest.deadline.deadline) - Date.parse(newest.awareAt)).toBe(72 * HOUR);
  });

  it('filters by status, department, kind, period and overdue, and pages', async () => {
    const ids = async (query: string) => ((await officer().get(`/api/breaches?${query}`)).body.breaches as { id: string }[]).map((b) => b.id);
    expect(await ids('department=Wijkzorg')).toEqual([ours.lost]);
    expect(await ids('kind=hackMalwarePhishing')).toEqual([ours.hack]);
    expect(await ids('status=reported')).toHaveLength(3);
    expect(await ids('status=closed')).toEqual([]);
    expect(await ids('overdue=true')).toEqual([]);
    expect(await ids('overdue=false')).toHaveLength(3);
    const thisMonth = monthOf(new Date());
    expect(await ids(`from=${thisMonth}&to=${thisMonth}`)).toHaveLength(3);
    expect(await ids('from=2001-01&to=2001-12')).toEqual([]);
    const page = await officer().get('/api/breaches?limit=1&offset=1');
    expect(page.body.total).toBe(3);
    expect(page.body.breaches.map((b: { id: string }) => b.id)).toEqual([ours.lost]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const reply = await officer().get('/api/breaches?from=2026-05&to=2026-04');
    expect(reply.status).toBe(400);
    expect(fieldsOf(reply.body)).toEqual(['to']);
  });

  it('is open to admins (to read) and closed to every other role', async () => {
    expect((await A.as.admin.get('/api/breaches')).status).toBe(200);
    for (const role of ['coordinator', 'member', 'viewer'] as const) expect((await A.as[role].get('/api/breaches')).status, role).toBe(403);
  });
});

describe.sequential('the details', () => {
  it('show the report as sent, facts derived from it, the clock, a proposal with reasons, and the history', async () => {
    const body = await detail(ours.email);
    expect(body.breach.report).toMatchObject({ whatHappened: REPORT.whatHappened, department: 'Interne geneeskunde' });
    expect(body.registerRecorded).toBe(false);
    expect(body.register).toMatchObject({ incidentKind: 'emailWrongRecipient', specialCategories: ['health'], people: { min: 11, max: 100 } });
    expect(body.deadline).toMatchObject({ state: 'open', running: true });
    expect(body.proposal.method).toBe('wegwijs-two-stage-enisa-2013');
    expect(body.proposal.notifyAp.propose).toBe(true);
    expect(body.proposal.notifyAp.reasons.map((r: { key: string }) => r.key)).toContain('sensitiveData');
    expect(body.decisions).toEqual([]);
    expect(body.breach).toMatchObject({ awareAt: REPORT.noticedAt, awareConfirmedAt: null });
    expect(body.nextSteps).toEqual([{ status: 'triage', check: { allowed: false, reason: 'awarenessUnconfirmed' } }]);
    expect(body.history.map((h: { action: string }) => h.action)).toEqual(['breach.report']);
    expect(body.permissions).toEqual({ handle: true });
    expect((await detail(ours.email, A.as.admin)).permissions).toEqual({ handle: false });
  });
});

describe.sequential('the register facts', () => {
  it('refuse bad input naming the field, in Dutch and English, and write nothing', async () => {
    const before = await t.snapshot();
    const nl = await officer().put(path(ours.email, '/register'), { ...FACTS, people: { min: 30, max: 10 } });
    expect(nl.status).toBe(400);
    expect(nl.body.fields).toEqual([{ field: 'people.max', message: 'Het maximum is kleiner dan het minimum.' }]);
    const en = await officer()
      .clone({ locale: 'en' })
      .put(path(ours.email, '/register'), { ...FACTS, people: { min: 30, max: 10 } });
    expect(en.body.fields).toEqual([{ field: 'people.max', message: 'The maximum is below the minimum.' }]);
    for (const bad of [
      { dataCategories: ['dna'] },
      { classification: ['confidentiality', 'confidentiality'] },
      { subjectGroups: 'patients' },
      { onbekend: true },
    ]) {
      const reply = await officer().put(path(ours.email, '/register'), { ...FACTS, ...bad });
      expect(reply.status, JSON.stringify(bad)).toBe(400);
      expect(
        fieldsOf(reply.body).some((f: string) => f.startsWith(Object.keys(bad)[0]!)),
        JSON.stringify(reply.body),
      ).toBe(true);
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('are saved in one go, with the change in the history (before and after)', async () => {
    expect((await officer().put(path(ours.email, '/register'), FACTS)).status).toBe(204);
    const body = await detail(ours.email);
    expect(body.registerRecorded).toBe(true);
    expect(body.registerMissing).toEqual([]);
    expect(body.register).toMatchObject({ people: { min: 24, max: 24 }, cause: FACTS.cause });
    expect(body.proposal.severity.level).toBe('veryHigh');
    const change = body.history.find((h: { action: string }) => h.action === 'breach.register.update');
    expect(change).toMatchObject({ actorName: 'privacy Zorggroep Noord', before: null, after: { cause: FACTS.cause } });
  });

  it('may be read but not changed by an admin', async () => {
    const before = await t.snapshot();
    expect((await A.as.admin.put(path(ours.email, '/register'), FACTS)).status).toBe(403);
    expect((await A.as.admin.post(path(ours.email, '/decisions'), DECISION)).status).toBe(403);
    expect((await A.as.admin.post(path(ours.email, '/status'), { status: 'triage' })).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });
});

describe.sequential('the workflow and the decisions', () => {
  it('refuses a step that does not follow, triage before the moment of awareness is confirmed, and "assessed" without a decision, each with its reason', async () => {
    const skip = await officer().post(path(ours.email, '/status'), { status: 'closed' });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ error: 'breachNotANextStep', message: message('breachNotANextStep', 'nl') });
    const unconfirmed = await officer().post(path(ours.email, '/status'), { status: 'triage' });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error).toBe('breachAwarenessUnconfirmed');
    await confirmAwareness(ours.email);
    expect((await officer().post(path(ours.email, '/status'), { status: 'triage' })).status).toBe(200);
    const early = await officer().post(path(ours.email, '/status'), { status: 'assessed' });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('breachDecisionRequired');
  });

  it('a decision needs its reasoning, keeps the proposal as it stood, and is never changed: a new one is added', async () => {
    const bare = await officer().post(path(ours.email, '/decisions'), { ...DECISION, reasoning: '  ' });
    expect(bare.status).toBe(400);
    expect(fieldsOf(bare.body)).toEqual(['reasoning']);

    const first = await officer().post(path(ours.email, '/decisions'), {
      notifyAp: false,
      informSubjects: false,
      reasoning: 'Eerste inschatting: ontvanger is een zorgverlener.',
    });
    expect(first.status).toBe(201);
    expect(first.body.proposal).toMatchObject({ method: 'wegwijs-two-stage-enisa-2013', notifyAp: { propose: true } });
    const second = await officer().post(path(ours.email, '/decisions'), DECISION);
    expect(second.status).toBe(201);

    const body = await detail(ours.email);
    expect(body.decisions.map((d: { id: string; notifyAp: boolean }) => [d.id, d.notifyAp])).toEqual([
      [first.body.id, false],
      [second.body.id, true],
    ]);
    expect(body.decisions[1]).toMatchObject({ reasoning: DECISION.reasoning, decidedBy: A.userIds.privacy });
    // No route changes or removes a decision.
    expect((await officer().put(path(ours.email, `/decisions/${first.body.id}`), DECISION)).status).toBe(404);
    expect((await officer().delete(path(ours.email, `/decisions/${first.body.id}`))).status).toBe(404);
  });

  it('after a decision to notify, closing straight away is refused, and "notified" needs the moment', async () => {
    expect((await officer().post(path(ours.email, '/status'), { status: 'assessed' })).status).toBe(200);
    const close = await officer().post(path(ours.email, '/status'), { status: 'closed' });
    expect(close.status).toBe(409);
    expect(close.body.error).toBe('breachDecisionToNotify');
    const notified = await officer().post(path(ours.email, '/status'), { status: 'notified' });
    expect(notified.status).toBe(400);
    expect(notified.body).toMatchObject({ error: 'breachApNotifiedAtRequired', fields: [{ field: 'apNotifiedAt' }] });
    const misplaced = await officer().post(path(ours.lost, '/status'), { status: 'triage', lateReason: 'Te vroeg' });
    expect(misplaced.status).toBe(400);
    expect(fieldsOf(misplaced.body)).toEqual(['lateReason']);
  });

  it('a confirmed moment of awareness changes only with a reason and never to one to come, which may make the notification late', async () => {
    const future = await officer().put(path(ours.email, '/aware-at'), { awareAt: new Date(Date.now() + HOUR).toISOString(), reason: 'Later pas duidelijk' });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ error: 'breachMomentInFuture', fields: [{ field: 'awareAt' }] });
    const bare = await officer().put(path(ours.email, '/aware-at'), { awareAt: new Date(Date.now() - 96 * HOUR).toISOString(), reason: '' });
    expect(fieldsOf(bare.body)).toEqual(['reason']);

    const awareAt = new Date(Date.now() - 96 * HOUR).toISOString();
    expect((await officer().put(path(ours.email, '/aware-at'), { awareAt, reason: 'De teamleider wist het al vier dagen eerder.' })).status).toBe(204);
    const body = await detail(ours.email);
    expect(body.deadline).toMatchObject({ state: 'expired', running: true });
    expect(body.history.at(-1)).toMatchObject({ action: 'breach.awareAt.correct', after: { reason: 'De teamleider wist het al vier dagen eerder.' } });
    expect(((await officer().get('/api/breaches?overdue=true')).body.breaches as { id: string }[]).map((b) => b.id)).toEqual([ours.email]);
  });

  it('a late notification needs the reason for the delay', async () => {
    const apNotifiedAt = new Date(Date.now() - HOUR).toISOString();
    const before = await t.snapshot();
    const late = await officer().post(path(ours.email, '/status'), { status: 'notified', apNotifiedAt });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ error: 'breachLateReasonRequired', fields: [{ field: 'lateReason' }] });
    const future = await officer().post(path(ours.email, '/status'), {
      status: 'notified',
      apNotifiedAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      lateReason: 'x',
    });
    expect(future.body.error).toBe('breachMomentInFuture');
    expect(await t.snapshot()).toEqual(before);

    const ok = await officer().post(path(ours.email, '/status'), {
      status: 'notified',
      apNotifiedAt,
      lateReason: 'Het lek werd pas bij de privacyfunctionaris gemeld na vier dagen.',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const body = await detail(ours.email);
    expect(body.breach.status).toBe('notified');
    expect(body.deadline).toMatchObject({ state: 'notifiedLate', running: false });
  });

  it('closing after informing the people needs the moment they were informed; then the breach is final', async () => {
    const early = await officer().post(path(ours.email, '/status'), { status: 'closed' });
    expect(early.body.error).toBe('breachSubjectsInformedAtRequired');
    const closed = await officer().post(path(ours.email, '/status'), { status: 'closed', subjectsInformedAt: new Date(Date.now() - HOUR).toISOString() });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await detail(ours.email)).breach.closedAt).toEqual(expect.any(String));
    const change = await officer().put(path(ours.email, '/register'), FACTS);
    expect(change.status).toBe(409);
    expect(change.body.error).toBe('breachClosed');
    expect((await officer().post(path(ours.email, '/decisions'), DECISION)).body.error).toBe('breachClosed');
  });

  it('closing without notifying needs a complete register, and says what is missing', async () => {
    await confirmAwareness(ours.lost);
    await officer().post(path(ours.lost, '/status'), { status: 'triage' });
    await officer().post(path(ours.lost, '/decisions'), { notifyAp: false, informSubjects: false, reasoning: 'Versleutelde laptop, sleutel veilig.' });
    await officer().post(path(ours.lost, '/status'), { status: 'assessed' });
    const reply = await officer().post(path(ours.lost, '/status'), { status: 'closed' });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('breachRegisterIncomplete');
    expect(reply.body.missing.map((m: { field: string }) => m.field)).toContain('classification');
  });
});

describe.sequential('the AP form, the letter and the export', () => {
  it('lays out the answers in the order of the AP form, each recorded, derived or missing', async () => {
    const reply = await officer().get(path(ours.email, '/ap-form'));
    expect(reply.status).toBe(200);
    const chapters = reply.body.chapters as { number: number; key: string; answers: { question: string; source: string }[] }[];
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(chapters[0]!.key).toBe('introduction');
    const answer = (q: string) => chapters.flatMap((c) => c.answers).find((a) => a.question === q)!;
    expect(answer('organisationName')).toMatchObject({ source: 'recorded', value: { type: 'text', text: 'Zorggroep Noord' } });
    expect(answer('summary').source).toBe('recorded');
    expect(answer('kvkNumber').source).toBe('missing');
    expect(answer('lateReason')).toMatchObject({ source: 'recorded', applies: true });
    const unregistered = await officer().get(path(ours.hack, '/ap-form'));
    expect(unregistered.body.chapters[4].answers.find((a: { question: string }) => a.question === 'incidentKind').source).toBe('derived');
  });

  it("takes the organisation's AP details from the settings, once entered there, and names a bad field", async () => {
    const details = { address: 'Zorglaan 1, 1234 AB Noorddorp', kvkNumber: '12345678', contactName: 'Privacyloket', contactEmail: 'privacy@noord.test' };
    const wrong = await A.as.admin.patch('/api/organisation', { apDetails: { ...details, kvkNumber: '1234' } });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong.body)).toEqual(['apDetails.kvkNumber']);
    expect(wrong.body.fields[0].message).toBe('Een KvK-nummer heeft acht cijfers.');
    expect((await A.as.admin.get('/api/organisation')).body.organisation.apDetails.kvkNumber).toBe('');
    expect((await A.as.privacy.patch('/api/organisation', { apDetails: details })).status).toBe(403);

    expect((await A.as.admin.patch('/api/organisation', { apDetails: details })).status).toBe(200);
    const answers = (
      (await officer().get(path(ours.email, '/ap-form'))).body.chapters as { answers: { question: string; source: string; value: unknown }[] }[]
    ).flatMap((c) => c.answers);
    const answer = (q: string) => answers.find((a) => a.question === q)!;
    expect(answer('organisationAddress')).toMatchObject({ source: 'recorded', value: { type: 'text', text: details.address } });
    expect(answer('kvkNumber')).toMatchObject({ source: 'recorded', value: { type: 'text', text: '12345678' } });
    expect(answer('dpoRegistrationNumber').source).toBe('missing');
    expect(String((await officer().get(path(ours.email, '/letter?lang=nl'))).body.body)).toContain('privacy@noord.test');
    await A.as.admin.patch('/api/organisation', { apDetails: {} });
  });

  it('drafts the letter to the people in Dutch and in English', async () => {
    const nl = await officer().get(path(ours.email, '/letter?lang=nl'));
    expect(nl.status).toBe(200);
    expect(nl.body.subject).toBe('Informatie over een datalek bij Zorggroep Noord');
    expect(nl.body.body).toContain('Zorggroep Noord');
    const en = await officer().get(path(ours.email, '/letter?lang=en'));
    expect(en.body.subject).toBe('Information about a data breach at Zorggroep Noord');
    expect(en.body.body).not.toEqual(nl.body.body);
    expect((await officer().get(path(ours.email, '/letter?lang=fr'))).status).toBe(400);
  });

  it('exports the register as CSV for a spreadsheet, one row per breach', async () => {
    const reply = await officer().get('/api/breaches/export.csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = String(reply.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^kenmerk;status;gemeld op/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('Wijkzorg'))).toContain('Apparaat, usb-stick of papier kwijt of gestolen');
    const filtered = await officer().clone({ locale: 'en' }).get('/api/breaches/export.csv?department=ICT');
    expect(
      String(filtered.body)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(2);
    expect(String(filtered.body)).toContain('reference;status');
  });
});

describe.sequential('statistics and the KPI', () => {
  it('count per month, kind, department and status', async () => {
    const reply = await officer().get('/api/breaches/statistics');
    expect(reply.status).toBe(200);
    expect(reply.body.total).toBe(3);
    expect(reply.body.perMonth).toEqual([{ key: monthOf(new Date()), count: 3 }]);
    expect(reply.body.perDepartment).toEqual(
      expect.arrayContaining([
        { key: 'Wijkzorg', count: 1 },
        { key: 'ICT', count: 1 },
      ]),
    );
    expect(reply.body.perStatus).toEqual(expect.arrayContaining([{ key: 'closed', count: 1 }]));
    expect(reply.body.perKind).toHaveLength(3);
  });

  it('a KPI on "reported breaches" gets a point per complete month from the register', async () => {
    // Two reports moved back to an earlier month: the current month is still running and gives no point.
    const earlier = new Date(Date.now() - 40 * 24 * HOUR);
    await t.database.db.update(breaches).set({ reportedAt: earlier }).where(eq(breaches.id, ours.hack));
    const programme = await startProgramme(A.as.coordinator, 'Meer meldingen', 'Lekken blijven ongemeld');
    const kpi = await A.as.coordinator.post(`/api/programmes/${programme}/kpis`, KPI);
    expect(kpi.status, JSON.stringify(kpi.body)).toBe(201);
    const list = await A.as.coordinator.get(`/api/programmes/${programme}/kpis`);
    const points = list.body.kpis[0].measurements as { date: string; value: number; source: string; id: string | null }[];
    const month = monthOf(earlier);
    expect(points.find((p) => p.date === `${month}-01`)).toMatchObject({ value: 1, source: 'breaches', id: null });
    expect(points.every((p) => p.date < `${monthOf(new Date())}-01`)).toBe(true);
    // Another organisation's KPI sees none of our reports.
    const theirProgramme = await startProgramme(B.as.coordinator, 'Meer meldingen', 'Lekken blijven ongemeld');
    expect((await B.as.coordinator.post(`/api/programmes/${theirProgramme}/kpis`, KPI)).status).toBe(201);
    const theirPoints = (await B.as.coordinator.get(`/api/programmes/${theirProgramme}/kpis`)).body.kpis[0]?.measurements ?? [];
    expect(theirPoints).toEqual([]);
  });
});

describe('tenancy', () => {
  it("another organisation's privacy officer can never read or change our breaches: 404, nothing written", async () => {
    const before = await t.snapshot();
    const them = B.as.privacy;
    for (const suffix of ['', '/ap-form', '/letter?lang=nl']) expect((await them.get(path(ours.lost, suffix))).status, suffix).toBe(404);
    expect((await them.put(path(ours.lost, '/register'), FACTS)).status).toBe(404);
    expect((await them.put(path(ours.lost, '/aware-at'), { awareAt: new Date(Date.now() - 96 * HOUR).toISOString(), reason: 'x' })).status).toBe(404);
    expect((await them.post(path(ours.lost, '/decisions'), DECISION)).status).toBe(404);
    expect((await them.post(path(ours.lost, '/status'), { status: 'closed' })).status).toBe(404);
    expect((await them.put(path(ours.lost, '/ap-reference'), { apReference: 'M-1' })).status).toBe(404);
    expect((await them.post(path(ours.lost, '/ap-follow-ups'), { kind: 'supplement', sentAt: new Date().toISOString(), note: 'x' })).status).toBe(404);
    expect(await t.snapshot()).toEqual(before);

    const list = await them.get('/api/breaches');
    expect(list.body.breaches.map((b: { id: string }) => b.id)).toEqual([theirs]);
    expect((await them.get('/api/breaches/statistics')).body.total).toBe(1);
    expect(String((await them.get('/api/breaches/export.csv')).body)).not.toContain('Wijkzorg');
  });
});

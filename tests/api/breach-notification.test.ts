import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { BreachReportInput } from '#core/breach/report.js';
import { breaches } from '#server/db/schema.js';
import { message } from '#server/i18n/messages.js';
import { reportBreach, startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * From awareness to the AP and beside it, over HTTP (issue 15): the officer confirms the moment of
 * awareness (proposed from the reporter's, a reason for a later one, never one to come) before
 * triage; the AP form dates the discovery on that same moment and asks the late reason from it; its
 * answers on informing, the notifier and whether the breach goes on; the AP's meldnummer and the
 * follow-ups under it; the FG's advice on a decision, stored and exported; and the care duties with
 * the CSIRT's 24 hours only for organisations under the Cyberbeveiligingswet. Refusals write nothing.
 */

const HOUR = 3_600_000;
const REPORT: BreachReportInput = {
  isBreach: 'yes',
  whatHappened: 'Een labuitslag is in het dossier van een andere patiënt gezet.',
  incidentKind: 'wrongFile',
  noticedAt: new Date(Date.now() - 5 * HOUR).toISOString(),
  dataKinds: ['health'],
  peopleBand: 'one',
  ongoing: 'no',
};
/** A complete register entry, so a breach can be closed. */
const FACTS: BreachRegisterInput = {
  classification: ['integrity'],
  incidentKind: 'wrongFile',
  summary: 'Labuitslag in het dossier van de verkeerde patiënt.',
  dataCategories: ['name'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 2, max: 2 },
  protection: 'none',
  cause: 'Verkeerde patiëntsticker op het aanvraagformulier.',
  consequenceSeverity: 'significant',
  consequencesDescription: 'Een behandelaar kan op de verkeerde uitslag handelen.',
  measuresTaken: 'Uitslag verplaatst, behandelaar ingelicht.',
};
const ADVICE = { notifyAp: true, informSubjects: true, advice: 'Melden en informeren: gezondheidsgegevens, merkbare gevolgen.', by: 'A. de Vries (FG)' };
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;

const officer = () => A.as.privacy;
const path = (id: string, suffix = '') => `/api/breaches/${id}${suffix}`;
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);
const report = (changes: Partial<BreachReportInput> = {}, org: TestOrganisation = A) => reportBreach(t, org, { ...REPORT, ...changes });
async function detail(id: string, as: Client = officer()) {
  const reply = await as.get(path(id));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}
/** What each of the register's calls answers when it succeeds. */
const SUCCEEDS = { '/aware-at': 204, '/register': 204, '/status': 200, '/decisions': 201, '/ap-follow-ups': 201 } as const;
/** Calls the register as the officer and expects it to succeed. */
async function step(method: 'put' | 'post', suffix: keyof typeof SUCCEEDS, id: string, body: unknown) {
  const reply = await officer()[method](path(id, suffix), body);
  expect(reply.status, `${suffix}: ${JSON.stringify(reply.body)}`).toBe(SUCCEEDS[suffix]);
  return reply;
}
async function apForm(id: string) {
  const reply = await officer().get(path(id, '/ap-form'));
  expect(reply.status).toBe(200);
  const answers = (reply.body.chapters as { answers: { question: string }[] }[]).flatMap((c) => c.answers);
  return (question: string) => answers.find((a) => a.question === question);
}
/** A breach taken to "notified": awareness confirmed as the reporter's, decided to notify, the AP notified an hour ago. */
async function notifiedBreach(moments: object = {}): Promise<string> {
  const id = await report();
  await step('put', '/aware-at', id, { awareAt: (await detail(id)).breach.reporterAwareAt });
  await step('post', '/status', id, { status: 'triage' });
  await step('post', '/decisions', id, { notifyAp: true, informSubjects: false, reasoning: 'Gezondheidsgegevens in een verkeerd dossier.' });
  await step('post', '/status', id, { status: 'assessed' });
  await step('post', '/status', id, { status: 'notified', apNotifiedAt: hoursAgo(1), ...moments });
  return id;
}
const csvLines = async (client: Client = officer()) =>
  String((await client.get('/api/breaches/export.csv')).body)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
});
afterAll(() => t?.close());

describe.sequential('the moment of awareness', () => {
  it('runs, for a new report, from when the reporter noticed it, unconfirmed, and never from later than the report came in', async () => {
    const body = await detail(await report());
    expect(body.breach.awareAt).toBe(REPORT.noticedAt);
    expect(body.breach.reporterAwareAt).toBe(REPORT.noticedAt);
    expect(body.breach.awareConfirmedAt).toBeNull();
    expect(Date.parse(body.deadline.deadline) - Date.parse(REPORT.noticedAt)).toBe(72 * HOUR);
    expect(body.deadline.hoursLeft).toBeLessThan(67.01);

    // A reporter's clock ahead of ours: the report coming in is the latest the organisation knew.
    const ahead = await detail(await report({ noticedAt: new Date(Date.now() + 2 * HOUR).toISOString() }));
    expect(ahead.breach.awareAt).toBe(ahead.breach.reportedAt);
  });

  it('must be confirmed before triage, and the refusal says so in the reader’s language', async () => {
    const id = await report();
    expect((await detail(id)).nextSteps).toEqual([{ status: 'triage', check: { allowed: false, reason: 'awarenessUnconfirmed' } }]);
    const before = await t.snapshot();
    const nl = await officer().post(path(id, '/status'), { status: 'triage' });
    expect(nl.status).toBe(409);
    expect(nl.body).toMatchObject({
      error: 'breachAwarenessUnconfirmed',
      message: message('breachAwarenessUnconfirmed', 'nl'),
      fields: [{ field: 'awareAt' }],
    });
    const en = await officer().clone({ locale: 'en' }).post(path(id, '/status'), { status: 'triage' });
    expect(en.body.message).toBe(message('breachAwarenessUnconfirmed', 'en'));
    expect(await t.snapshot()).toEqual(before);
  });

  it('is confirmed as the reporter’s without a reason; a later moment needs one; a moment to come is refused; refusals write nothing', async () => {
    const id = await report();
    const later = new Date(Date.parse(REPORT.noticedAt) + 2 * HOUR).toISOString();
    const before = await t.snapshot();
    const bare = await officer().put(path(id, '/aware-at'), { awareAt: later });
    expect(bare.status).toBe(400);
    expect(bare.body).toMatchObject({ error: 'breachAwareReasonRequired', fields: [{ field: 'reason', message: message('breachAwareReasonRequired', 'nl') }] });
    const blank = await officer().clone({ locale: 'en' }).put(path(id, '/aware-at'), { awareAt: later, reason: '   ' });
    expect(blank.body).toMatchObject({ error: 'breachAwareReasonRequired', message: message('breachAwareReasonRequired', 'en') });
    const future = await officer().put(path(id, '/aware-at'), { awareAt: new Date(Date.now() + HOUR).toISOString(), reason: 'Morgen pas zeker.' });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ error: 'breachMomentInFuture', fields: [{ field: 'awareAt' }] });
    expect(await t.snapshot()).toEqual(before);

    const reason = 'Pas na controle van het labsysteem was zeker dat de uitslag in het verkeerde dossier stond.';
    expect((await officer().put(path(id, '/aware-at'), { awareAt: later, reason })).status).toBe(204);
    const body = await detail(id);
    expect(body.breach).toMatchObject({ awareAt: later, awareReason: reason, awareConfirmedByName: 'privacy Zorggroep Noord' });
    expect(body.breach.awareConfirmedAt).toEqual(expect.any(String));
    expect(body.nextSteps).toEqual([{ status: 'triage', check: { allowed: true } }]);
    expect(body.history.at(-1)).toMatchObject({ action: 'breach.awareAt.correct', before: { awareConfirmedAt: null }, after: { reason } });

    // Once confirmed, any change needs its reason; confirming the same moment again does not.
    const changed = await officer().put(path(id, '/aware-at'), { awareAt: REPORT.noticedAt });
    expect(fieldsOf(changed.body)).toEqual(['reason']);
    expect((await officer().put(path(id, '/aware-at'), { awareAt: later })).status).toBe(204);
    expect((await detail(id)).breach).toMatchObject({ awareAt: later, awareReason: reason });
    expect((await officer().post(path(id, '/status'), { status: 'triage' })).status).toBe(200);
  });

  it('dates the discovery and judges "late" on one moment: noticed 2 November, reported 5 November, notified 6 November is late, and says why', async () => {
    const year = new Date().getFullYear() - 1;
    const noticedAt = `${year}-11-02T09:00:00+01:00`;
    const id = await report({ noticedAt });
    // The report reached the organisation on 5 November.
    await t.database.db
      .update(breaches)
      .set({ reportedAt: new Date(`${year}-11-05T10:00:00+01:00`) })
      .where(eq(breaches.id, id));
    const proposed = (await detail(id)).breach;
    expect(proposed.reporterAwareAt).toBe(new Date(noticedAt).toISOString());
    expect((await apForm(id))('discoveredAt')).toMatchObject({ source: 'derived', value: { type: 'moment', at: new Date(noticedAt).toISOString() } });

    await step('put', '/aware-at', id, { awareAt: noticedAt });
    await step('put', '/register', id, FACTS);
    await step('post', '/status', id, { status: 'triage' });
    await step('post', '/decisions', id, { notifyAp: true, informSubjects: true, reasoning: 'Gezondheidsgegevens, merkbare gevolgen.' });
    await step('post', '/status', id, { status: 'assessed' });

    const notifiedAt = `${year}-11-06T11:00:00+01:00`;
    const informedAt = `${year}-11-06T15:00:00+01:00`;
    const before = await t.snapshot();
    const late = await officer().post(path(id, '/status'), { status: 'notified', apNotifiedAt: notifiedAt, subjectsInformedAt: informedAt });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({
      error: 'breachLateReasonRequired',
      message: message('breachLateReasonRequired', 'nl'),
      fields: [{ field: 'lateReason' }],
    });
    const lateEn = await officer().clone({ locale: 'en' }).post(path(id, '/status'), { status: 'notified', apNotifiedAt: notifiedAt });
    expect(lateEn.body.message).toBe(message('breachLateReasonRequired', 'en'));
    expect(await t.snapshot()).toEqual(before);

    const lateReason = 'De melding bereikte de privacyfunctionaris pas op 5 november, drie dagen nadat de afdeling het merkte.';
    await step('post', '/status', id, {
      status: 'notified',
      apNotifiedAt: notifiedAt,
      lateReason,
      apReference: 'M-2025-0042',
      apReceivedAt: `${year}-11-06T11:05:00+01:00`,
      subjectsInformedAt: informedAt,
    });
    const body = await detail(id);
    expect(body.deadline.state).toBe('notifiedLate');
    expect(body.breach).toMatchObject({ lateReason, apReference: 'M-2025-0042', apReceivedAt: new Date(`${year}-11-06T11:05:00+01:00`).toISOString() });
    const answer = await apForm(id);
    expect(answer('discoveredAt')).toMatchObject({ source: 'recorded', value: { type: 'moment', at: new Date(noticedAt).toISOString() } });
    expect(answer('lateReason')).toMatchObject({ applies: true, source: 'recorded', value: { type: 'text', text: lateReason } });
    expect(answer('subjectsInformed')).toMatchObject({ source: 'recorded', value: { labels: 'subjectsInformedAnswers', keys: ['yes'] } });
    expect(answer('subjectsInformedAt')).toMatchObject({ source: 'recorded', value: { type: 'moment', at: new Date(informedAt).toISOString() } });
  });
});

describe('the AP-form answers', () => {
  it('name the officer at work as the notifier, and say whether the breach goes on, as derived until recorded', async () => {
    const id = await report({ ongoing: 'yes' });
    const answer = await apForm(id);
    expect(answer('notifierName')).toMatchObject({ source: 'derived', value: { type: 'text', text: 'privacy Zorggroep Noord' } });
    expect(answer('notifierEmail')).toMatchObject({ source: 'derived', value: { type: 'text', text: A.emails.privacy } });
    expect(answer('notifierFunction')).toMatchObject({ source: 'missing' });
    expect(answer('ongoing')).toMatchObject({ source: 'derived', value: { type: 'choice', labels: 'ongoing', keys: ['yes'] } });
    expect(answer('endedAt')).toMatchObject({ applies: false });
    expect(answer('subjectsInformed')).toMatchObject({ source: 'missing' });

    const notifier = { name: 'C. Bakker', function: 'Functionaris gegevensbescherming', phone: '030 123 45 67', email: 'fg@noord.test' };
    const plannedFor = new Date(Date.now() + 24 * HOUR).toISOString();
    await step('put', '/register', id, { ...FACTS, notifier, ongoing: 'no', subjectsInformPlannedFor: plannedFor });
    await step('post', '/decisions', id, { notifyAp: true, informSubjects: true, reasoning: 'Hoog risico voor de patiënt.' });
    const recorded = await apForm(id);
    expect(recorded('notifierName')).toMatchObject({ source: 'recorded', value: { text: 'C. Bakker' } });
    expect(recorded('notifierFunction')).toMatchObject({ source: 'recorded', value: { text: 'Functionaris gegevensbescherming' } });
    expect(recorded('notifierPhone')).toMatchObject({ source: 'recorded', value: { text: '030 123 45 67' } });
    expect(recorded('notifierEmail')).toMatchObject({ source: 'recorded', value: { text: 'fg@noord.test' } });
    expect(recorded('ongoing')).toMatchObject({ source: 'recorded', value: { keys: ['no'] } });
    expect(recorded('subjectsInformed')).toMatchObject({ source: 'recorded', value: { keys: ['planned'] } });
    expect(recorded('subjectsInformedAt')).toMatchObject({ source: 'recorded', value: { type: 'moment', at: plannedFor } });
    expect(recorded('notInformedReason')).toMatchObject({ applies: false });

    const why = 'Geen hoog risico: de uitslag is binnen een uur verplaatst, niemand heeft erop gehandeld.';
    await step('put', '/register', id, { ...FACTS, notifier, ongoing: 'no', notInformedReason: why });
    await step('post', '/decisions', id, { notifyAp: true, informSubjects: false, reasoning: 'Toch geen hoog risico.' });
    const no = await apForm(id);
    expect(no('subjectsInformed')).toMatchObject({ value: { keys: ['no'] } });
    expect(no('subjectsInformedAt')).toMatchObject({ applies: false });
    expect(no('notInformedReason')).toMatchObject({ applies: true, source: 'recorded', value: { text: why } });
  });

  it('refuse bad new register fields naming the field, in Dutch and English, and write nothing', async () => {
    const id = await report();
    const before = await t.snapshot();
    const cases: [Partial<Record<string, unknown>>, string][] = [
      [{ notifier: { name: 'C. Bakker', function: '', phone: 'bel me maar', email: '' } }, 'notifier.phone'],
      [{ notifier: { name: 'C. Bakker', function: '', phone: '', email: 'geen-adres' } }, 'notifier.email'],
      [{ notifier: { name: 'C. Bakker', fax: '010' } }, 'notifier'],
      [{ ongoing: 'misschien' }, 'ongoing'],
      [{ startedAtExact: 'ja' }, 'startedAtExact'],
      [{ subjectsInformPlannedFor: 'morgen' }, 'subjectsInformPlannedFor'],
      [{ careIncident: 'ja' }, 'careIncident'],
      [{ patientToldOfIncidentAt: '2026-11-02T10:00' }, 'patientToldOfIncidentAt'],
      [{ vimReportedAt: 'gisteren' }, 'vimReportedAt'],
      [{ significantIncident: 1 }, 'significantIncident'],
      [{ csirtWarnedAt: '02-11-2026' }, 'csirtWarnedAt'],
    ];
    for (const [bad, field] of cases) {
      const reply = await officer().put(path(id, '/register'), { ...FACTS, ...bad });
      expect(reply.status, JSON.stringify(bad)).toBe(400);
      expect(
        fieldsOf(reply.body).some((f) => f === field || f.startsWith(`${field}.`)),
        JSON.stringify(reply.body),
      ).toBe(true);
    }
    const nl = await officer().put(path(id, '/register'), { ...FACTS, notifier: { name: '', function: '', phone: 'bel me', email: '' } });
    expect(nl.body.fields).toEqual([{ field: 'notifier.phone', message: 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes.' }]);
    const en = await officer()
      .clone({ locale: 'en' })
      .put(path(id, '/register'), { ...FACTS, notifier: { name: '', function: '', phone: 'bel me', email: '' } });
    expect(en.body.fields).toEqual([{ field: 'notifier.phone', message: 'Enter a phone number with only digits, spaces, +, - or brackets.' }]);
    expect(await t.snapshot()).toEqual(before);
  });
});

describe.sequential("the AP's meldnummer and the follow-ups", () => {
  it('are refused before the AP was notified, and a follow-up is refused without the meldnummer, naming it', async () => {
    const reported = await report();
    const notified = await notifiedBreach();
    const before = await t.snapshot();
    const early = await officer().put(path(reported, '/ap-reference'), { apReference: 'M-1' });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('breachApNotNotified');
    const earlyFollowUp = await officer().post(path(reported, '/ap-follow-ups'), { kind: 'supplement', sentAt: hoursAgo(0.5), note: 'Aanvulling.' });
    expect(earlyFollowUp.status).toBe(409);
    expect(earlyFollowUp.body.error).toBe('breachApNotNotified');

    const nl = await officer().post(path(notified, '/ap-follow-ups'), { kind: 'supplement', sentAt: hoursAgo(0.5), note: 'Aanvulling.' });
    expect(nl.status).toBe(409);
    expect(nl.body).toMatchObject({
      error: 'breachApReferenceRequired',
      message: message('breachApReferenceRequired', 'nl'),
      fields: [{ field: 'apReference' }],
    });
    const en = await officer()
      .clone({ locale: 'en' })
      .post(path(notified, '/ap-follow-ups'), { kind: 'supplement', sentAt: hoursAgo(0.5), note: 'Aanvulling.' });
    expect(en.body.message).toBe(message('breachApReferenceRequired', 'en'));
    // The meldnummer belongs to the notification step, not to an earlier one.
    const misplaced = await officer().post(path(reported, '/status'), { status: 'triage', apReference: 'M-1' });
    expect(misplaced.body).toMatchObject({ error: 'breachNotForThisStep', fields: [{ field: 'apReference' }] });
    expect(await t.snapshot()).toEqual(before);
  });

  it('the meldnummer is recorded later, with the receipt never before the notification nor to come', async () => {
    const id = await notifiedBreach();
    const before = await t.snapshot();
    for (const [body, field, error] of [
      [{ apReference: '' }, 'apReference', 'validation'],
      [{ apReference: 'M-1; drop table' }, 'apReference', 'validation'],
      [{ apReference: 'M-1', apReceivedAt: hoursAgo(2) }, 'apReceivedAt', 'breachReceivedBeforeSent'],
      [{ apReference: 'M-1', apReceivedAt: new Date(Date.now() + HOUR).toISOString() }, 'apReceivedAt', 'breachMomentInFuture'],
    ] as const) {
      const reply = await officer().put(path(id, '/ap-reference'), body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error).toBe(error);
      expect(fieldsOf(reply.body)).toEqual([field]);
    }
    expect(await t.snapshot()).toEqual(before);

    const receivedAt = hoursAgo(0.5);
    expect((await officer().put(path(id, '/ap-reference'), { apReference: ' M-2026-0815 ', apReceivedAt: receivedAt })).status).toBe(204);
    const body = await detail(id);
    expect(body.breach).toMatchObject({ apReference: 'M-2026-0815', apReceivedAt: receivedAt });
    expect(body.history.at(-1)).toMatchObject({ action: 'breach.apReference.record', before: { apReference: null }, after: { apReference: 'M-2026-0815' } });
  });

  it('follow-ups are appended under the meldnummer, audited, and listed in the order they were sent', async () => {
    const id = await notifiedBreach({ apReference: 'M-2026-0900' });
    const before = await t.snapshot();
    for (const [body, field, error] of [
      [{ kind: 'supplement', sentAt: hoursAgo(2), note: 'Voor de melding.' }, 'sentAt', 'breachFollowUpBeforeNotification'],
      [{ kind: 'supplement', sentAt: new Date(Date.now() + HOUR).toISOString(), note: 'Morgen.' }, 'sentAt', 'breachMomentInFuture'],
      [
        { kind: 'supplement', sentAt: hoursAgo(0.5), apReceivedAt: hoursAgo(0.6), note: 'Ontvangen voor verzending.' },
        'apReceivedAt',
        'breachReceivedBeforeSent',
      ],
      [{ kind: 'correctie', sentAt: hoursAgo(0.5), note: 'Onbekende soort.' }, 'kind', 'validation'],
      [{ kind: 'change', sentAt: hoursAgo(0.5), note: '  ' }, 'note', 'validation'],
    ] as const) {
      const reply = await officer().post(path(id, '/ap-follow-ups'), body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error).toBe(error);
      expect(fieldsOf(reply.body)).toEqual([field]);
    }
    expect(await t.snapshot()).toEqual(before);

    const change = await officer().post(path(id, '/ap-follow-ups'), { kind: 'change', sentAt: hoursAgo(0.3), note: 'Twee patiënten in plaats van één.' });
    expect(change.status, JSON.stringify(change.body)).toBe(201);
    expect(change.body).toMatchObject({
      kind: 'change',
      note: 'Twee patiënten in plaats van één.',
      apReceivedAt: null,
      recordedByName: 'privacy Zorggroep Noord',
    });
    // Recorded later, sent earlier: the history follows the sending.
    await step('post', '/ap-follow-ups', id, {
      kind: 'supplement',
      sentAt: hoursAgo(0.6),
      apReceivedAt: hoursAgo(0.55),
      note: 'Oorzaak toegevoegd: verkeerde sticker.',
    });
    await step('post', '/ap-follow-ups', id, { kind: 'withdrawal', sentAt: hoursAgo(0.1), note: 'Ingetrokken: de uitslag bleek niet ingezien.' });
    const body = await detail(id);
    expect(body.apFollowUps.map((f: { kind: string }) => f.kind)).toEqual(['supplement', 'change', 'withdrawal']);
    expect(body.history.filter((h: { action: string }) => h.action === 'breach.apFollowUp.add')).toHaveLength(3);
    expect(body.history.at(-1)).toMatchObject({ after: { kind: 'withdrawal', apReference: 'M-2026-0900' } });
    // No route changes or removes a follow-up.
    const first = body.apFollowUps[0].id as string;
    expect((await officer().put(path(id, `/ap-follow-ups/${first}`), { kind: 'change', sentAt: hoursAgo(0.5), note: 'x' })).status).toBe(404);
    expect((await officer().delete(path(id, `/ap-follow-ups/${first}`))).status).toBe(404);
    expect((await detail(id)).apFollowUps).toHaveLength(3);
  });

  it('another organisation cannot record either: 404, nothing written', async () => {
    const id = await notifiedBreach({ apReference: 'M-2026-0901' });
    const before = await t.snapshot();
    expect((await B.as.privacy.put(path(id, '/ap-reference'), { apReference: 'M-9' })).status).toBe(404);
    expect((await B.as.privacy.post(path(id, '/ap-follow-ups'), { kind: 'supplement', sentAt: hoursAgo(0.5), note: 'Aanvulling.' })).status).toBe(404);
    expect((await A.as.admin.post(path(id, '/ap-follow-ups'), { kind: 'supplement', sentAt: hoursAgo(0.5), note: 'Aanvulling.' })).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });
});

describe("the FG's advice on a decision", () => {
  it('is stored with the decision, shown beside it and exported with the confirmed awareness and the meldnummer', async () => {
    const id = await report();
    const confirmedAt = hoursAgo(6);
    await step('put', '/aware-at', id, { awareAt: confirmedAt });
    await step('post', '/status', id, { status: 'triage' });
    const at = hoursAgo(2);
    // The controller decides not to inform, against the FG's advice.
    const decided = await officer().post(path(id, '/decisions'), {
      notifyAp: true,
      informSubjects: false,
      reasoning: 'Patiënt wordt door de behandelaar ingelicht.',
      fgAdvice: { ...ADVICE, at },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.fgAdvice).toEqual({ ...ADVICE, at });
    const body = await detail(id);
    expect(body.decisions.at(-1)).toMatchObject({ informSubjects: false, fgAdvice: { informSubjects: true, by: 'A. de Vries (FG)' } });
    expect(body.history.at(-1)).toMatchObject({ action: 'breach.decide', after: { fgAdvice: { advice: ADVICE.advice } } });
    await step('post', '/decisions', id, { notifyAp: true, informSubjects: false, reasoning: 'Herzien zonder nieuw advies.' });
    expect((await detail(id)).decisions.at(-1).fgAdvice).toBeNull();
    await step('post', '/decisions', id, { notifyAp: true, informSubjects: false, reasoning: 'Met advies.', fgAdvice: { ...ADVICE, at } });
    await step('post', '/status', id, { status: 'assessed' });
    await step('post', '/status', id, { status: 'notified', apNotifiedAt: hoursAgo(1), apReference: 'M-2026-1234' });

    const { reference } = (await detail(id)).breach;
    const [header, ...rows] = await csvLines();
    const columns = header!.split(';');
    const row = rows.find((l) => l.startsWith(reference))!.split(';');
    const cell = (name: string) => row[columns.indexOf(name)];
    expect(cell('advies FG: melden bij AP')).toBe('ja');
    expect(cell('advies FG: betrokkenen informeren')).toBe('ja');
    expect(cell('advies FG')).toBe(ADVICE.advice);
    expect(cell('advies FG gegeven door')).toBe(ADVICE.by);
    expect(cell('besluit: betrokkenen informeren')).toBe('nee');
    expect(cell('meldnummer AP')).toBe('M-2026-1234');
    expect(cell('moment van bekend worden bevestigd op')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect((await csvLines(officer().clone({ locale: 'en' })))[0]).toContain('AP notification number (meldnummer)');
  });

  it('is refused when incomplete or given at a moment to come, naming the field, and nothing is written', async () => {
    const id = await report();
    const before = await t.snapshot();
    const decision = { notifyAp: true, informSubjects: false, reasoning: 'Gezondheidsgegevens.' };
    const future = await officer().post(path(id, '/decisions'), { ...decision, fgAdvice: { ...ADVICE, at: new Date(Date.now() + 24 * HOUR).toISOString() } });
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ field: 'fgAdvice.at', message: 'Dit moment ligt in de toekomst.' }]);
    const futureEn = await officer()
      .clone({ locale: 'en' })
      .post(path(id, '/decisions'), { ...decision, fgAdvice: { ...ADVICE, at: new Date(Date.now() + 24 * HOUR).toISOString() } });
    expect(futureEn.body.fields).toEqual([{ field: 'fgAdvice.at', message: 'This moment is in the future.' }]);
    const { by: _, ...anonymous } = ADVICE;
    expect(fieldsOf((await officer().post(path(id, '/decisions'), { ...decision, fgAdvice: { ...anonymous, at: hoursAgo(1) } })).body)).toEqual([
      'fgAdvice.by',
    ]);
    expect(fieldsOf((await officer().post(path(id, '/decisions'), { ...decision, fgAdvice: { ...ADVICE, advice: ' ', at: hoursAgo(1) } })).body)).toEqual([
      'fgAdvice.advice',
    ]);
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('the care duties beside the 72 hours', () => {
  it('tell the patient and report the incident are to-dos until their moment is recorded; the CSIRT only counts under the Cyberbeveiligingswet', async () => {
    const id = await report();
    const facts = { ...FACTS, careIncident: true, significantIncident: true };
    await step('put', '/register', id, facts);
    const off = await detail(id);
    expect(off.cbwApplies).toBe(false);
    expect(off.careDuties).toEqual([
      { duty: 'patientDisclosure', doneAt: null, clock: null },
      { duty: 'incidentReport', doneAt: null, clock: null },
    ]);

    expect((await A.as.admin.patch('/api/organisation', { apDetails: { cbwApplies: true } })).status).toBe(200);
    const on = await detail(id);
    const csirt = on.careDuties.find((d: { duty: string }) => d.duty === 'csirtWarning');
    expect(csirt).toMatchObject({ doneAt: null, clock: { running: true, state: 'open' } });
    expect(Date.parse(csirt.clock.deadline) - Date.parse(on.breach.awareAt)).toBe(24 * HOUR);
    expect(csirt.clock.hoursLeft).toBeLessThan(19.01);

    const toldAt = hoursAgo(1);
    const warnedAt = hoursAgo(2);
    await step('put', '/register', id, { ...facts, patientToldOfIncidentAt: toldAt, vimReportedAt: toldAt, csirtWarnedAt: warnedAt });
    const done = await detail(id);
    expect(done.careDuties.map((d: { duty: string; doneAt: string }) => [d.duty, d.doneAt])).toEqual([
      ['patientDisclosure', toldAt],
      ['incidentReport', toldAt],
      ['csirtWarning', warnedAt],
    ]);
    expect(done.careDuties[2].clock).toMatchObject({ state: 'notifiedInTime', running: false });
    await A.as.admin.patch('/api/organisation', { apDetails: {} });
    expect((await detail(id)).careDuties.map((d: { duty: string }) => d.duty)).toEqual(['patientDisclosure', 'incidentReport']);
  });
});

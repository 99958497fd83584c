import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { BreachReportInput } from '#core/breach/report.js';
import { TEST_PASSWORD, reportBreach, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The notification proposal over HTTP: the two stages with reasons linked to their facts and the facts
 * that would turn it; the new facts refused with a clear message naming the field, writing nothing; and
 * a register written before this change (an export of the demo organisation, made with main at 0ca07e2)
 * still readable after import.
 */

const REPORT: BreachReportInput = {
  isBreach: 'yes',
  whatHappened: 'Een afspraakbrief is geopend teruggestuurd door de bewoner van een verkeerd adres.',
  incidentKind: 'letterReturnedOpened',
  noticedAt: new Date().toISOString(),
  dataKinds: ['namesAddresses'],
  peopleBand: 'one',
  ongoing: 'no',
};
const RETURNED_LETTER: BreachRegisterInput = {
  classification: ['confidentiality'],
  incidentKind: 'letterReturnedOpened',
  dataCategories: ['name', 'address'],
  subjectGroups: ['patients'],
  people: { min: 1, max: 1 },
  protection: 'none',
  recipients: 'known',
  recipientIntent: 'none',
  dataRecovered: true,
};

let t: TestApp;
let A: TestOrganisation;
let breachId = '';
const path = (suffix = '') => `/api/breaches/${breachId}${suffix}`;

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  breachId = await reportBreach(t, A, REPORT);
});
afterAll(() => t?.close());

describe('the proposal on the breach page', () => {
  it('follows the recorded facts: an appointment letter returned by a household that meant no harm goes to the AP, not to the patient', async () => {
    expect((await A.as.privacy.put(path('/register'), RETURNED_LETTER)).status).toBe(204);
    const { proposal } = (await A.as.privacy.get(path())).body;
    expect(proposal.method).toBe('wegwijs-two-stage-enisa-2013');
    expect([proposal.notifyAp.propose, proposal.informSubjects.propose]).toEqual([true, false]);
    expect(proposal.informSubjects.reasons.map((r: { key: string }) => r.key)).toEqual(['highRisk', 'exceptionRecipientReturned']);
    expect(proposal.informSubjects.reasons[1].facts).toEqual(['recipients', 'recipientIntent', 'dataRecovered']);
    expect(proposal.pivots).toContainEqual({ change: 'dataRecovered:false', informSubjects: true });
  });

  it('keeps the proposal as it stood with each decision', async () => {
    const reply = await A.as.privacy.post(path('/decisions'), {
      notifyAp: true,
      informSubjects: false,
      reasoning: 'Zorgrelatie zichtbaar; brief terug, geen kwade opzet.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.proposal.informSubjects.reasons.at(-1).key).toBe('exceptionRecipientReturned');
    expect((await A.as.privacy.put(path('/register'), { ...RETURNED_LETTER, dataRecovered: false })).status).toBe(204);
    const detail = (await A.as.privacy.get(path())).body;
    expect(detail.proposal.informSubjects.propose).toBe(true);
    expect(detail.decisions[0].proposal.informSubjects.propose).toBe(false);
  });
});

describe('bad input on the new facts', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an art. 34(3)(b) exception without its ground', { highRiskRemoved: true }, 'highRiskRemovedGround', /welke maatregelen het hoge risico wegnemen/],
    ['an art. 34(3)(c) exception without the public communication', { informingDisproportionate: true }, 'publicCommunication', /openbaar/],
    [
      'a full backup and data lost for good',
      { classification: ['availability'], backup: 'restored', availabilityLoss: 'permanent' },
      'backup',
      /back-up heeft alles teruggezet/,
    ],
    [
      'a backup with loss and a loss that was not lasting',
      { classification: ['availability'], backup: 'restoredWithLoss', availabilityLoss: 'temporary' },
      'backup',
      /deels blijvend verloren/,
    ],
    ['an intent for an unknown circle', { recipients: 'unknown', recipientIntent: 'malicious' }, 'recipientIntent', /bekende ontvanger/],
    ['a negative duration', { unavailableHours: -1 }, 'unavailableHours', /minstens 0/],
    ['an unknown system', { dataCategories: ['credentials'], credentialsSystem: 'epd' }, 'credentialsSystem', /Kies een van/],
    ['an unknown kind of loss', { availabilityLoss: 'sometimes' }, 'availabilityLoss', /Kies een van/],
    ['"no personal data" beside recorded personal data', { personalDataInvolved: false }, 'personalDataInvolved', /geen persoonsgegevens/],
    [
      'confidentiality excluded without how',
      { classification: ['availability'], confidentialityExcluded: true },
      'confidentialityExcludedBasis',
      /forensisch onderzoek/,
    ],
    ['the officer’s own ENISA value without a reason', { enisa: { dpc: 1, easeOfIdentification: null } }, 'enisa.reason', /waarom je afwijkt/],
  ])('refuses %s, names the field in the user’s language and writes nothing', async (_, change, field, message) => {
    const before = await t.snapshot();
    const reply = await A.as.privacy.put(path('/register'), { ...RETURNED_LETTER, ...change });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    const named = (reply.body.fields as { field: string; message: string }[]).find((f) => f.field === field);
    expect(named?.message).toMatch(message);
    expect(await t.snapshot()).toEqual(before);
  });

  it('says it in English to an English user', async () => {
    const english = await t.client('en').login(A.emails.privacy, TEST_PASSWORD);
    const reply = await english.put(path('/register'), { ...RETURNED_LETTER, highRiskRemoved: true });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toContainEqual({
      field: 'highRiskRemovedGround',
      message: expect.stringMatching(/^Write down which measures take away the high risk/),
    });
  });
});

describe('a register from before this change', () => {
  it('an entry saved before a check between facts existed stays readable (an ENISA value without a reason)', async () => {
    await t.database.db.execute(
      sql`update breaches set register = ${JSON.stringify({ ...RETURNED_LETTER, enisa: { dpc: 2, easeOfIdentification: null } })}::jsonb where id = ${breachId}`,
    );
    const reply = await A.as.privacy.get(path());
    expect(reply.status).toBe(200);
    expect(reply.body.register.enisa).toEqual({ dpc: 2, easeOfIdentification: null, reason: '' });
    expect(reply.body.proposal.severity.dpc).toBe(2);
  });

  let older: TestApp;
  beforeAll(async () => {
    older = await startTestApp();
  });
  afterAll(() => older?.close());

  it('an export of the demo organisation made with main at 0ca07e2 imports, and every breach reads as before with the new facts empty', async () => {
    const document = JSON.parse(await readFile(new URL('./fixtures/demo-export-0ca07e2.json', import.meta.url), 'utf8'));
    const token = (await older.services.setup.createSetupLink('http://localhost'))!.split('#token=')[1]!;
    const admin = older.client();
    const imported = await admin.request(
      'POST',
      '/api/organisation/import',
      { name: 'Demo Beheerder', email: 'beheerder@demo.wegwijs.invalid', password: TEST_PASSWORD, document },
      { 'x-setup-token': token },
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);

    const list = (await admin.get('/api/breaches')).body.breaches as { id: string; reference: string; status: string }[];
    expect(list.map((b) => b.status).sort()).toEqual(['closed', 'reported', 'triage', 'triage']);
    for (const breach of list) {
      const detail = await admin.get(`/api/breaches/${breach.id}`);
      expect(detail.status, breach.reference).toBe(200);
      expect(detail.body.register).toMatchObject({
        backup: null,
        recipientIntent: null,
        credentialsSystem: null,
        highRiskRemovedGround: '',
        startedAtExact: false,
      });
      expect(typeof detail.body.proposal.notifyAp.propose).toBe('boolean');
      for (const suffix of ['/ap-form', '/letter?lang=nl', '/letter?lang=en'])
        expect((await admin.get(`/api/breaches/${breach.id}${suffix}`)).status, `${breach.reference}${suffix}`).toBe(200);
    }
    // Decisions keep the proposal of their day, in its old shape; the closed breach keeps its moment of awareness as confirmed, the open ones ask for it.
    const closed = list.find((b) => b.status === 'closed')!;
    const { decisions, breach } = (await admin.get(`/api/breaches/${closed.id}`)).body;
    expect(breach.awareConfirmedAt).not.toBeNull();
    for (const open of list.filter((b) => b.status !== 'closed')) expect((await admin.get(`/api/breaches/${open.id}`)).body.breach.awareConfirmedAt).toBeNull();
    expect(decisions).toMatchObject([{ notifyAp: true, informSubjects: false, proposal: { method: 'enisa-2013', notifyAp: { propose: true } } }]);
    const csv = await admin.get('/api/breaches/export.csv');
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\n').filter(Boolean)).toHaveLength(5);
  });
});

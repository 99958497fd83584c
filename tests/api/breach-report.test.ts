import { and, eq, sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_NEXT_STEPS } from '#content/breach.js';
import { breaches } from '#server/db/schema.js';
import { amsterdamDay } from '#server/day.js';
import { BREACH_REPORTED_JOB } from '#server/jobs/scheduled.js';
import { handoverListReport, TEST_JOBS } from '../fixtures.js';
import { jobsSettled, startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';
import { recipientOf, startMailingApp, type MailingApp } from './smtp.js';

/**
 * A staff member reports a data breach through the organisation's link: a new breach with the next
 * register number and a random reference for the reporter, the 72 hours starting at once, nothing kept about the reporter's device, and the
 * privacy role told by e-mail (through the job queue, over a real SMTP server on loopback).
 */

const YEAR = amsterdamDay().slice(0, 4);
const REPORT = handoverListReport({
  isBreach: 'unsure',
  happenedAt: '2026-03-28T09:15:00+01:00',
  noticedAt: '2026-03-28T10:00:00+01:00',
  contact: { name: 'Sanne Meldster', phone: '06 12345678', email: 'sanne.meldster@zorg.test' },
});

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
const slugOf = async (org: TestOrganisation): Promise<string> => (await org.as.admin.get('/api/organisation')).body.organisation.breachSlug;
const reportPath = (slug: string) => `/api/public/breach-report/${slug}`;
/** Each report from its own browser, as staff on their own devices (the form is rate limited per address). */
const report = (slug: string, body: unknown = REPORT, client: Client = t.client()) => client.post(reportPath(slug), body);
/** The breach a reporter's reference names. */
const breachRow = async (organisationId: string, publicReference: string) =>
  (
    await t.database.db
      .select()
      .from(breaches)
      .where(and(eq(breaches.organisationId, organisationId), eq(breaches.publicReference, publicReference)))
  )[0];
/** "K7QM-4XPD-2H": Crockford base32 (no I, L, O, U). */
const PUBLIC_REFERENCE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A reference read as the number it spells in base 32. */
const valueOf = (reference: string) => [...reference.replace(/-/g, '')].reduce((n, c) => n * 32 + CROCKFORD.indexOf(c), 0);

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
});
afterAll(() => t?.close());

describe('the form behind the link', () => {
  it('names the organisation and whether login is needed', async () => {
    const reply = await t.client().get(reportPath(await slugOf(A)));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ organisation: 'Zorggroep Noord', requiresLogin: false, defaultLocale: 'nl', sector: 'hospital' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it('an unknown link is 404, for reading and for reporting, and nothing is written', async () => {
    const unknown = 'f'.repeat(32);
    expect((await t.client().get(reportPath(unknown))).status).toBe(404);
    const before = await t.snapshot();
    const reply = await report(unknown);
    expect(reply.status).toBe(404);
    expect(reply.body.error).toBe('notFound');
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('a report', () => {
  it(`becomes breach DL-${YEAR}-0001, then DL-${YEAR}-0002, with the 72 hours running from when the reporter noticed it, unconfirmed`, async () => {
    const slug = await slugOf(A);
    const started = Date.now();
    const first = await report(slug);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toEqual({
      reference: expect.stringMatching(PUBLIC_REFERENCE),
      reportedAt: expect.any(String),
      whatHappensNext: REPORT_NEXT_STEPS.map((s) => s.nl),
    });
    const second = await report(slug, REPORT, t.client('en'));
    expect((await breachRow(A.id, second.body.reference))!.reference).toBe(`DL-${YEAR}-0002`);
    expect(second.body.whatHappensNext).toEqual(REPORT_NEXT_STEPS.map((s) => s.en));

    const row = (await breachRow(A.id, first.body.reference))!;
    expect(row.reference).toBe(`DL-${YEAR}-0001`);
    expect(row.status).toBe('reported');
    expect(row.awareAt.toISOString()).toBe(new Date(REPORT.noticedAt).toISOString());
    expect(row.awareConfirmedAt).toBeNull();
    expect(row.reportedAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(row.reportedAt.toISOString()).toBe(first.body.reportedAt);
    expect(row.reportedBy).toBeNull();
    expect(row.department).toBe('Interne geneeskunde');
    expect(row.report).toEqual(REPORT);
    expect(row.register).toBeNull();
  });

  it('fills in what a reporter may leave out', async () => {
    const { happenedAt, actionsTaken, department, contact, ...minimal } = REPORT;
    const reply = await report(await slugOf(A), minimal);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const row = (await breachRow(A.id, reply.body.reference))!;
    expect(row.report).toEqual({ ...minimal, happenedAt: null, actionsTaken: '', department: '', contact: { name: '', phone: '', email: '' } });
    expect(row.department).toBe('');
  });

  it('gives the reporter a random reference: consecutive ones are unrelated, and the register number is not in the answer', async () => {
    const slug = await slugOf(A);
    const replies = [await report(slug), await report(slug)];
    const registerNumbers: string[] = [];
    for (const reply of replies) {
      expect(reply.body.reference).toMatch(PUBLIC_REFERENCE);
      const row = (await breachRow(A.id, reply.body.reference))!;
      registerNumbers.push(row.reference);
      // Nothing in the answer counts the organisation's breaches.
      expect(JSON.stringify(reply.body)).not.toContain(row.reference);
      expect(JSON.stringify(reply.body)).not.toMatch(/DL-\d{4}-\d+/);
    }
    // The register numbers follow each other; the references do not.
    expect(registerNumbers).toEqual([`DL-${YEAR}-0004`, `DL-${YEAR}-0005`]);
    const [a, b] = replies.map((r) => valueOf(r.body.reference)) as [number, number];
    expect(Math.abs(b - a)).toBeGreaterThan(1);
  });

  it('reports sent at the same moment get distinct references and register numbers', async () => {
    const slug = await slugOf(A);
    const replies = await Promise.all(Array.from({ length: 6 }, () => report(slug)));
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
    const references = replies.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(6);
    const numbers = await Promise.all(references.map(async (reference) => (await breachRow(A.id, reference))!.reference));
    expect(numbers.sort()).toEqual([6, 7, 8, 9, 10, 11].map((n) => `DL-${YEAR}-${String(n).padStart(4, '0')}`));
  });

  it('is counted per organisation: their first report is their 0001, kept in their register only', async () => {
    const reply = await report(await slugOf(B));
    const row = (await breachRow(B.id, reply.body.reference))!;
    expect(row.reference).toBe(`DL-${YEAR}-0001`);
    expect(row.organisationId).toBe(B.id);
    expect(await breachRow(A.id, reply.body.reference)).toBeUndefined();
  });

  it('writes an audit entry that names the form, not the reporter', async () => {
    const reply = await report(await slugOf(A));
    const row = (await breachRow(A.id, reply.body.reference))!;
    const entries = (await A.as.admin.get(`/api/audit?entity=breach&limit=200`)).body.entries as {
      entityId: string;
      actorId: string | null;
      actorName: string;
      after: unknown;
    }[];
    const entry = entries.find((e) => e.entityId === row.id)!;
    expect(entry).toMatchObject({
      actorId: null,
      actorName: 'Meldformulier datalekken',
      after: { reference: row.reference, publicReference: reply.body.reference, status: 'reported' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/Sanne|meldster|06 1234|overdrachtslijst/i);
  });

  it("keeps nothing of the reporter's device: no address, no user agent", async () => {
    const device = t.client();
    const reply = await device.request('POST', reportPath(await slugOf(A)), REPORT, { 'user-agent': 'Mozilla/5.0 (Telefoon van de afdeling)' });
    expect(reply.status).toBe(201);
    const tables = (
      (await t.database.db.execute(
        sql.raw("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"),
      )) as unknown as { rows: { name: string }[] }
    ).rows;
    for (const { name } of tables) {
      const found = (await t.database.db.execute(
        sql.raw(`select count(*)::int as n from "${name}" r where r::text like '%${device.address}%' or r::text like '%Telefoon van de afdeling%'`),
      )) as unknown as { rows: { n: number }[] };
      expect(found.rows[0]!.n, name).toBe(0);
    }
  });

  it('an address that sends more than 10 reports in a quarter of an hour is told to wait', async () => {
    const slug = await slugOf(B);
    const device = t.client();
    for (let i = 0; i < 10; i++) expect((await report(slug, REPORT, device)).status).toBe(201);
    const before = await t.snapshot();
    const refused = await report(slug, REPORT, device);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('tooManyRequests');
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('bad input names the field, in Dutch and in English, and writes nothing', () => {
  const cases: [string, unknown, string, string, string][] = [
    ['no account of what happened', { ...REPORT, whatHappened: '  ' }, 'whatHappened', 'Dit veld mag niet leeg zijn.', 'This field may not be empty.'],
    ['no moment of noticing', { ...REPORT, noticedAt: undefined }, 'noticedAt', 'Dit veld is verplicht.', 'This field is required.'],
    ['a moment without its offset', { ...REPORT, noticedAt: '2026-03-28T10:00' }, 'noticedAt', 'Ongeldige notatie.', 'Invalid format.'],
    [
      'happened after it was noticed',
      { ...REPORT, happenedAt: '2026-03-28T11:00:00+01:00' },
      'happenedAt',
      'Het moment waarop het gebeurde ligt na het moment waarop je het merkte.',
      'The moment it happened is after the moment you noticed it.',
    ],
    ['no kind of data', { ...REPORT, dataKinds: [] }, 'dataKinds', 'Kies er minstens 1.', 'Choose at least 1.'],
    ['a kind of data twice', { ...REPORT, dataKinds: ['health', 'health'] }, 'dataKinds', 'Deze keuze staat er twee keer in.', 'This choice is listed twice.'],
    [
      'an unknown incident kind',
      { ...REPORT, incidentKind: 'oops' },
      'incidentKind',
      expect.stringContaining('Kies een van'),
      expect.stringContaining('Choose one of'),
    ],
    [
      'a phone number with letters',
      { ...REPORT, contact: { ...REPORT.contact, phone: 'bel me maar' } },
      'contact.phone',
      'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes.',
      'Enter a phone number with only digits, spaces, +, - or brackets.',
    ],
    ['a field for patient names', { ...REPORT, patientName: 'J. de Boer' }, 'patientName', 'Onbekend veld: patientName.', 'Unknown field: patientName.'],
  ];
  it.each(cases)('%s', async (_, body, field, nl, en) => {
    const slug = await slugOf(A);
    const before = await t.snapshot();
    for (const [locale, text] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      const reply = await report(slug, body, t.client(locale));
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
      expect(reply.body.error).toBe('validation');
      expect(reply.body.fields).toContainEqual({ field, message: text });
    }
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('an organisation that requires login', () => {
  let slug: string;
  beforeAll(async () => {
    slug = await slugOf(B);
    const changed = await B.as.admin.patch('/api/organisation', { breachReportRequiresLogin: true });
    expect(changed.status).toBe(200);
    expect(changed.body.organisation.breachReportRequiresLogin).toBe(true);
  });
  afterAll(async () => {
    await B.as.admin.patch('/api/organisation', { breachReportRequiresLogin: false });
  });

  it('says so on the form', async () => {
    expect((await t.client().get(reportPath(slug))).body.requiresLogin).toBe(true);
  });

  it('refuses an anonymous report with 401 and a clear message, and writes nothing', async () => {
    const before = await t.snapshot();
    for (const [locale, text] of [
      ['nl', 'Log in en open de meldlink'],
      ['en', 'Log in, then open the report link'],
    ] as const) {
      const reply = await report(slug, REPORT, t.client(locale));
      expect(reply.status).toBe(401);
      expect(reply.body.error).toBe('breachReportLoginRequired');
      expect(reply.body.message).toContain(text);
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('takes a report from any role of its own and records who reported', async () => {
    for (const role of ['member', 'viewer'] as const) {
      const reply = await report(slug, REPORT, B.as[role].clone());
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      expect((await breachRow(B.id, reply.body.reference))!.reportedBy).toBe(B.userIds[role]);
    }
  });

  it('refuses someone logged in at another organisation, and writes nothing', async () => {
    const before = await t.snapshot();
    const reply = await report(slug, REPORT, A.as.member.clone());
    expect(reply.status).toBe(403);
    expect(reply.body.error).toBe('breachReportOtherOrganisation');
    expect(await t.snapshot()).toEqual(before);
  });

  it('the open link of another organisation stays anonymous for someone logged in', async () => {
    const reply = await report(await slugOf(A), REPORT, B.as.member.clone());
    expect(reply.status).toBe(201);
    const row = (await breachRow(A.id, reply.body.reference))!;
    expect(row.reportedBy).toBeNull();
  });

  it('the switch is in the audit log', async () => {
    const entries = (await B.as.admin.get('/api/audit?action=organisation.update&limit=200')).body.entries as { before: any; after: any }[];
    expect(entries.some((e) => e.before.breachReportRequiresLogin === false && e.after.breachReportRequiresLogin === true)).toBe(true);
  });
});

describe('the link in the settings', () => {
  it('GET /api/organisation gives the link to the form', async () => {
    const reply = await A.as.viewer.get('/api/organisation');
    expect(reply.body.breachReportUrl).toBe(`${t.url}/melden/${reply.body.organisation.breachSlug}`);
    expect(reply.body.organisation.breachSlug).toMatch(/^[0-9a-f]{32}$/);
  });

  it('and a QR code of it, as SVG and PNG', async () => {
    const svg = await A.as.admin.get('/api/organisation/breach-report/qr.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(String(svg.body)).toContain('<svg');
    const png = await A.as.admin.get('/api/organisation/breach-report/qr.png');
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('only an admin may switch login on', async () => {
    const reply = await A.as.privacy.patch('/api/organisation', { breachReportRequiresLogin: true });
    expect(reply.status).toBe(403);
  });
});

describe('the privacy role hears of it by e-mail, through the job queue', () => {
  let q: MailingApp;
  beforeAll(async () => {
    q = await startMailingApp(TEST_JOBS);
  });
  afterAll(() => q?.close());

  const mailsTo = (addresses: string[]) => q.smtp.received.filter((m) => addresses.includes(recipientOf(m)));
  /** The mails to the addresses once every report's job has run: a second one would be among them. */
  async function settledMailsTo(addresses: string[]) {
    await jobsSettled(q, BREACH_REPORTED_JOB);
    return mailsTo(addresses);
  }

  it('the privacy officer gets exactly one mail: the reference, the deadline and the link, none of the report', async () => {
    const org = await q.organisation('Zorggroep Oost');
    const reply = await q.client().post(reportPath(await slugOf(org)), REPORT);
    expect(reply.status).toBe(201);
    const mails = await settledMailsTo(Object.values(org.emails));
    expect(mails.map(recipientOf)).toEqual([org.emails.privacy]);
    const [mail] = mails as [ParsedMail];
    const [row] = await q.database.db.select().from(breaches).where(eq(breaches.organisationId, org.id));
    const breachId = row!.id;
    // The register number: the mail is the officer's.
    expect(mail.subject).toBe(`Datalek gemeld: ${row!.reference}`);
    expect(mail.text).toContain(row!.reference);
    expect(mail.text).toContain(`https://wegwijs.test/breaches/${breachId}`);
    expect(mail.text).toMatch(/lopen de 72 uur af op \w+ \d+ \w+ \d{4} om \d{2}:\d{2} \(Nederlandse tijd\)/);
    expect(mail.text).toContain('bevestig het moment van bekend worden in het register');
    for (const part of [REPORT.whatHappened, 'overdrachtslijst', REPORT.actionsTaken!, 'Interne geneeskunde', 'Sanne', 'meldster', '06 12345678'])
      expect(mail.text).not.toContain(part);
  });

  it('in English for an officer who reads English, and to the admins when there is no privacy officer', async () => {
    const org = await q.organisation('Zorggroep West');
    expect((await org.as.privacy.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    await q.client().post(reportPath(await slugOf(org)), REPORT);
    const [english] = await settledMailsTo([org.emails.privacy]);
    expect(english!.subject).toMatch(new RegExp(`^Data breach reported: DL-${YEAR}-0001$`));
    expect(english!.text).toMatch(/the 72 hours end on \w+,? \d+ \w+ \d{4} at \d{2}:\d{2} \(Amsterdam time\)/);

    expect((await org.as.admin.post(`/api/users/${org.userIds.privacy}/deactivate`)).status).toBe(200);
    const reply = await q.client().post(reportPath(await slugOf(org)), REPORT);
    expect(reply.status).toBe(201);
    const toAdmin = (await settledMailsTo([org.emails.admin])).filter((m) => m.subject?.endsWith(`DL-${YEAR}-0002`));
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.text).toContain('nog niemand de rol privacy heeft');
    expect(mailsTo([org.emails.privacy])).toHaveLength(1);
  });

  it('with the queue but without a mail server, a report still goes through', async () => {
    const quiet = await startTestApp({ jobs: TEST_JOBS });
    try {
      const org = await quiet.organisation('Zorggroep Stil');
      const reply = await quiet.client().post(reportPath(await slugOf(org)), REPORT);
      expect(reply.status).toBe(201);
      expect(reply.body.reference).toMatch(PUBLIC_REFERENCE);
    } finally {
      await quiet.close();
    }
  });
});

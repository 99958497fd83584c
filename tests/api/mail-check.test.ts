import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestOrganisation } from './harness.js';
import { MAIL_FROM, recipientOf, startMailingApp, type MailingApp } from './smtp.js';

describe('with a working mail server', () => {
  let t: MailingApp;
  let A: TestOrganisation;
  beforeAll(async () => {
    t = await startMailingApp();
    A = await t.organisation('Zorggroep Testmail');
  });
  afterAll(() => t?.close());
  const mailsTo = (address: string) => t.smtp.received.filter((m) => recipientOf(m) === address);

  it('mails the administrator, in their language, and answers where it went', async () => {
    const reply = await A.as.admin.post('/api/mail/test', {});
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ sentTo: A.emails.admin });
    const [mail] = mailsTo(A.emails.admin);
    expect(mail?.subject).toBe('Testmail van Wegwijs');
    expect(mail?.text).toContain('Zorggroep Testmail');

    expect((await A.as.admin.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    expect((await A.as.admin.post('/api/mail/test', {})).status).toBe(200);
    expect(mailsTo(A.emails.admin).map((m) => m.subject)).toEqual(['Testmail van Wegwijs', 'Wegwijs test mail']);
  });

  it('is for administrators only', async () => {
    const before = t.smtp.received.length;
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) expect((await A.as[role].post('/api/mail/test', {})).status).toBe(403);
    expect(t.smtp.received.length).toBe(before);
  });
});

describe('without a usable mail server', () => {
  it('says SMTP_URL is not set when the installation has no mail', async () => {
    const t = await startTestApp();
    try {
      const A = await t.organisation('Zorggroep Zonder Mail');
      const reply = await A.as.admin.post('/api/mail/test', {});
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ error: 'testMailNoSmtp' });
      expect(reply.body.message).toContain('SMTP_URL');
    } finally {
      await t.close();
    }
  });

  it('passes on the mail server’s refusal, in the administrator’s language', async () => {
    // A real server that refuses every recipient, as a misconfigured relay would.
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('5.7.1 Relaying denied by policy'), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const { port } = refusing.server.address() as { port: number };
    const t = await startTestApp({ mail: { url: `smtp://127.0.0.1:${port}`, from: MAIL_FROM } });
    try {
      const A = await t.organisation('Zorggroep Weigerende Mail');
      const nl = await A.as.admin.post('/api/mail/test', {});
      expect(nl.status).toBe(502);
      expect(nl.body.error).toBe('testMailFailed');
      expect(nl.body.message).toMatch(/^De mailserver nam de testmail niet aan\. Zijn antwoord: 550 5\.7\.1 Relaying denied by policy/);
      expect(nl.body.message).not.toContain('127.0.0.1');

      const en = await t.client('en').login(A.emails.admin, TEST_PASSWORD);
      expect((await en.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
      expect((await en.post('/api/mail/test', {})).body.message).toMatch(/^The mail server did not accept the test mail\. Its answer: 550/);
    } finally {
      await t.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('names only the kind of failure when the server cannot be reached, not where it is', async () => {
    const t = await startTestApp({ mail: { url: 'smtp://127.0.0.1:9', from: MAIL_FROM } });
    try {
      const A = await t.organisation('Zorggroep Onbereikbare Mail');
      const reply = await A.as.admin.post('/api/mail/test', {});
      expect(reply.status).toBe(502);
      expect(reply.body.message).toMatch(/Zijn antwoord: E[A-Z]+$/);
      expect(reply.body.message).not.toContain('127.0.0.1');
    } finally {
      await t.close();
    }
  });
});

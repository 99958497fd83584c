import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { JobsOptions } from '#server/jobs/scheduled.js';
import { startTestApp, type TestApp } from './harness.js';

/** A real SMTP server on loopback that keeps what it receives, for tests that send mail. */
export async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      // Accepted only once parsed and kept: a mail the app has sent is among `received`.
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

export const MAIL_FROM = 'Wegwijs <test@wegwijs.invalid>';

/** The address a mail went to, as its To header reads. */
export const recipientOf = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');

export interface MailingApp extends TestApp {
  smtp: SmtpServer;
}

/** A test app that mails over an SMTP server of its own (with the job queue when `jobs` is given); close() stops both. */
export async function startMailingApp(jobs?: JobsOptions): Promise<MailingApp> {
  const smtp = await startSmtpServer();
  const t = await startTestApp({ mail: { url: smtp.url, from: MAIL_FROM }, jobs }).catch(async (error: unknown) => {
    await smtp.close();
    throw error;
  });
  return {
    ...t,
    smtp,
    async close() {
      await t.close();
      await smtp.close();
    },
  };
}

import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail over SMTP (nodemailer); one pooled connection set per app. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailOptions {
  /** smtp:// or smtps:// URL with credentials, as nodemailer reads it. */
  url: string;
  from: string;
}

export function createMailer(options: MailOptions): Mailer {
  const transport = nodemailer.createTransport(`${options.url}${options.url.includes('?') ? '&' : '?'}pool=true`);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}

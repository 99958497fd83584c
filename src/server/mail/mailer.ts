import type { Transporter } from 'nodemailer';

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

/** nodemailer loads with the first mail, not at start (issue 19: a lighter process). */
export function createMailer(options: MailOptions): Mailer {
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(`${options.url}${options.url.includes('?') ? '&' : '?'}pool=true`),
    ));
  return {
    async send(message) {
      await (await open()).sendMail({ from: options.from, ...message });
    },
    close: () => void transport?.then((opened) => opened.close()),
  };
}

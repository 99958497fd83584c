import { organisationPolicy } from '#core/policies/index.js';
import { AppError, conflict } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import type { Mailer } from '../../mail/mailer.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { testMail } from './test-mail.js';

/** Longest part of the mail server's answer passed on: enough for "535 5.7.8 Authentication failed". */
const REASON_MAX = 300;

/**
 * What went wrong, as far as an administrator of one organisation may see: the mail server's own
 * reply, else nodemailer's error code (ECONNECTION, ETIMEDOUT, …), never the host it tried.
 */
function reasonOf(error: unknown): string {
  const { response, code } = (error ?? {}) as { response?: unknown; code?: unknown };
  return String(typeof response === 'string' ? response : typeof code === 'string' ? code : 'unknown').slice(0, REASON_MAX);
}

/**
 * An administrator checks the installation's mail (SMTP_URL) by mailing themselves. The mail
 * server's refusal is passed on as it is: that is what the operator needs to fix it. Nothing is
 * stored, so there is nothing to audit.
 */
export function createMailCheckService(deps: { mailer: Mailer | null; organisations: OrganisationService }) {
  return {
    async sendTest(actor: SessionActor): Promise<{ sentTo: string }> {
      authorize(organisationPolicy.update, actor);
      if (!deps.mailer) throw conflict('testMailNoSmtp');
      const organisation = await deps.organisations.get(actor);
      try {
        await deps.mailer.send(testMail({ email: actor.email, name: actor.name, locale: actor.locale }, organisation.name));
      } catch (error) {
        throw new AppError(502, 'testMailFailed', undefined, { reason: reasonOf(error) });
      }
      return { sentTo: actor.email };
    },
  };
}
export type MailCheckService = ReturnType<typeof createMailCheckService>;

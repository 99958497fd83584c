import { dueDeadlineAlert } from '#core/breach/deadline.js';
import { DEFAULT_LOCALE, isLocale } from '#core/locale.js';
import type { Database } from '../../db/client.js';
import type { Mailer } from '../../mail/mailer.js';
import { sendEachOnce, type SendResult } from '../../mail/send-once.js';
import type { OrganisationService } from '../organisation/service.js';
import { breachDeadlineMail } from './report-mail.js';
import { breachesRepository } from './repository.js';

/**
 * Mails the privacy role (or the admins) 24 and 4 hours before a breach's 72 hours end, unless the AP
 * was notified, the breach is closed or the officer decided not to notify. Runs day and night: the
 * clock does. Each alert goes once to each recipient, whichever instance runs the sweep.
 */
export function createBreachAlertsService(db: Database, deps: { mailer: Mailer | null; organisations: OrganisationService }) {
  return {
    async sendDue(now: Date, linkBase: string): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: [] };
      const { mailer } = deps;
      if (!mailer) return result;
      for (const organisation of await deps.organisations.mailing()) {
        const due = (await breachesRepository.runningClocks(db, organisation.id)).flatMap((breach) => {
          const alert = dueDeadlineAlert({ awareAt: breach.awareAt, apNotifiedAt: null, closed: false, notifyAp: breach.notifyAp }, now);
          return alert ? [{ breach, hoursBefore: alert.hoursBefore }] : [];
        });
        if (due.length === 0) continue;
        const recipients = await breachesRepository.notificationRecipients(db, organisation.id);
        const mails = due.flatMap(({ breach, hoursBefore }) =>
          recipients.map((to) => ({
            key: `breach-deadline:${breach.id}:${hoursBefore}:${to.id}`,
            message: breachDeadlineMail(
              { to: { ...to, locale: isLocale(to.locale) ? to.locale : DEFAULT_LOCALE }, organisation: organisation.name, breach, hoursBefore },
              linkBase,
            ),
          })),
        );
        await sendEachOnce(db, mailer, organisation.id, mails, result);
      }
      return result;
    },
  };
}
export type BreachAlertsService = ReturnType<typeof createBreachAlertsService>;

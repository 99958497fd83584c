import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { dueDeadlineAlert } from '../../../core/breach/deadline.js';
import { DEFAULT_LOCALE, isLocale } from '../../../core/locale.js';
import type { Database } from '../../db/client.js';
import { breachDecisions, breaches, organisations } from '../../db/schema.js';
import type { Mailer } from '../../mail/mailer.js';
import { sendEachOnce, type SendResult } from '../../mail/send-once.js';
import { breachDeadlineMail } from './report-mail.js';
import { breachesRepository } from './repository.js';

/** The breaches whose 72 hours still run: not closed, the AP not notified; with their latest notification decision. */
async function runningClocks(db: Database, organisationId: string) {
  const open = await db
    .select({ id: breaches.id, reference: breaches.reference, awareAt: breaches.awareAt })
    .from(breaches)
    .where(and(eq(breaches.organisationId, organisationId), ne(breaches.status, 'closed'), isNull(breaches.apNotifiedAt)));
  if (open.length === 0) return [];
  const decisions = await db
    .select({ breachId: breachDecisions.breachId, notifyAp: breachDecisions.notifyAp })
    .from(breachDecisions)
    .where(and(eq(breachDecisions.organisationId, organisationId), inArray(breachDecisions.breachId, open.map((b) => b.id))))
    .orderBy(asc(breachDecisions.decidedAt));
  const latest = new Map(decisions.map((d) => [d.breachId, d.notifyAp]));
  return open.map((b) => ({ ...b, notifyAp: latest.get(b.id) ?? null }));
}

/**
 * Mails the privacy role (or the admins) 24 and 4 hours before a breach's 72 hours end, unless the AP
 * was notified, the breach is closed or the officer decided not to notify. Runs day and night: the
 * clock does. Each alert goes once to each recipient, whichever instance runs the sweep.
 */
export function createBreachAlertsService(db: Database, deps: { mailer: Mailer | null }) {
  return {
    async sendDue(now: Date, linkBase: string): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: [] };
      const { mailer } = deps;
      if (!mailer) return result;
      const organisationRows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.isDemo, false));
      for (const organisation of organisationRows) {
        const due = (await runningClocks(db, organisation.id)).flatMap((breach) => {
          const alert = dueDeadlineAlert({ awareAt: breach.awareAt, apNotifiedAt: null, closed: false, notifyAp: breach.notifyAp }, now);
          return alert ? [{ breach, hoursBefore: alert.hoursBefore }] : [];
        });
        if (due.length === 0) continue;
        const recipients = await breachesRepository.notificationRecipients(db, organisation.id);
        const mails = due.flatMap(({ breach, hoursBefore }) =>
          recipients.map((to) => ({
            key: `breach-deadline:${breach.id}:${hoursBefore}:${to.id}`,
            message: breachDeadlineMail({ to: { ...to, locale: isLocale(to.locale) ? to.locale : DEFAULT_LOCALE }, organisation: organisation.name, breach, hoursBefore }, linkBase),
          })),
        );
        await sendEachOnce(db, mailer, organisation.id, mails, result);
      }
      return result;
    },
  };
}
export type BreachAlertsService = ReturnType<typeof createBreachAlertsService>;

import { ACTION_NOTICE_DAYS, dueReminders, type Recipient, type Reminder } from '../../../core/execution/reminders.js';
import { DEFAULT_LOCALE, isLocale } from '../../../core/locale.js';
import { readFields } from '../../../core/worksheets/index.js';
import { addDays, emptyPlanning } from '../../../core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import type { Mailer } from '../../mail/mailer.js';
import type { StoredWorksheet } from '../programmes/substeps.repository.js';
import { reminderMail } from './mail.js';
import { remindersRepository as repo } from './repository.js';

/** Sent-reminder records older than this are dropped: every reminder's day is long past by then. */
const KEEP_SENT_DAYS = 60;

const recipientOf = (u: { userId: string; email: string; name: string; locale: string }): Recipient => ({
  userId: u.userId,
  email: u.email,
  name: u.name,
  locale: isLocale(u.locale) ? u.locale : DEFAULT_LOCALE,
});

export interface SendResult {
  sent: number;
  /** Reminders whose mail failed: not recorded, so the next run tries again. */
  failed: { key: string; error: string }[];
}

/** The e-mail reminders of check-ins and due actions (rules in core/execution/reminders.ts). */
export function createRemindersService(db: Database, deps: { mailer: Mailer | null }) {
  /** What is due today in one organisation. */
  async function dueIn(organisationId: string, today: string): Promise<Reminder[]> {
    const rows = await repo.programmes(db, organisationId);
    const [team, actions] = await Promise.all([
      repo.team(db, organisationId, rows.map((p) => p.id)),
      repo.openActionsDue(db, organisationId, today, addDays(today, ACTION_NOTICE_DAYS)),
    ]);
    const programmes = rows.map((p) => ({
      id: p.id,
      title: p.title,
      meetings: (readFields('1.4', (p.planning as StoredWorksheet | null)?.fields) ?? emptyPlanning()).meetings,
      team: team.filter((m) => m.programmeId === p.id).map(recipientOf),
    }));
    return dueReminders({ today, programmes, actions: actions.map((a) => ({ ...a, owner: recipientOf(a.owner) })) });
  }

  return {
    /**
     * Sends every reminder due at `now` that has not gone out yet. Per reminder one transaction
     * records its key and sends the mail; a failed send rolls the record back, so the next run
     * tries again. Several instances running this at once send each reminder once: the second
     * insert of a key waits for the first transaction and then finds it taken. (Only a crash
     * between the mail server's acceptance and the commit could send one twice.)
     */
    async sendDue(now: Date, linkBase: string): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: [] };
      const { mailer } = deps;
      if (!mailer) return result;
      const today = amsterdamDay(now);
      for (const organisationId of await repo.organisationIds(db)) {
        for (const reminder of await dueIn(organisationId, today)) {
          try {
            const sent = await db.transaction(async (tx) => {
              if (!(await repo.claim(tx, organisationId, reminder.key))) return false;
              await mailer.send(reminderMail(reminder, linkBase));
              return true;
            });
            if (sent) result.sent++;
          } catch (error) {
            result.failed.push({ key: reminder.key, error: error instanceof Error ? error.message : String(error) });
          }
        }
        await repo.forgetBefore(db, organisationId, new Date(now.getTime() - KEEP_SENT_DAYS * 86_400_000));
      }
      return result;
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;

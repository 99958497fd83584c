import { ACTION_NOTICE_DAYS, dueReminders, type Recipient, type Reminder } from '#core/execution/reminders.js';
import { DEFAULT_LOCALE, isLocale } from '#core/locale.js';
import { readFields } from '#core/worksheets/index.js';
import { addDays, emptyPlanning } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import type { Mailer } from '../../mail/mailer.js';
import { sendEachOnce, type SendResult } from '../../mail/send-once.js';
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

/** The e-mail reminders of check-ins and due actions (rules in core/execution/reminders.ts). */
export function createRemindersService(db: Database, deps: { mailer: Mailer | null }) {
  /** What is due today in one organisation. */
  async function dueIn(organisationId: string, today: string): Promise<Reminder[]> {
    const rows = await repo.programmes(db, organisationId);
    const [team, actions] = await Promise.all([
      repo.team(
        db,
        organisationId,
        rows.map((p) => p.id),
      ),
      repo.openActionsDue(db, organisationId, today, addDays(today, ACTION_NOTICE_DAYS)),
    ]);
    const programmes = rows.map((p) => ({
      id: p.id,
      title: p.title,
      meetings: (readFields('1.4', p.planning?.fields) ?? emptyPlanning()).meetings,
      team: team.filter((m) => m.programmeId === p.id).map(recipientOf),
    }));
    return dueReminders({ today, programmes, actions: actions.map((a) => ({ ...a, owner: recipientOf(a.owner) })) });
  }

  return {
    /** Sends every reminder due at `now` that has not gone out yet, each once (sendOnce). */
    async sendDue(now: Date, linkBase: string): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: [] };
      const { mailer } = deps;
      if (!mailer) return result;
      const today = amsterdamDay(now);
      for (const organisationId of await repo.organisationIds(db)) {
        const due = await dueIn(organisationId, today);
        await sendEachOnce(
          db,
          mailer,
          organisationId,
          due.map((reminder) => ({ key: reminder.key, message: reminderMail(reminder, linkBase) })),
          result,
        );
        await repo.forgetBefore(db, organisationId, new Date(now.getTime() - KEEP_SENT_DAYS * 86_400_000));
      }
      return result;
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;

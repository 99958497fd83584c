import type { Database } from '../db/client.js';
import { sentReminders } from '../db/schema.js';
import type { Mailer, MailMessage } from './mailer.js';

/**
 * Sends a scheduled mail at most once per key, however many app instances run the same job: one
 * transaction records the key and sends. A second instance inserting the same key waits for the
 * first to commit and then finds it taken; a failed send rolls the record back, so the next run tries
 * again. (Only a crash between the mail server's acceptance and the commit could send one twice.)
 * Returns whether this call sent it.
 */
export function sendOnce(db: Database, mailer: Mailer, organisationId: string, key: string, message: MailMessage): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.insert(sentReminders).values({ key, organisationId }).onConflictDoNothing().returning({ key: sentReminders.key });
    if (claimed.length === 0) return false;
    await mailer.send(message);
    return true;
  });
}

export interface SendResult {
  sent: number;
  /** Mails that failed: not recorded, so the next run tries again. */
  failed: { key: string; error: string }[];
}

/** Sends each mail once (sendOnce), collecting what went out and what failed, for the job's log. */
export async function sendEachOnce(db: Database, mailer: Mailer, organisationId: string, mails: { key: string; message: MailMessage }[], result: SendResult) {
  for (const { key, message } of mails) {
    try {
      if (await sendOnce(db, mailer, organisationId, key, message)) result.sent++;
    } catch (error) {
      result.failed.push({ key, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

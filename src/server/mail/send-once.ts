import type { Database } from '../db/client.js';
import { sentReminders } from '../db/schema.js';
import type { Mailer, MailMessage } from './mailer.js';

/**
 * Takes a row lock that marks one mail as this call's and gives its message, or returns null when
 * another call has (or had) it.
 */
export type MailClaim = (tx: Database) => Promise<MailMessage | null>;

/**
 * Sends a claimed mail at most once, however many app instances run the same job: one transaction
 * claims and sends. A second instance claiming the same mail waits for the first to commit and then
 * finds it taken; a failed send rolls the claim back, so the next run tries again. (Only a crash
 * between the mail server's acceptance and the commit could send one twice.) Returns whether this
 * call sent it.
 */
export function sendIfClaimed(db: Database, mailer: Mailer, claim: MailClaim): Promise<boolean> {
  return db.transaction(async (tx) => {
    const message = await claim(tx);
    if (!message) return false;
    await mailer.send(message);
    return true;
  });
}

/** A scheduled mail's claim: recording its key. */
const claimKey =
  (organisationId: string, key: string, message: MailMessage): MailClaim =>
  async (tx) => {
    const claimed = await tx.insert(sentReminders).values({ key, organisationId }).onConflictDoNothing().returning({ key: sentReminders.key });
    return claimed.length > 0 ? message : null;
  };

/** Sends a scheduled mail at most once per key (sendIfClaimed). */
export const sendOnce = (db: Database, mailer: Mailer, organisationId: string, key: string, message: MailMessage): Promise<boolean> =>
  sendIfClaimed(db, mailer, claimKey(organisationId, key, message));

export interface SendResult {
  sent: number;
  /** Mails that failed: not recorded, so the next run tries again. */
  failed: { key: string; error: string }[];
}

/** Sends each claimed mail (sendIfClaimed), collecting what went out and what failed, for the job's log. */
export async function sendEachClaimed(db: Database, mailer: Mailer, mails: { key: string; claim: MailClaim }[], result: SendResult) {
  for (const { key, claim } of mails) {
    try {
      if (await sendIfClaimed(db, mailer, claim)) result.sent++;
    } catch (error) {
      result.failed.push({ key, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** Sends each mail once (sendOnce), collecting what went out and what failed, for the job's log. */
export const sendEachOnce = (db: Database, mailer: Mailer, organisationId: string, mails: { key: string; message: MailMessage }[], result: SendResult) =>
  sendEachClaimed(
    db,
    mailer,
    mails.map(({ key, message }) => ({ key, claim: claimKey(organisationId, key, message) })),
    result,
  );

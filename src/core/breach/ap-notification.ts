import { z } from 'zod';
import { Line, Paragraph } from '../worksheets/fields.js';
import { Moment } from './report.js';
import type { BreachStatus } from './workflow.js';

/**
 * The notification to the AP after it was made: the AP's number for it (meldnummer) and the date
 * the AP confirmed receipt, and the messages that follow it. Information may be given in phases
 * (art. 33(4)): the AP takes a supplement, a change or a withdrawal of a notification only with its
 * meldnummer, so a follow-up needs that number on record. Follow-ups are kept as sent, never changed.
 */

/** What a later message to the AP does: adds information (the phases of art. 33(4)), corrects it, or withdraws the notification. */
export const AP_FOLLOW_UP_KINDS = ['supplement', 'change', 'withdrawal'] as const;
export type ApFollowUpKind = (typeof AP_FOLLOW_UP_KINDS)[number];

/** The AP's meldnummer as the AP's confirmation shows it: letters, digits and a few separators. */
export const ApReference = Line.min(1)
  .max(100)
  // Empty is min(1)'s to name, so an empty number gets one message.
  .regex(/^([\p{L}\p{N}][\p{L}\p{N} ./_-]*)?$/u, 'apReferenceFormat');

/** The meldnummer and the AP's receipt, recorded after the notification. */
export const ApReferenceBody = z.strictObject({ apReference: ApReference, apReceivedAt: Moment.nullable().default(null) });
export type ApReferenceBody = z.infer<typeof ApReferenceBody>;

/** A follow-up message to the AP: what it does, when it was sent, when the AP confirmed it, and what it said. */
export const ApFollowUpBody = z.strictObject({
  kind: z.enum(AP_FOLLOW_UP_KINDS),
  sentAt: Moment,
  apReceivedAt: Moment.nullable().default(null),
  note: Paragraph.min(1),
});
export type ApFollowUpBody = z.infer<typeof ApFollowUpBody>;

/** Why a record about the AP notification is refused, as a code the service maps to an error naming `field`. */
export interface ApNotificationRefusal {
  code: 'notNotified' | 'referenceUnknown' | 'momentInFuture' | 'beforeNotification' | 'receivedBeforeSent';
  field: string;
}

/** What is on record about the notification itself. */
export interface ApNotificationFacts {
  status: BreachStatus;
  apNotifiedAt: Date | null;
  apReference: string | null;
}

/** A message sent at `sentAt` and confirmed by the AP at `receivedAt`: both in the past, the receipt not before the sending. */
export function receiptRefusal(sentAt: Date, receivedAt: Date | null, now: Date): ApNotificationRefusal | null {
  if (!receivedAt) return null;
  if (receivedAt.getTime() > now.getTime()) return { code: 'momentInFuture', field: 'apReceivedAt' };
  if (receivedAt.getTime() < sentAt.getTime()) return { code: 'receivedBeforeSent', field: 'apReceivedAt' };
  return null;
}

/** The meldnummer is recorded while the breach stands as notified: it only exists once the AP has the notification. */
export function apReferenceRefusal(facts: ApNotificationFacts, receivedAt: Date | null, now: Date): ApNotificationRefusal | null {
  if (facts.status !== 'notified' || !facts.apNotifiedAt) return { code: 'notNotified', field: 'status' };
  return receiptRefusal(facts.apNotifiedAt, receivedAt, now);
}

/** A follow-up needs a notification to follow and its meldnummer, and is sent after the notification. */
export function followUpRefusal(facts: ApNotificationFacts, sentAt: Date, receivedAt: Date | null, now: Date): ApNotificationRefusal | null {
  if (!facts.apNotifiedAt) return { code: 'notNotified', field: 'status' };
  if (!facts.apReference) return { code: 'referenceUnknown', field: 'apReference' };
  if (sentAt.getTime() > now.getTime()) return { code: 'momentInFuture', field: 'sentAt' };
  if (sentAt.getTime() < facts.apNotifiedAt.getTime()) return { code: 'beforeNotification', field: 'sentAt' };
  return receiptRefusal(sentAt, receivedAt, now);
}

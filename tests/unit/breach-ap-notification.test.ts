import { describe, expect, it } from 'vitest';
import { AP_FOLLOW_UP_KINDS as STORED_KINDS } from '#server/db/schema.js';
import {
  AP_FOLLOW_UP_KINDS,
  ApFollowUpBody,
  ApReferenceBody,
  apReferenceRefusal,
  followUpRefusal,
  type ApNotificationFacts,
} from '#core/breach/ap-notification.js';

const HOUR = 3_600_000;
const notifiedAt = new Date('2026-11-06T09:00:00Z');
const now = new Date('2026-11-08T09:00:00Z');
const after = (hours: number) => new Date(notifiedAt.getTime() + hours * HOUR);
const notified: ApNotificationFacts = { status: 'notified', apNotifiedAt: notifiedAt, apReference: 'M12345678' };

describe('the AP’s meldnummer', () => {
  it('is copied as the AP gave it: letters, digits and a few separators', () => {
    for (const reference of ['M12345678', 'DL-2026/00123', 'abc.12_3'])
      expect(ApReferenceBody.safeParse({ apReference: reference }).success, reference).toBe(true);
    expect(ApReferenceBody.parse({ apReference: '  M123  ' })).toEqual({ apReference: 'M123', apReceivedAt: null });
    for (const reference of ['', '   ', '-M123', 'M123; drop table', 'x'.repeat(101), 'M\u0000']) {
      expect(ApReferenceBody.safeParse({ apReference: reference }).success, JSON.stringify(reference)).toBe(false);
    }
  });

  it('is recorded only while the breach stands as notified, with a receipt not before the notification nor to come', () => {
    expect(apReferenceRefusal(notified, null, now)).toBeNull();
    expect(apReferenceRefusal(notified, after(2), now)).toBeNull();
    expect(apReferenceRefusal({ ...notified, status: 'assessed', apNotifiedAt: null }, null, now)).toEqual({ code: 'notNotified', field: 'status' });
    expect(apReferenceRefusal(notified, after(-1), now)).toEqual({ code: 'receivedBeforeSent', field: 'apReceivedAt' });
    expect(apReferenceRefusal(notified, after(49), now)).toEqual({ code: 'momentInFuture', field: 'apReceivedAt' });
  });
});

describe('a follow-up to the AP', () => {
  it('is a supplement, a change or a withdrawal, the kinds the database keeps', () => {
    expect(AP_FOLLOW_UP_KINDS).toEqual(STORED_KINDS);
    const body = { kind: 'supplement', sentAt: '2026-11-07T10:00:00+01:00', note: 'Aantal betrokkenen bijgesteld naar 31.' };
    expect(ApFollowUpBody.parse(body)).toEqual({ ...body, apReceivedAt: null });
    expect(ApFollowUpBody.safeParse({ ...body, kind: 'correction' }).success).toBe(false);
    expect(ApFollowUpBody.safeParse({ ...body, note: ' ' }).success).toBe(false);
  });

  const cases: [string, ApNotificationFacts, Date, Date | null, ReturnType<typeof followUpRefusal>][] = [
    ['follows a notification with its meldnummer', notified, after(24), after(25), null],
    ['needs the notification first', { status: 'assessed', apNotifiedAt: null, apReference: null }, after(24), null, { code: 'notNotified', field: 'status' }],
    ['needs the meldnummer', { ...notified, apReference: null }, after(24), null, { code: 'referenceUnknown', field: 'apReference' }],
    ['is not sent in the future', notified, after(49), null, { code: 'momentInFuture', field: 'sentAt' }],
    ['is not sent before the notification', notified, after(-1), null, { code: 'beforeNotification', field: 'sentAt' }],
    ['is not received before it was sent', notified, after(24), after(23), { code: 'receivedBeforeSent', field: 'apReceivedAt' }],
    ['is not received in the future', notified, after(24), after(49), { code: 'momentInFuture', field: 'apReceivedAt' }],
  ];
  it.each(cases)('%s', (_, facts, sentAt, receivedAt, refusal) => {
    expect(followUpRefusal(facts, sentAt, receivedAt, now)).toEqual(refusal);
  });
});

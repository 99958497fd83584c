import { describe, expect, it } from 'vitest';
import {
  AwarenessConfirmation,
  awarenessReasonNeeded,
  awarenessRefusal,
  reporterAwareAt,
  type AwarenessFacts,
  type AwarenessRefusal,
} from '#core/breach/awareness.js';

const HOUR = 3_600_000;
const noticed = new Date('2026-11-02T09:00:00Z');
const reported = new Date('2026-11-05T08:00:00Z');
const now = new Date('2026-11-05T10:00:00Z');
const at = (hoursAfterNoticed: number) => new Date(noticed.getTime() + hoursAfterNoticed * HOUR);

const unconfirmed: AwarenessFacts = { reporterAwareAt: noticed, awareAt: noticed, confirmed: false, apNotifiedAt: null, lateReason: null };
/** Confirmed earlier at 1 November, 09:00 UTC (a day before the reporter noticed). */
const confirmed: AwarenessFacts = { reporterAwareAt: noticed, awareAt: at(-24), confirmed: true, apNotifiedAt: null, lateReason: null };

describe('the reporter’s moment of awareness', () => {
  it('is when the reporter noticed it', () => {
    expect(reporterAwareAt('2026-11-02T10:00:00+01:00', reported)).toEqual(noticed);
  });

  it('is never later than the report came in (a reporter’s clock may be off)', () => {
    expect(reporterAwareAt('2026-11-06T10:00:00+01:00', reported)).toEqual(reported);
  });
});

describe('confirming the moment of awareness', () => {
  const cases: [string, AwarenessFacts, Date, string, AwarenessRefusal | null][] = [
    ['the reporter’s own moment needs no reason', unconfirmed, noticed, '', null],
    ['an earlier moment (the organisation knew before the reporter) needs no reason', unconfirmed, at(-30), '', null],
    ['a later moment needs a reason', unconfirmed, at(26), '', 'reasonRequired'],
    ['a later moment needs a reason that says something', unconfirmed, at(26), '   ', 'reasonRequired'],
    [
      'a later moment with a reason stands (a short investigation came first)',
      unconfirmed,
      at(26),
      'Pas na controle van het verzendlog was zeker dat er gegevens waren gelekt.',
      null,
    ],
    ['a moment after the report came in, with a reason, stands', unconfirmed, at(72), 'Onderzoek door ICT wees het lek uit.', null],
    ['a moment to come is refused, reason or not', unconfirmed, at(74), 'Morgen', 'momentInFuture'],
    ['a moment to come is refused before the missing reason is named', unconfirmed, new Date(now.getTime() + 60_000), '', 'momentInFuture'],
    ['now itself is not to come', unconfirmed, now, 'Zojuist vastgesteld.', null],
    ['a confirmed moment confirmed again as it is needs no reason', confirmed, at(-24), '', null],
    ['a confirmed moment moved earlier needs a reason', confirmed, at(-48), '', 'reasonRequired'],
    ['a confirmed moment moved later needs a reason', confirmed, noticed, '', 'reasonRequired'],
    ['a confirmed moment changed with a reason stands', confirmed, noticed, 'De teamleider wist het toch niet eerder.', null],
  ];

  it.each(cases)('%s', (_, facts, chosen, reason, refusal) => {
    expect(awarenessRefusal(facts, { awareAt: chosen, reason }, now)).toBe(refusal);
  });

  it('tells the form when a reason is needed, before anything is sent', () => {
    expect(awarenessReasonNeeded(unconfirmed, noticed)).toBe(false);
    expect(awarenessReasonNeeded(unconfirmed, at(1))).toBe(true);
    expect(awarenessReasonNeeded(confirmed, at(-24))).toBe(false);
    expect(awarenessReasonNeeded(confirmed, at(-23))).toBe(true);
  });
});

describe('a moment that makes a notification already made late', () => {
  /** Notified 50 hours after the reporter noticed: in time, until the organisation turns out to have known a day earlier. */
  const notified: AwarenessFacts = { ...confirmed, awareAt: noticed, apNotifiedAt: at(50), lateReason: null };
  const change = 'De afdeling wist het een dag eerder.';
  it.each<[string, AwarenessFacts, Date, string, AwarenessRefusal | null]>([
    ['an earlier moment that keeps the notification within 72 hours', notified, at(-10), '', null],
    ['an earlier moment that makes it late needs the reason for lateness', notified, at(-24), '', 'lateReasonRequired'],
    ['with that reason it stands', notified, at(-24), 'Pas bij de evaluatie bleek dat de afdeling het eerder wist.', null],
    ['a reason for lateness already on record is enough', { ...notified, lateReason: 'Eerder vastgelegd.' }, at(-24), '', null],
  ])('%s', (_, facts, chosen, lateReason, refusal) => {
    expect(awarenessRefusal(facts, { awareAt: chosen, reason: change, lateReason }, now)).toBe(refusal);
  });
});

describe('the confirmation as sent', () => {
  it('needs a moment with its offset; the reason may be left out', () => {
    expect(AwarenessConfirmation.parse({ awareAt: '2026-11-02T10:00:00+01:00' })).toEqual({ awareAt: '2026-11-02T10:00:00+01:00', reason: '', lateReason: '' });
    expect(AwarenessConfirmation.safeParse({ awareAt: '2026-11-02T10:00' }).success).toBe(false);
    expect(AwarenessConfirmation.safeParse({ awareAt: '2026-11-02T10:00:00Z', reason: 'x'.repeat(4001) }).success).toBe(false);
    expect(AwarenessConfirmation.safeParse({ awareAt: '2026-11-02T10:00:00Z', confirmedBy: 'iemand' }).success).toBe(false);
  });
});

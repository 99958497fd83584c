import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachReportInput } from '#core/breach/report.js';
import { breachDecisions, breaches } from '#server/db/schema.js';
import { reportBreach, type TestOrganisation } from './harness.js';
import { startMailingApp, type MailingApp } from './smtp.js';

/**
 * The 72-hour clock warns the privacy role by e-mail 24 and 4 hours before it ends, once per
 * recipient, over a real SMTP server on loopback; it stays quiet once the AP is notified, the
 * breach is closed or the officer decided not to notify. The sweep runs with a chosen `now`.
 */

const REPORT: BreachReportInput = {
  isBreach: 'yes',
  whatHappened: 'Een ontslagbrief is naar een verkeerde huisarts gemaild.',
  incidentKind: 'emailWrongRecipient',
  noticedAt: '2026-10-23T09:30:00+02:00',
  dataKinds: ['health'],
  peopleBand: 'one',
  ongoing: 'no',
};
const HOUR = 3_600_000;
const LINK = 'https://wegwijs.test';

let t: MailingApp;
let A: TestOrganisation;

beforeAll(async () => {
  t = await startMailingApp();
  A = await t.organisation('Zorggroep Klok');
});
afterAll(() => t?.close());

/** A new breach of organisation A, aware at the given moment. */
async function breachAwareAt(awareAt: Date) {
  const id = await reportBreach(t, A, REPORT);
  const [row] = await t.database.db.update(breaches).set({ awareAt }).where(eq(breaches.id, id)).returning();
  return row!;
}
const sweep = (now: Date) => t.services.breachAlerts.sendDue(now, LINK);
const alertsFor = (reference: string) => t.smtp.received.filter((m) => m.subject?.startsWith(reference));

describe('deadline alerts for the privacy role', () => {
  it('mails 24 hours before the end, once, with the deadline and the link, never the report', async () => {
    const awareAt = new Date('2026-10-23T07:30:00Z');
    const breach = await breachAwareAt(awareAt);
    expect(await sweep(new Date(awareAt.getTime() + 47 * HOUR))).toEqual({ sent: 0, failed: [] });
    const first = await sweep(new Date(awareAt.getTime() + 48.5 * HOUR));
    expect(first).toEqual({ sent: 1, failed: [] });
    expect(await sweep(new Date(awareAt.getTime() + 49 * HOUR))).toEqual({ sent: 0, failed: [] });

    const [mail] = alertsFor(breach.reference);
    expect(mail!.to).toMatchObject({ text: A.emails.privacy });
    expect(mail!.subject).toBe(`${breach.reference}: nog 24 uur om te melden bij de AP`);
    // 72 hours after Friday 09:30 summer time is Monday 08:30 winter time (clocks went back on 25 October).
    expect(mail!.text).toContain('maandag 26 oktober 2026 om 08:30');
    expect(mail!.text).toContain(`${LINK}/breaches/${breach.id}`);
    expect(mail!.text).not.toContain('huisarts');
  });

  it('mails again 4 hours before the end, and nothing after it', async () => {
    const awareAt = new Date('2026-11-02T08:00:00Z');
    const breach = await breachAwareAt(awareAt);
    expect(await sweep(new Date(awareAt.getTime() + 50 * HOUR))).toEqual({ sent: 1, failed: [] });
    expect(await sweep(new Date(awareAt.getTime() + 69 * HOUR))).toEqual({ sent: 1, failed: [] });
    expect(await sweep(new Date(awareAt.getTime() + 73 * HOUR))).toEqual({ sent: 0, failed: [] });
    expect(alertsFor(breach.reference).map((m) => m.subject)).toEqual([
      `${breach.reference}: nog 24 uur om te melden bij de AP`,
      `${breach.reference}: nog 4 uur om te melden bij de AP`,
    ]);
  });

  it('stays quiet once the AP is notified, the breach is closed, or the officer decided not to notify', async () => {
    const awareAt = new Date('2026-11-10T08:00:00Z');
    const notified = await breachAwareAt(awareAt);
    await t.database.db
      .update(breaches)
      .set({ apNotifiedAt: new Date(awareAt.getTime() + HOUR) })
      .where(eq(breaches.id, notified.id));
    const closed = await breachAwareAt(awareAt);
    await t.database.db.update(breaches).set({ status: 'closed', closedAt: new Date() }).where(eq(breaches.id, closed.id));
    const decided = await breachAwareAt(awareAt);
    await t.database.db.insert(breachDecisions).values({
      organisationId: A.id,
      breachId: decided.id,
      proposal: { notifyAp: { propose: false }, informSubjects: { propose: false } },
      notifyAp: false,
      informSubjects: false,
      reasoning: 'Versleuteld.',
    });

    expect(await sweep(new Date(awareAt.getTime() + 60 * HOUR))).toEqual({ sent: 0, failed: [] });
    for (const b of [notified, closed, decided]) expect(alertsFor(b.reference)).toEqual([]);
  });
});

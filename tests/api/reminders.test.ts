import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPlanning, addDays } from '#core/worksheets/planning.js';
import { buildApp } from '#server/app.js';
import { openDatabase, type DatabaseHandle } from '#server/db/client.js';
import { amsterdamDay } from '#server/day.js';
import type { JobQueue } from '#server/jobs/queue.js';
import { REMINDERS_JOB } from '#server/jobs/scheduled.js';
import type { MailMessage, Mailer } from '#server/mail/mailer.js';
import { createRemindersService } from '#server/modules/reminders/service.js';
import type { Services } from '#server/services.js';
import { actionInput, rowsOf, startProgramme, TEST_JOBS } from '../fixtures.js';
import type { TestOrganisation } from './harness.js';
import { MAIL_FROM, recipientOf, startMailingApp, type MailingApp } from './smtp.js';

/**
 * E-mail reminders over a real SMTP server on loopback, sent by the job queue (pg-boss): once per
 * reminder, in the recipient's language, and on PostgreSQL once however many instances run.
 */

const LINK_BASE = TEST_JOBS.linkBase;
const today = amsterdamDay();
const tomorrow = addDays(today, 1);

let t: MailingApp;

beforeAll(async () => {
  t = await startMailingApp(TEST_JOBS);
});
afterAll(() => t?.close());

/** How often each recipient got each subject, for the given addresses only. */
const tally = (mails: readonly ParsedMail[], addresses: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const m of mails.filter((m) => addresses.includes(recipientOf(m)))) {
    const key = `${recipientOf(m)} | ${m.subject}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

const action = (title: string, owner: { userId: string | null; name: string }, due: string, status = 'todo') => actionInput({ title, owner, due, status });

/**
 * An organisation whose programme meets tomorrow (a two-weekly 1.4 series that began 13 days ago),
 * with the coordinator (Dutch) and the member (English) on the team, and the member owning an open
 * action due tomorrow. Nothing else may remind: an action owned by a name only, one due later, one
 * done, a deactivated team member, and an archived programme that also meets tomorrow.
 */
async function teamWithMeetingTomorrow(name: string) {
  const org = await t.organisation(name);
  expect((await org.as.member.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
  const meetings = { ...emptyPlanning().meetings, firstDate: addDays(today, -13), startTime: '09:30', intervalWeeks: 2, count: 6, location: 'Zaal B2' };
  const programme = async (title: string) => {
    const id = await startProgramme(org.as.coordinator, title);
    const saved = await org.as.coordinator.put(`/api/programmes/${id}/substeps/1.4/worksheet`, {
      baseVersion: 0,
      notes: '',
      fields: { ...emptyPlanning(), meetings },
    });
    expect(saved.status).toBe(200);
    return id;
  };
  const id = await programme(`Phishing melden ${name}`);
  for (const role of ['member', 'privacy'] as const)
    expect((await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds[role] })).status).toBe(201);
  expect((await org.as.admin.post(`/api/users/${org.userIds.privacy}/deactivate`)).status).toBe(200);
  const member = { userId: org.userIds.member, name: 'Kernteamlid' };
  for (const body of [
    action('Meldknop uitrollen', member, tomorrow),
    action('Intranetbericht', { userId: null, name: 'Communicatie' }, tomorrow),
    action('Screensaver', member, addDays(today, 5)),
    action('Posters', member, tomorrow, 'done'),
  ]) {
    expect((await org.as.member.post(`/api/programmes/${id}/actions`, body)).status).toBe(201);
  }
  const archived = await programme(`Gearchiveerd ${name}`);
  expect((await org.as.coordinator.patch(`/api/programmes/${archived}`, { status: 'archived' })).status).toBe(200);
  return { org, id, addresses: Object.values(org.emails) };
}

/** The three reminders the set-up above is due, by recipient and subject. */
function expectTheThreeReminders(counts: Record<string, number>, org: TestOrganisation, title: string) {
  const entries = Object.entries(counts);
  expect(entries, JSON.stringify(counts)).toHaveLength(3);
  expect(
    entries.every(([, n]) => n === 1),
    `each reminder once: ${JSON.stringify(counts)}`,
  ).toBe(true);
  const subjectsOf = (email: string) => entries.filter(([k]) => k.startsWith(`${email} |`)).map(([k]) => k.slice(email.length + 3));
  expect(subjectsOf(org.emails.coordinator)).toEqual([
    expect.stringMatching(new RegExp(`^Herinnering: Voortgangsoverleg op \\w+ \\d+ \\w+ \\d{4} \\(${title}\\)$`)),
  ]);
  expect(subjectsOf(org.emails.member).sort()).toEqual([
    expect.stringMatching(/^Reminder: "Meldknop uitrollen" is due on \w+,? \d+ \w+ \d{4}$/),
    expect.stringMatching(new RegExp(`^Reminder: Progress check-in on \\w+,? \\d+ \\w+ \\d{4} \\(${title}\\)$`)),
  ]);
}

/** Queues one reminder job on each instance and waits until all have completed: their mails are among `t.smtp.received`. */
async function runReminderJobs(queues: readonly JobQueue[]) {
  const ids = await Promise.all(queues.map((q) => q.enqueue(REMINDERS_JOB)));
  const states = () => Promise.all(queues.map((q, i) => q.state(REMINDERS_JOB, ids[i]!)));
  await expect.poll(states, { timeout: 20_000, interval: 50 }).toEqual(queues.map(() => 'completed'));
}

describe('reminders on one instance with the job queue', () => {
  it('mails each reminder once over SMTP, in the recipient’s language, with links into Wegwijs', async () => {
    const { org, id, addresses } = await teamWithMeetingTomorrow('Zorggroep Eén');
    await runReminderJobs([t.jobs!]);
    const mails = t.smtp.received.filter((m) => addresses.includes(recipientOf(m)));
    expectTheThreeReminders(tally(mails, addresses), org, 'Phishing melden Zorggroep Eén');

    const dutch = mails.find((m) => recipientOf(m) === org.emails.coordinator)!;
    expect(dutch.text).toContain('Hallo coordinator Zorggroep Eén');
    expect(dutch.text).toContain('om 09:30, Zaal B2');
    expect(dutch.text).toContain(`${LINK_BASE}/programmes/${id}/substeps/5.3`);
    const action = mails.find((m) => m.subject?.includes('Meldknop'))!;
    expect(action.text).toContain('Hello member Zorggroep Eén');
    expect(action.text).toContain('"Phishing melden Zorggroep Eén"');
    expect(action.text).toContain(`${LINK_BASE}/programmes/${id}/substeps/5.1`);

    await runReminderJobs([t.jobs!]);
    expect(t.smtp.received.filter((m) => addresses.includes(recipientOf(m)))).toHaveLength(3);
  });

  it('does not record a reminder whose mail failed, so a later run sends it; without a mailer nothing runs', async () => {
    const org = await t.organisation('Zorggroep Twee');
    const id = await startProgramme(org.as.coordinator, 'Schermbeveiliging');
    const due = addDays(today, 20);
    expect(
      (
        await org.as.coordinator.post(
          `/api/programmes/${id}/actions`,
          action('Vergrendelen na 5 minuten', { userId: org.userIds.coordinator, name: 'Trajectleider' }, due),
        )
      ).status,
    ).toBe(201);
    // A day when only this action is due: the cron schedule, working on today, cannot interfere.
    const then = new Date(Date.now() + 19 * 86_400_000);
    const [created] = await rowsOf<{ id: string }>(t, sql`select id from actions where programme_id = ${id}`);
    const expectedKey = `action:${created!.id}:${due}:${org.userIds.coordinator}`;
    const recorded = async () => (await rowsOf<{ n: number }>(t, sql`select count(*)::int as n from sent_reminders where key = ${expectedKey}`))[0]!.n;

    expect(await createRemindersService(t.database.db, { mailer: null }).sendDue(then, LINK_BASE)).toEqual({ sent: 0, failed: [] });
    const failing: Mailer = { send: async () => Promise.reject(new Error('451 try again later')), close: () => undefined };
    const failed = await createRemindersService(t.database.db, { mailer: failing }).sendDue(then, LINK_BASE);
    expect(failed.failed).toContainEqual({ key: expectedKey, error: '451 try again later' });
    expect(await recorded()).toBe(0);

    const sent: MailMessage[] = [];
    const working: Mailer = { send: async (m) => void sent.push(m), close: () => undefined };
    const service = createRemindersService(t.database.db, { mailer: working });
    expect(await service.sendDue(then, LINK_BASE)).toMatchObject({ failed: [] });
    expect(sent.filter((m) => m.to === org.emails.coordinator).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Herinnering: "Vergrendelen na 5 minuten" moet af op /),
    ]);
    expect(await recorded()).toBe(1);
    await service.sendDue(then, LINK_BASE);
    expect(sent.filter((m) => m.to === org.emails.coordinator)).toHaveLength(1);
  });
});

// PGlite is one process's embedded database, so two instances can only share PostgreSQL; the CI
// runs the API tests on PostgreSQL as well.
describe.skipIf(!process.env.DATABASE_URL)('reminders from two app instances on one PostgreSQL (needs DATABASE_URL)', () => {
  let database: DatabaseHandle;
  let second: { app: { close(): Promise<unknown> }; services: Services; jobs: JobQueue | null };

  beforeAll(async () => {
    database = await openDatabase({ url: t.databaseUrl!, dataDir: '' });
    second = await buildApp({ database, sessionSecret: randomBytes(32).toString('hex'), mail: { url: t.smtp.url, from: MAIL_FROM }, jobs: TEST_JOBS });
  });
  afterAll(async () => {
    await second?.app.close();
    await database?.close();
  });

  it('sends each reminder exactly once when both instances run the job, and nothing in a second round', async () => {
    const { org, addresses } = await teamWithMeetingTomorrow('Zorggroep Drie');
    await runReminderJobs([t.jobs!, second.jobs!]);
    expectTheThreeReminders(tally(t.smtp.received, addresses), org, 'Phishing melden Zorggroep Drie');

    await runReminderJobs([t.jobs!, second.jobs!]);
    expect(Object.values(tally(t.smtp.received, addresses))).toEqual([1, 1, 1]);
  });

  it('sends each reminder exactly once when both instances sweep at the same moment, again and again', async () => {
    const { org, addresses } = await teamWithMeetingTomorrow('Zorggroep Vier');
    const now = new Date();
    const rounds = await Promise.all([1, 2, 3].flatMap(() => [t.services, second.services].map((s) => s.reminders.sendDue(now, LINK_BASE))));
    expect(rounds.flatMap((r) => r.failed)).toEqual([]);
    expectTheThreeReminders(tally(t.smtp.received, addresses), org, 'Phishing melden Zorggroep Vier');
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsLink } from '#core/survey/invitations.js';
import { SURVEY_INVITATIONS_JOB } from '#server/jobs/scheduled.js';
import { openSurvey as openSurveyIn, programmeWithTeam, rowsOf, TEST_JOBS } from '../fixtures.js';
import { jobsSettled, type TestOrganisation } from './harness.js';
import { recipientOf, startMailingApp, type MailingApp } from './smtp.js';

/**
 * E-mailed survey invitations after the audit sent 2,000 phishing-style mails in 29 seconds: a
 * batch is queued (202) and mailed by the job queue, each organisation has a daily limit that
 * refuses a whole batch, the team's words hold no link and come quoted, and each batch is logged.
 */

let t: MailingApp;
let org: TestOrganisation;
let programmeId: string;

const base = () => `/api/programmes/${programmeId}/surveys`;
const invitation = (emails: string[], message = '') => ({ emails, message, locale: 'nl' });
const invitationJobs = () =>
  rowsOf<{ id: string; state: string; data: unknown }>(
    t,
    sql`select id, state, data from pgboss.job where name = ${SURVEY_INVITATIONS_JOB} order by created_on`,
  );

const openSurvey = (title = 'Veilig mailen') =>
  openSurveyIn(org.as.member, programmeId, {
    title,
    linkEnabled: false,
    definition: {
      behaviour: 'het adres controleren',
      intro: { nl: 'Vijf minuten.', en: '' },
      scale: 5,
      items: [{ id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet hoe het moet.', en: '' }, bankId: null }],
      groups: [],
    },
  });

const allowance = async () =>
  (await org.as.member.get('/api/organisation')).body.surveyInvitations as {
    perDay: number;
    max: number;
    usedToday: number;
    remaining: number;
    mailConfigured: boolean;
  };
const invites = async (surveyId: string) =>
  ((await org.as.admin.get('/api/audit?action=survey.invite&limit=200')).body.entries as { entityId: string; actorId: string; after: unknown }[]).filter(
    (e) => e.entityId === surveyId,
  );

beforeAll(async () => {
  t = await startMailingApp(TEST_JOBS);
  org = await t.organisation('Zorggroep Uitnodiging');
  programmeId = await programmeWithTeam(org, 'Mail veilig versturen');
});
afterAll(() => t?.close());

describe('a batch of invitations', () => {
  it('is queued (202) and the job mails it over SMTP once: the survey link the only link, the message quoted, no address kept', async () => {
    const { id, publicSlug } = await openSurvey();
    const before = t.smtp.received.length;
    const reply = await org.as.member.post(`${base()}/${id}/invitations`, invitation(['Anna@Example.org', 'ben@example.org'], 'Doe je mee?\nGroet, Anna'));
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    expect(reply.body).toEqual({ queued: 2, allowance: { perDay: 500, max: 2000, usedToday: 2, remaining: 498 } });

    await jobsSettled(t, SURVEY_INVITATIONS_JOB);
    const mails = t.smtp.received.slice(before);
    expect(mails.map(recipientOf).sort()).toEqual(['anna@example.org', 'ben@example.org']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Vragenlijst: Veilig mailen');
      expect(mail.text).toContain('\n> Doe je mee?\n> Groet, Anna\n');
      const links = mail.text!.match(/https?:\/\/\S+/g)!;
      expect(links).toEqual([expect.stringMatching(new RegExp(`^https://wegwijs\\.test/s/${publicSlug}\\?t=[\\w-]+$`))]);
      expect(containsLink(mail.text!.replace(links[0]!, ''))).toBe(false);
    }

    // The addresses left with their mails; only the links' hashes stay.
    expect(await rowsOf(t, sql`select * from survey_invitation_outbox`)).toEqual([]);
    const tokens = mails.map((m) => new URL(m.text!.match(/https?:\/\/\S+/)![0]).searchParams.get('t')!);
    const stored = JSON.stringify(await rowsOf(t, sql`select * from survey_invitations where survey_id = ${id}`));
    expect(stored.match(/token_hash/g)).toHaveLength(2);
    for (const secret of ['example.org', ...tokens]) expect(stored).not.toContain(secret);
    const answer = (token: string) => t.client().post(`/api/public/surveys/${publicSlug}/responses`, { token, answers: { i1: 4 } });
    expect((await answer(tokens[0]!)).status).toBe(201);
    expect((await answer(tokens[0]!)).status).toBe(409);
    // Counted with the answer, in the same transaction as the token it spent; once.
    expect(await rowsOf(t, sql`select sum(n)::int as n from survey_response_counts where survey_id = ${id}`)).toEqual([{ n: 1 }]);

    // The job again (as a retry would run it) sends nothing twice.
    const [job] = await invitationJobs();
    expect(await t.services.surveyInvitations.sendBatch(job!.data, TEST_JOBS.linkBase)).toEqual({ sent: 0, failed: [] });
    expect(t.smtp.received.length).toBe(before + 2);
  });

  it('an address whose mail never went out is deleted by the nightly clean-up a day after it was queued', async () => {
    const { id } = await openSurvey();
    await t.database.db.execute(sql`insert into survey_invitation_outbox (organisation_id, survey_id, batch_id, email, queued_at)
      values (${org.id}, ${id}, gen_random_uuid(), 'vergeten@example.org', now() - interval '25 hours'), (${org.id}, ${id}, gen_random_uuid(), 'wacht@example.org', now() - interval '1 hour')`);
    expect(await t.services.surveyInvitations.purgeStale(new Date())).toBe(1);
    expect(await rowsOf(t, sql`select email from survey_invitation_outbox`)).toEqual([{ email: 'wacht@example.org' }]);
    await t.database.db.execute(sql`delete from survey_invitation_outbox`);
  });
});

describe('the daily limit per organisation', () => {
  it('refuses a whole batch that would pass it, in the user’s language with what is left, and queues, sends and logs nothing', async () => {
    const { id } = await openSurvey();
    const { usedToday } = await allowance();
    expect((await org.as.admin.patch('/api/organisation', { surveyInvitationsPerDay: usedToday + 3 })).status).toBe(200);
    expect(await allowance()).toEqual({ perDay: usedToday + 3, max: 2000, usedToday, remaining: 3, mailConfigured: true });

    expect((await org.as.member.post(`${base()}/${id}/invitations`, invitation(['c1@example.org', 'c2@example.org']))).status).toBe(202);
    await jobsSettled(t, SURVEY_INVITATIONS_JOB);
    const jobs = (await invitationJobs()).length;
    const mails = t.smtp.received.length;
    const state = await t.snapshot();

    const refused = await org.as.member.post(`${base()}/${id}/invitations`, invitation(['c3@example.org', 'c4@example.org']));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'surveyInvitationLimit', fields: [{ field: 'emails' }] });
    expect(refused.body.message).toContain('Vandaag kunnen er nog 1 uitnodigingen uit');
    expect(refused.body.message).toContain(`de grens is ${usedToday + 3} per dag`);
    const english = await org.as.member.clone({ locale: 'en' }).post(`${base()}/${id}/invitations`, invitation(['c3@example.org', 'c4@example.org']));
    expect(english.status).toBe(429);
    expect(english.body.message).toContain('Today 1 more invitations can go out');

    expect(await t.snapshot()).toEqual(state);
    expect((await invitationJobs()).length).toBe(jobs);
    expect(t.smtp.received.length).toBe(mails);
    expect(await invites(id)).toEqual([expect.objectContaining({ actorId: org.userIds.member, after: { invitations: 2 } })]);

    // Two batches at the same moment that fit only one by one: one goes, the other is refused whole.
    expect((await org.as.admin.patch('/api/organisation', { surveyInvitationsPerDay: usedToday + 5 })).status).toBe(200);
    const both = await Promise.all([
      org.as.member.post(`${base()}/${id}/invitations`, invitation(['d1@example.org', 'd2@example.org'])),
      org.as.coordinator.post(`${base()}/${id}/invitations`, invitation(['e1@example.org', 'e2@example.org'])),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([202, 429]);
    expect((await allowance()).remaining).toBe(1);
    expect(await invites(id)).toHaveLength(2);

    expect((await org.as.admin.patch('/api/organisation', { surveyInvitationsPerDay: 500 })).status).toBe(200);
  });

  it('is the admin’s to set, within the operator’s maximum, and 0 turns invitations off', async () => {
    expect((await org.as.coordinator.patch('/api/organisation', { surveyInvitationsPerDay: 1000 })).status).toBe(403);
    const over = await org.as.admin.clone({ locale: 'en' }).patch('/api/organisation', { surveyInvitationsPerDay: 2001 });
    expect(over.status).toBe(400);
    expect(over.body.fields).toEqual([{ field: 'surveyInvitationsPerDay', message: 'This installation allows at most 2000 invitations a day.' }]);

    const { id } = await openSurvey();
    expect((await org.as.admin.patch('/api/organisation', { surveyInvitationsPerDay: 0 })).status).toBe(200);
    expect((await org.as.member.post(`${base()}/${id}/invitations`, invitation(['f@example.org']))).status).toBe(429);
    expect((await org.as.admin.patch('/api/organisation', { surveyInvitationsPerDay: 500 })).status).toBe(200);
  });
});

describe('the team’s own words', () => {
  it('are refused with a link in them, naming the field and saying why, and nothing is queued', async () => {
    const { id } = await openSurvey();
    const jobs = (await invitationJobs()).length;
    const links = [
      'Log in op https://inlog.example.org',
      'Kijk op www.example.org',
      'Vragen? Mail helpdesk@example.org',
      'Zie zorg-portaal.nl/inloggen',
      'Ｗｗｗ．example．org',
      'Kijk op inlog。example。org',
    ];
    for (const message of links) {
      const reply = await org.as.member.post(`${base()}/${id}/invitations`, invitation(['g@example.org'], message));
      expect(reply.status, message).toBe(400);
      expect(reply.body.fields).toEqual([{ field: 'message', message: expect.stringContaining('phishing') }]);
    }
    const english = await org.as.member.clone({ locale: 'en' }).post(`${base()}/${id}/invitations`, invitation(['g@example.org'], links[0]));
    expect(english.body.fields[0].message).toMatch(/^Do not put a web address.*phishing/);
    const long = await org.as.member.post(`${base()}/${id}/invitations`, invitation(['g@example.org'], 'x'.repeat(501)));
    expect(long.body.fields).toEqual([{ field: 'message', message: 'Gebruik hoogstens 500 tekens.' }]);
    expect((await invitationJobs()).length).toBe(jobs);
  });

  it('keep links out of a survey’s title too, which the invitation repeats', async () => {
    const created = await org.as.member.post(base(), {
      title: 'Inloggen via www.example.org',
      linkEnabled: false,
      definition: {
        behaviour: 'x',
        intro: { nl: 'x', en: '' },
        scale: 5,
        items: [{ id: 'i1', factor: null, text: { nl: 'x', en: '' }, bankId: null }],
        groups: [],
      },
    });
    expect(created.status).toBe(400);
    expect(created.body.fields).toEqual([{ field: 'title', message: expect.stringContaining('phishing') }]);

    // A title saved before this check: the survey can still be shared by link, not mailed.
    const { id } = await openSurvey();
    await t.database.db.execute(sql`update surveys set title = 'Inloggen via www.example.org' where id = ${id}`);
    const reply = await org.as.member.post(`${base()}/${id}/invitations`, invitation(['h@example.org']));
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ error: 'surveyTitleHasLink', fields: [{ field: 'title' }] });
  });
});

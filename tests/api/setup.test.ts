import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations, users } from '../../src/server/db/schema.js';
import { DEMO_ORGANISATION_NAME, loadDemo } from '../../src/server/modules/setup/demo.js';
import { startTestApp, type Client, type Reply, type TestApp } from './harness.js';

const STRONG = 'onze zorg begint bij goede afspraken';
const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');

describe('setting up the first organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  /** The successful set-up, looked at by the tests after it. */
  let setUp: { client: Client; reply: Reply } | undefined;

  const setupInput = (token: string, overrides: Record<string, string> = {}) => ({
    token,
    organisationName: 'Zorggroep Rivierenland',
    name: 'Fatima Bakker',
    email: 'Fatima.Bakker@rivierenland.example',
    password: STRONG,
    ...overrides,
  });

  it('an empty installation says it needs setting up', async () => {
    expect((await t.client().get('/api/setup/status')).body).toEqual({ needsSetup: true });
    expect((await t.client().get('/api/auth/session')).body).toEqual({ authenticated: false, needsSetup: true });
  });

  it('the set-up link carries its token in the fragment, so it never reaches a server log', async () => {
    const link = await t.services.setup.createSetupLink('http://x');
    expect(link).toMatch(/^http:\/\/x\/setup#token=[\w-]{40,}$/);
  });

  it('a new set-up link replaces the previous one', async () => {
    const first = tokenOf((await t.services.setup.createSetupLink('http://x'))!);
    await t.services.setup.createSetupLink('http://x');
    const reply = await t.client().post('/api/setup', setupInput(first));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('setupTokenInvalid');
  });

  it('a wrong token is refused with 400 on the token field and creates nothing', async () => {
    await t.services.setup.createSetupLink('http://x');
    const reply = await t.client().post('/api/setup', setupInput('dit-is-niet-de-token'));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('setupTokenInvalid');
    expect(reply.body.fields).toEqual([{ field: 'token', message: expect.stringContaining('installatielink') }]);
    expect(await t.database.db.select().from(organisations)).toHaveLength(0);
  });

  it('a weak password is refused with 400, writes nothing and does not use up the link', async () => {
    const token = tokenOf((await t.services.setup.createSetupLink('http://x'))!);
    const short = await t.client().post('/api/setup', setupInput(token, { password: 'te kort' }));
    expect(short.status).toBe(400);
    expect(short.body.error).toBe('passwordTooShort');
    expect(short.body.fields).toEqual([{ field: 'password', message: expect.stringContaining('15') }]);

    const personal = await t.client().post('/api/setup', setupInput(token, { password: 'Zorggroep Rivierenland 2025' }));
    expect(personal.status).toBe(400);
    expect(personal.body.error).toBe('passwordPersonal');

    expect(await t.database.db.select().from(organisations)).toHaveLength(0);
    expect(await t.database.db.select().from(users)).toHaveLength(0);
    expect(await t.database.db.select().from(auditLog)).toHaveLength(0);
    expect((await t.client().get('/api/setup/status')).body.needsSetup).toBe(true);

    // The same link still works once a good password is chosen.
    const client = t.client();
    const ok = await client.post('/api/setup', setupInput(token));
    expect(ok.status).toBe(200);
    setUp = { client, reply: ok };
  });

  it('the set-up answer logs the new admin in', async () => {
    const { client, reply } = setUp!;
    expect(reply.headers.get('set-cookie')).toMatch(/^wegwijs_session=[^;]+;.*HttpOnly/i);
    expect(reply.body).toMatchObject({
      authenticated: true,
      user: { name: 'Fatima Bakker', email: 'fatima.bakker@rivierenland.example' },
      organisation: { name: 'Zorggroep Rivierenland', isDemo: false },
    });
    expect((await client.get('/api/auth/session')).body.user.roles).toEqual(['admin', 'coordinator']);
  });

  it('the right token creates the organisation and an admin who is also coordinator, logged in at once', async () => {
    const [organisation] = await t.database.db.select().from(organisations);
    expect(organisation).toMatchObject({ name: 'Zorggroep Rivierenland', isDemo: false });
    const [admin] = await t.database.db.select().from(users);
    expect(admin).toMatchObject({ email: 'fatima.bakker@rivierenland.example', name: 'Fatima Bakker', status: 'active' });
    expect([...admin!.roles].sort()).toEqual(['admin', 'coordinator']);
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);

    const client = await t.client().login('fatima.bakker@rivierenland.example', STRONG);
    const session = await client.get('/api/auth/session');
    expect(session.body).toMatchObject({ authenticated: true, organisation: { id: organisation!.id, isDemo: false } });
    expect((await client.post('/api/programmes', { title: 'Wachtwoorden niet delen' })).status).toBe(201);
    expect((await client.get('/api/users')).status).toBe(200);
  });

  it('the audit log records organisation.setup, naming the admin but not the password', async () => {
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.setup'));
    const [admin] = await t.database.db.select().from(users);
    expect(entry).toMatchObject({
      actorId: admin!.id,
      actorName: 'Fatima Bakker',
      entity: 'organisation',
      organisationId: admin!.organisationId,
      after: { name: 'Zorggroep Rivierenland', admin: 'fatima.bakker@rivierenland.example' },
    });
    expect(JSON.stringify(entry)).not.toContain(STRONG);
  });

  it('once set up, the installation no longer needs setting up and hands out no new link', async () => {
    expect((await t.client().get('/api/setup/status')).body).toEqual({ needsSetup: false });
    expect(await t.services.setup.createSetupLink('http://x')).toBeNull();
  });

  it('the used token cannot be used again, and a second set-up is refused with 409 setupDone', async () => {
    const reply = await t.client().post('/api/setup', setupInput('welke-token-dan-ook', { email: 'tweede@rivierenland.example' }));
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('setupDone');
    expect(await t.database.db.select().from(organisations)).toHaveLength(1);
    expect(await t.database.db.select().from(users)).toHaveLength(1);
  });

  it('two set-ups sent at the same moment with the same link create one organisation', async () => {
    const race = await startTestApp();
    try {
      const token = tokenOf((await race.services.setup.createSetupLink('http://x'))!);
      const replies = await Promise.all(
        ['een', 'twee'].map((n) =>
          race.client().post('/api/setup', { ...setupInput(token), organisationName: `Zorggroep ${n}`, email: `${n}@race.example` }),
        ),
      );
      const [first, second] = replies.map((r) => r.status).sort();
      expect(first).toBe(200);
      expect([400, 409]).toContain(second);
      expect(await race.database.db.select().from(organisations)).toHaveLength(1);
      expect(await race.database.db.select().from(users)).toHaveLength(1);
    } finally {
      await race.close();
    }
  });
});

describe('the demo organisation', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadDemo(t.database.db, t.services);
  });
  afterAll(() => t.close());

  it('is created once, clearly marked as a demo, with four accounts sharing a random password', async () => {
    expect(demo).not.toBeNull();
    expect(demo!.emails).toHaveLength(4);
    expect(demo!.password.length).toBeGreaterThanOrEqual(12);

    const rows = await t.database.db.select().from(organisations);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: DEMO_ORGANISATION_NAME, isDemo: true });
    expect(await t.database.db.select().from(users).where(eq(users.organisationId, rows[0]!.id))).toHaveLength(4);
  });

  it('each demo account can log in with the printed password and sees the demo flag', async () => {
    for (const email of demo!.emails) {
      const client = await t.client().login(email, demo!.password);
      expect((await client.get('/api/auth/session')).body.organisation.isDemo).toBe(true);
    }
  });

  it('holds one programme with work under way', async () => {
    const coordinator = await t.client().login('trajectleider@demo.wegwijs.invalid', demo!.password);
    const list = await coordinator.get('/api/programmes');
    expect(list.body.programmes).toHaveLength(1);
    const [programme] = list.body.programmes;
    expect(programme.teamSize).toBe(2);
    expect(programme.progress.overall).toMatchObject({ done: 2, inProgress: 2, total: 21 });
    expect(programme.progress.overall.percent).toBeGreaterThan(0);
    expect(programme.problem).toMatch(/^Datalekken worden laat of niet gemeld\n\n/);

    const problems = await coordinator.get(`/api/programmes/${programme.id}/substeps/1.1`);
    expect(problems.body.worksheet).toMatchObject({ version: 1, authorName: 'Demo Trajectleider', fields: { chosenId: 'p-melden' } });
    expect(problems.body).toMatchObject({ status: 'done', missing: [] });
    // Every demo worksheet is valid and step 1's first two are complete, as their "done" says.
    const detail = (await coordinator.get(`/api/programmes/${programme.id}`)).body.programme;
    expect(detail.completeness['1.2']).toEqual([]);
    expect(detail.statuses).toMatchObject({ '1.1': 'done', '1.2': 'done', '1.3': 'in_progress', '1.4': 'in_progress' });

    const member = await t.client().login('kernteamlid@demo.wegwijs.invalid', demo!.password);
    expect((await member.get('/api/programmes')).body.programmes).toHaveLength(1);
  });

  it('holds a closed baseline survey whose results can be read, by department, with nobody below the minimum', async () => {
    const member = await t.client().login(demo!.emails[2]!, demo!.password);
    const programmeId = (await member.get('/api/programmes')).body.programmes[0].id;
    const [survey] = (await member.get(`/api/programmes/${programmeId}/surveys`)).body.surveys;
    expect(survey).toMatchObject({ title: 'Nulmeting: datalekken melden', status: 'closed', responses: 36 });
    const results = (await member.get(`/api/programmes/${programmeId}/surveys/${survey.id}/results`)).body;
    expect(results.overall.n).toBe(36);
    const byFactor = Object.fromEntries(results.overall.factors.map((f: { factor: string; mean: number }) => [f.factor, f.mean]));
    expect(byFactor['C-psy']).toBeLessThan(byFactor['M-ref']);
    const shown = results.questions.flatMap((q: { groups: { n: number }[] }) => q.groups);
    expect(shown.length).toBeGreaterThan(0);
    for (const g of shown) expect(g.n).toBeGreaterThanOrEqual(5);
  });

  it('loading it again does nothing and returns null', async () => {
    expect(await loadDemo(t.database.db, t.services)).toBeNull();
    expect(await t.database.db.select().from(organisations)).toHaveLength(1);
  });

  it('is not a real organisation: the installation still needs setting up, and set-up still works', async () => {
    expect((await t.client().get('/api/setup/status')).body).toEqual({ needsSetup: true });
    expect((await t.client().get('/api/auth/session')).body.needsSetup).toBe(true);

    const link = await t.services.setup.createSetupLink('http://x');
    expect(link).not.toBeNull();
    const reply = await t.client().post('/api/setup', {
      token: tokenOf(link!),
      organisationName: 'Zorggroep Echt',
      name: 'Echte Beheerder',
      email: 'beheer@echt.example',
      password: STRONG,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.organisation.isDemo).toBe(false);
    expect((await t.client().get('/api/setup/status')).body.needsSetup).toBe(false);
  });

  it('the demo and the real organisation do not see each other', async () => {
    const real = await t.client().login('beheer@echt.example', STRONG);
    expect((await real.get('/api/programmes')).body.programmes).toHaveLength(0);
    const listed = (await real.get('/api/users')).body.users as { email: string }[];
    expect(listed.map((u) => u.email)).toEqual(['beheer@echt.example']);
  });
});

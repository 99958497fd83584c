import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations, users } from '#server/db/schema.js';
import { DEMO_ORGANISATION_NAME, loadDemo } from '#server/modules/setup/demo.js';
import { startTestApp, type Client, type Reply, type TestApp } from './harness.js';

const STRONG = 'onze zorg begint bij goede afspraken';
const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');

describe.sequential('setting up the first organisation', () => {
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
    sector: 'vvt',
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

  it('without a demo organisation, the login page learns of no demo logins', async () => {
    expect((await t.client().get('/api/demo/logins')).body).toEqual({ logins: [] });
  });

  it('a sector must be chosen: missing or unknown is refused with 400 on the sector field, and the link still works', async () => {
    const token = tokenOf((await t.services.setup.createSetupLink('http://x'))!);
    const { sector: _, ...withoutSector } = setupInput(token);
    const missing = await t.client().post('/api/setup', withoutSector);
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual([{ field: 'sector', message: 'Dit veld is verplicht.' }]);
    const unknown = await t.client('en').post('/api/setup', setupInput(token, { sector: 'ziekenhuis' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([{ field: 'sector', message: 'Choose one of: hospital, vvt, ggz, disability, forensic.' }]);
    expect(await t.database.db.select().from(organisations)).toHaveLength(0);
    expect(await t.services.setup.assertMaySetUp(token)).toBeUndefined();
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
      organisation: { name: 'Zorggroep Rivierenland', isDemo: false, sector: 'vvt' },
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
      after: { name: 'Zorggroep Rivierenland', sector: 'vvt', admin: 'fatima.bakker@rivierenland.example' },
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
        ['een', 'twee'].map((n) => race.client().post('/api/setup', { ...setupInput(token), organisationName: `Zorggroep ${n}`, email: `${n}@race.example` })),
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

describe.sequential('the demo organisation', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadDemo(t.database.db, t.services);
  });
  afterAll(() => t.close());

  it('is created once, clearly marked as a demo, with four accounts sharing a random password', async () => {
    expect(demo).not.toBeNull();
    // The demo organisation's four, the masterclass trainer, and an admin and a duo of two more demo organisations (demo-masterclass.test.ts).
    expect(demo!.accounts.filter((a) => a.organisation === DEMO_ORGANISATION_NAME)).toHaveLength(4);
    expect(demo!.accounts).toHaveLength(11);
    expect(demo!.sector).toBe('hospital');
    expect(demo!.password.length).toBeGreaterThanOrEqual(12);

    const rows = await t.database.db.select().from(organisations);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.isDemo).toBe(true);
    const main = rows.find((o) => o.name === DEMO_ORGANISATION_NAME);
    expect(main).toMatchObject({ name: DEMO_ORGANISATION_NAME, isDemo: true });
    expect(await t.database.db.select().from(users).where(eq(users.organisationId, main!.id))).toHaveLength(4);
  });

  it('each demo account can log in with the printed password and sees the demo flag', async () => {
    for (const { email } of demo!.accounts) {
      const client = await t.client().login(email, demo!.password);
      expect((await client.get('/api/auth/session')).body.organisation.isDemo).toBe(true);
    }
  });

  it('tells the login page which demo login holds which roles, and never the password', async () => {
    const reply = await t.client().get('/api/demo/logins');
    expect(reply.body).toEqual({
      logins: [
        { email: 'beheerder@demo.wegwijs.invalid', roles: ['admin'], organisation: DEMO_ORGANISATION_NAME },
        { email: 'trajectleider@demo.wegwijs.invalid', roles: ['coordinator', 'privacy'], organisation: DEMO_ORGANISATION_NAME },
        { email: 'kernteamlid@demo.wegwijs.invalid', roles: ['member'], organisation: DEMO_ORGANISATION_NAME },
        { email: 'bestuurder@demo.wegwijs.invalid', roles: ['viewer'], organisation: DEMO_ORGANISATION_NAME },
        { email: 'trainer@demo.wegwijs.invalid', roles: ['trainer'], organisation: 'IVGZ Academie (demo)' },
        { email: 'beheerder.wijkzorg@demo.wegwijs.invalid', roles: ['admin'], organisation: 'Wijkzorg Voorbeeldstad (demo)' },
      ],
    });
    expect(JSON.stringify(reply.body)).not.toContain(demo!.password);
  });

  it('holds one programme with work under way', async () => {
    const coordinator = await t.client().login('trajectleider@demo.wegwijs.invalid', demo!.password);
    const list = await coordinator.get('/api/programmes');
    expect(list.body.programmes).toHaveLength(1);
    const [programme] = list.body.programmes;
    // The one core-team list: 1.2's four, two of them with an account.
    expect(programme.teamSize).toBe(4);
    expect(programme.progress.overall).toMatchObject({ done: 14, inProgress: 5, total: 21 });
    // Written when the programme started; 1.1's choice does not replace it unasked.
    expect(programme.problem).toMatch(/^Op de verpleegafdelingen worden datalekken/);

    const problems = await coordinator.get(`/api/programmes/${programme.id}/substeps/1.1`);
    expect(problems.body.worksheet).toMatchObject({ version: 1, authorName: 'Demo Trajectleider', fields: { chosenId: 'p-melden' } });
    expect(problems.body).toMatchObject({ status: 'done', missing: [] });
    // Every demo worksheet is valid and complete, as its "done" says; steps 5 and 6 are under way.
    const detail = (await coordinator.get(`/api/programmes/${programme.id}`)).body.programme;
    for (const key of ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.4', '4.2', '4.3', '4.4']) {
      expect(detail.completeness[key] ?? [], key).toEqual([]);
      expect(detail.statuses[key], key).toBe('done');
    }
    expect(detail.statuses).toMatchObject({ '5.1': 'in_progress', '5.3': 'in_progress', '6.1': 'in_progress', '6.2': 'in_progress' });
    expect(detail.statuses['6.3'] ?? 'not_started').toBe('not_started');

    const member = await t.client().login('kernteamlid@demo.wegwijs.invalid', demo!.password);
    expect((await member.get('/api/programmes')).body.programmes).toHaveLength(1);
  });

  it('stands in step 6 with 3.2 left behind, and says what needs attention on the list, the navigator and the dashboard', async () => {
    const lead = await t.client().login('trajectleider@demo.wegwijs.invalid', demo!.password);
    const [listed] = (await lead.get('/api/programmes')).body.programmes;
    const detail = (await lead.get(`/api/programmes/${listed.id}`)).body.programme;
    const [board] = (await lead.get('/api/dashboard')).body.programmes;
    const next = (await lead.get(`/api/programmes/${listed.id}/checkins`)).body.next;
    expect(next).toEqual(expect.any(String));
    // One action past its due day (the posters), one decision still open (the button in the EPD).
    const expected = { overdueActions: 1, nextCheckin: next, openDecisions: 1, openBehind: ['3.2'], next: '6.1' };
    expect(listed.progress.currentStep).toBe(6);
    expect(listed.attention).toEqual(expected);
    expect(detail.progress).toMatchObject({ currentStep: 6, openBehind: ['3.2'] });
    expect(detail.attention).toEqual(expected);
    expect(board).toMatchObject({ currentStep: 6, attention: expected, nextCheckin: next });
  });

  it('shows on the dashboard the same latest value and standing per KPI as 6.1, points from closed surveys included', async () => {
    const viewer = await t.client().login('bestuurder@demo.wegwijs.invalid', demo!.password);
    const [board] = (await viewer.get('/api/dashboard')).body.programmes;
    const { kpis } = (await viewer.get(`/api/programmes/${board.id}/kpis`)).body;
    const fromSurveys = kpis.find((k: { indicator: string | null }) => k.indicator === 'surveyFactorScore');
    expect(fromSurveys.measurements.at(-1).source).toBe('survey');
    expect(board.kpis.map((k: { id: string; latest: unknown; status: string }) => [k.id, k.latest, k.status])).toEqual(
      kpis.map((k: { id: string; measurements: { date: string; value: number }[]; progress: { status: string } }) => {
        const last = k.measurements.at(-1);
        return [k.id, last ? { date: last.date, value: last.value } : null, k.progress.status];
      }),
    );
  });

  it('holds a closed baseline survey whose results can be read, by department, with nobody below the minimum', async () => {
    const member = await t.client().login(demo!.accounts[2]!.email, demo!.password);
    const programmeId = (await member.get('/api/programmes')).body.programmes[0].id;
    const listed = (await member.get(`/api/programmes/${programmeId}/surveys`)).body.surveys as { id: string; title: string }[];
    const survey = listed.find((s) => s.title === 'Vragenlijst gedragsfactoren: datalekken melden');
    expect(survey).toMatchObject({ status: 'closed', responses: 60, baselineSurveyId: null });
    const results = (await member.get(`/api/programmes/${programmeId}/surveys/${survey!.id}/results`)).body;
    expect(results.overall.n).toBe(60);
    const byFactor = Object.fromEntries(results.overall.factors.map((f: { factor: string; mean: number }) => [f.factor, f.mean]));
    expect(byFactor['C-psy']).toBeLessThan(byFactor['M-ref']);
    const shown = results.questions.flatMap((q: { groups: { n: number }[] }) => q.groups);
    expect(shown).toHaveLength(3);
    for (const g of shown) expect(g.n).toBeGreaterThanOrEqual(5);
  });

  describe('steps 4 to 6, dated around today', () => {
    let lead: Client;
    let P: string;
    let today: string;
    beforeAll(async () => {
      lead = await t.client().login('trajectleider@demo.wegwijs.invalid', demo!.password);
      P = `/api/programmes/${(await lead.get('/api/programmes')).body.programmes[0].id}`;
      today = (await lead.get(`${P}/actions`)).body.today;
    });

    it('two interventions chosen after dot votes and APEASE ratings by both members, one rejected with its reason, and plans for the chosen', async () => {
      const { candidates, techniques } = (await lead.get(`${P}/interventions`)).body;
      expect(candidates).toHaveLength(4);
      const chosen = candidates.filter((c: { decision: string }) => c.decision === 'chosen');
      expect(chosen).toHaveLength(2);
      for (const c of chosen) {
        expect(c.votes).toBe(2);
        expect(c.ratings).toHaveLength(2);
        expect(c.plan.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.rationale).not.toBe('');
      }
      expect(candidates.filter((c: { decision: string }) => c.decision === 'rejected')).toMatchObject([
        { shortlisted: true, rationale: expect.stringContaining('Te duur') },
      ]);
      expect(techniques).toHaveLength(4);
    });

    it('an action plan with owners and due days, one overdue, and a communication plan', async () => {
      const { actions, summary } = (await lead.get(`${P}/actions`)).body;
      expect(summary).toMatchObject({ total: 5, overdue: 1, done: 2 });
      for (const a of actions) expect(a.owner.name).not.toBe('');
      expect(actions.find((a: { overdue: boolean }) => a.overdue)).toMatchObject({ status: 'doing', owner: { name: 'Demo Kernteamlid' } });

      const { items } = (await lead.get(`${P}/communication`)).body;
      expect(items).toHaveLength(3);
      expect(items.map((i: { status: string }) => i.status)).toEqual(['done', 'done', 'planned']);
    });

    it('a check-in held in the past with minutes, decisions and the action agreed there, and the next one ahead', async () => {
      const overview = (await lead.get(`${P}/checkins`)).body;
      expect(overview.checkins).toHaveLength(1);
      const [held] = overview.checkins;
      expect(held.date < today).toBe(true);
      expect(overview.meetingDays).toContain(held.date);
      expect(overview.next > today).toBe(true);
      expect(held.minutes).toContain('meldknop');
      expect(held.decisions.map((d: { open: boolean }) => d.open)).toEqual([false, true]);
      expect(held.actions).toHaveLength(1);
      expect(overview.agenda.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['overdue', 'openDecision']));
    });

    it('two KPIs, a survey score and one the breach register feeds, each with baseline, target and measurements in the past', async () => {
      const { kpis } = (await lead.get(`${P}/kpis`)).body;
      expect(kpis).toHaveLength(2);
      expect(kpis.map((k: { indicator: string | null; factor: string | null }) => [k.indicator, k.factor])).toEqual([
        ['surveyFactorScore', 'C-psy'],
        ['breachHandledInTime', null],
      ]);
      for (const k of kpis) {
        expect(k.missing).toEqual([]);
        expect(k.measurements.length).toBeGreaterThanOrEqual(3);
        for (const m of k.measurements) expect(m.date < today).toBe(true);
        expect(k.progress.status).toBe('onTrack');
      }
      // The survey score's points are the baseline and the follow-up survey, plus one poll of the team's.
      expect(kpis[0].measurements.map((m: { source: string }) => m.source)).toEqual(['survey', 'team', 'survey']);
      // The other's points are the register's months alone (tests/api/demo-breaches.test.ts follows them).
      expect(new Set(kpis[1].measurements.map((m: { source: string }) => m.source))).toEqual(new Set(['breaches']));
    });

    it('a closed follow-up survey that the effect measurement compares with the baseline', async () => {
      const { followUps } = (await lead.get(`${P}/effect`)).body;
      expect(followUps).toMatchObject([
        { title: 'Herhaalmeting gedragsfactoren: datalekken melden', status: 'closed', baseline: { title: 'Vragenlijst gedragsfactoren: datalekken melden' } },
      ]);
      const verdicts = Object.fromEntries(followUps[0].comparisons.map((c: { factor: string; verdict: string }) => [c.factor, c.verdict]));
      expect(verdicts).toMatchObject({ 'C-psy': 'improved', 'M-ref': 'noClearChange' });
    });

    it('the anchoring checklist: every standard area with an owner, two done', async () => {
      const { items } = (await lead.get(`${P}/anchoring`)).body;
      expect(items.map((i: { area: string }) => i.area).sort()).toEqual(['managementReview', 'onboarding', 'policy', 'training', 'workInstructions']);
      for (const i of items) expect(i.owner.name).not.toBe('');
      expect(items.filter((i: { status: string }) => i.status === 'done')).toHaveLength(2);
    });

    it("tells a hospital's story, as the README's screenshots show it: its wards, nurses and EPD", async () => {
      const fields = async (key: string) => (await lead.get(`${P}/substeps/${key}`)).body.worksheet.fields;
      expect((await fields('1.1')).problems[2].description).toBe(
        'Op de afdelingsbalie blijven computers ontgrendeld achter terwijl patiënten en bezoekers langslopen.',
      );
      expect((await fields('1.2')).members[2]).toMatchObject({
        role: 'Verpleegkundige',
        department: 'Interne geneeskunde',
        tasks: 'Brengt de praktijk van de afdeling in.',
      });
      expect(await fields('2.3')).toMatchObject({
        targetGroup: 'Verpleegkundigen en doktersassistenten',
        departments: 'Interne geneeskunde, chirurgie en longziekten',
        where: 'op de afdeling, via het meldformulier op het intranet',
      });
      const { candidates } = (await lead.get(`${P}/interventions`)).body;
      expect(candidates.map((c: { plan: { forWhom: string } | null }) => c.plan?.forWhom).filter(Boolean)).toEqual([
        'Alle medewerkers van interne geneeskunde, chirurgie en longziekten',
        'Verpleegkundigen en doktersassistenten',
      ]);
      const { actions } = (await lead.get(`${P}/actions`)).body;
      expect(actions.map((a: { title: string }) => a.title)).toEqual(
        expect.arrayContaining([
          'Posters "Twijfel? Meld het." ophangen in de teamposten',
          'Eerste quiz in het teamoverleg van de chirurgie',
          'Bij ICT navragen of de meldknop ook in het EPD kan',
        ]),
      );
      expect((await lead.get(`${P}/communication`)).body.items[0].audience).toBe('Verpleegkundigen van de drie afdelingen');
      const [held] = (await lead.get(`${P}/checkins`)).body.checkins;
      expect(held.minutes).toContain('De quiz is op de interne geneeskunde goed ontvangen.');
      expect(held.decisions.map((d: { text: string }) => d.text)).toEqual([
        'De quiz ook op de longziekten houden',
        'Besluiten of de meldknop ook in het EPD komt',
      ]);
    });
  });

  it('loading it again does nothing and returns null', async () => {
    expect(await loadDemo(t.database.db, t.services)).toBeNull();
    expect(await t.database.db.select().from(organisations)).toHaveLength(4);
  });

  it('is not a real organisation: the installation still needs setting up, and set-up still works', async () => {
    expect((await t.client().get('/api/setup/status')).body).toEqual({ needsSetup: true });
    expect((await t.client().get('/api/auth/session')).body.needsSetup).toBe(true);

    const link = await t.services.setup.createSetupLink('http://x');
    expect(link).toMatch(/^http:\/\/x\/setup#token=/);
    const reply = await t.client().post('/api/setup', {
      token: tokenOf(link!),
      organisationName: 'Zorggroep Echt',
      sector: 'ggz',
      name: 'Echte Beheerder',
      email: 'beheer@echt.example',
      password: STRONG,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.organisation.isDemo).toBe(false);
    expect((await t.client().get('/api/setup/status')).body.needsSetup).toBe(false);
  });

  it('once a real organisation exists, the login page lists no demo logins any more', async () => {
    expect((await t.client().get('/api/demo/logins')).body).toEqual({ logins: [] });
  });

  it('the demo and the real organisation do not see each other', async () => {
    const real = await t.client().login('beheer@echt.example', STRONG);
    expect((await real.get('/api/programmes')).body.programmes).toHaveLength(0);
    const listed = (await real.get('/api/users')).body.users as { email: string }[];
    expect(listed.map((u) => u.email)).toEqual(['beheer@echt.example']);
  });
});

describe('the demo organisation in another sector (WEGWIJS_DEMO_SECTOR)', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadDemo(t.database.db, t.services, { sector: 'vvt' });
  });
  afterAll(() => t.close());

  it('speaks of cliënten where it means whom the organisation cares for, in its worksheets and its survey', async () => {
    expect(demo!.sector).toBe('vvt');
    const lead = await t.client().login('trajectleider@demo.wegwijs.invalid', demo!.password);
    expect((await lead.get('/api/auth/session')).body.organisation.sector).toBe('vvt');
    const P = `/api/programmes/${(await lead.get('/api/programmes')).body.programmes[0].id}`;
    const problems = (await lead.get(`${P}/substeps/1.1`)).body.worksheet.fields.problems as { title: string; description: string }[];
    expect(problems.map((p) => p.title)).toContain('E-mail met cliëntgegevens aan de verkeerde ontvanger');
    const [survey] = (await lead.get(`${P}/surveys`)).body.surveys as { id: string }[];
    const { definition } = (await lead.get(`${P}/surveys/${survey!.id}`)).body;
    expect(definition.items.find((i: { bankId: string }) => i.bankId === 'mref-useful').text.nl).toBe(
      'Het helpt onze cliënten echt als we een vermoed datalek direct melden.',
    );
    const sheets = await Promise.all(['1.1', '2.1', '3.4'].map(async (key) => JSON.stringify((await lead.get(`${P}/substeps/${key}`)).body.worksheet)));
    for (const sheet of sheets) expect(sheet).not.toMatch(/patiënt|\{pati/);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCode, isWellFormedCode } from '#core/masterclass/cohort.js';
import { ObserverScoresInput } from '#core/masterclass/roleplay.js';
import { ExchangeEffect } from '#core/masterclass/exchange.js';
import { WORKSHEETS, type WorksheetKey } from '#core/worksheets/index.js';
import { cohortSubgroupMembers, cohortSubmissions, exchangeItems, organisations, roleplayRounds, users } from '#server/db/schema.js';
import { DEMO_PEER_ORGANISATIONS, DEMO_TRAINING_ORGANISATION } from '#server/modules/setup/demo-accounts.js';
import { DEMO_COHORT_CODE, DEMO_COHORT_NAME } from '#server/modules/setup/demo-masterclass.js';
import { DEMO_ORGANISATION_NAME, loadDemo } from '#server/modules/setup/demo.js';
import { ok } from '../fixtures.js';
import { startTestApp, type Client, type TestApp } from './harness.js';

/**
 * The demo masterclass (setup/demo-masterclass.ts), loaded with the demo: a training organisation
 * with a trainer, a cohort of six sessions with the demo organisation and two other demo
 * organisations, and what they shared, handed in, discussed and published. Read over HTTP as the
 * trainer, an admin and a participant would; the rows no route shows yet straight from the database.
 */
describe.sequential('the demo masterclass', () => {
  let t: TestApp;
  let password: string;
  let trainer: Client;
  let cohortId: string;
  let detail: {
    sessions: { startsAt: string; steps: number[] }[];
    assignments: { id: string; sessionId: string; relatesTo: string | null; dueDate: string }[];
    members: { participationId: string; organisationName: string; participants: { name: string }[] }[];
    code: string;
  };
  const login = (email: string) => t.client().login(email, password);
  const participation = (name: string) => detail.members.find((m) => m.organisationName === name)!.participationId;
  const [wijkzorg, ggz] = DEMO_PEER_ORGANISATIONS;

  beforeAll(async () => {
    t = await startTestApp();
    password = (await loadDemo(t.database.db, t.services))!.password;
    trainer = await login(DEMO_TRAINING_ORGANISATION.accounts[0]!.email);
    const list = ok(await trainer.get('/api/cohorts'));
    cohortId = list.teaching[0].id;
    detail = ok(await trainer.get(`/api/cohorts/${cohortId}`));
  });
  afterAll(() => t.close());

  it('makes four demo organisations, every one marked as a demo, so the installation still needs setting up', async () => {
    const rows = await t.database.db.select().from(organisations);
    expect(rows.map((o) => o.name).sort()).toEqual([DEMO_ORGANISATION_NAME, DEMO_TRAINING_ORGANISATION.name, wijkzorg.name, ggz.name].sort());
    for (const o of rows) expect(o.isDemo, o.name).toBe(true);
    expect(rows.find((o) => o.name === ggz.name)!.sector).toBe('ggz');
    expect(ok(await t.client().get('/api/setup/status'))).toEqual({ needsSetup: true });
    // One hash, made once, for every demo account.
    expect(new Set((await t.database.db.select().from(users)).map((u) => u.passwordHash)).size).toBe(1);
  });

  it('gives the trainer the cohort with its known code, six two-weekly sessions (two behind, four ahead) and an assignment each', () => {
    expect(isWellFormedCode(DEMO_COHORT_CODE)).toBe(true);
    expect(detail).toMatchObject({ name: DEMO_COHORT_NAME, trainingOrganisation: DEMO_TRAINING_ORGANISATION.name, code: formatCode(DEMO_COHORT_CODE) });
    expect(detail.sessions.map((s) => s.steps)).toEqual([[1], [2], [3], [4], [5], [6]]);
    const starts = detail.sessions.map((s) => new Date(s.startsAt).getTime());
    expect(starts.filter((s) => s < Date.now())).toHaveLength(2);
    for (let i = 1; i < starts.length; i++) expect(Math.round((starts[i]! - starts[i - 1]!) / 86_400_000)).toBe(14);
    expect(detail.assignments).toHaveLength(6);
    expect(new Set(detail.assignments.map((a) => a.sessionId)).size).toBe(6);
    expect(detail.assignments.map((a) => a.relatesTo)).toEqual(['1.1', '2.3', '3.2', '4.3', 'plan', '6.1']);
    expect(detail.members.map((m) => m.organisationName).sort()).toEqual([DEMO_ORGANISATION_NAME, wijkzorg.name, ggz.name].sort());
    expect(detail.members.find((m) => m.organisationName === DEMO_ORGANISATION_NAME)!.participants.map((p) => p.name)).toEqual([
      'Demo Kernteamlid',
      'Demo Trajectleider',
    ]);
  });

  it('shows the trainer the board: three rows, what each shares, and the first homework on time, late and missing', async () => {
    const board = ok(await trainer.get(`/api/cohorts/${cohortId}/board`));
    expect(board.rows).toHaveLength(3);
    const row = (name: string) => board.rows.find((r: { organisationName: string }) => r.organisationName === name);
    expect(row(DEMO_ORGANISATION_NAME).shared).toEqual(['progress', 'checkins', '1.1', '2.3']);
    expect(row(wijkzorg.name).shared).toEqual(['progress', 'checkins', 'plan']);
    expect(row(ggz.name).shared).toEqual(['progress', 'checkins']);
    for (const r of board.rows) {
      expect(r.participants, r.organisationName).toHaveLength(2);
      expect(r.progress.progress.overall.done, r.organisationName).toBeGreaterThan(0);
      expect(r.checkins.next > board.today, r.organisationName).toBe(true);
    }
    // The two other organisations stand in step 2, as far as the cohort is.
    expect(row(wijkzorg.name).progress.progress.currentStep).toBe(2);
    expect(row(ggz.name).progress.statuses).toMatchObject({ '1.1': 'done', '2.2': 'done', '2.3': 'in_progress' });
    const [first, second] = detail.assignments;
    const state = (name: string, assignmentId: string) => row(name).submissions.find((s: { assignmentId: string }) => s.assignmentId === assignmentId).state;
    expect([DEMO_ORGANISATION_NAME, wijkzorg.name, ggz.name].map((n) => state(n, first!.id))).toEqual(['onTime', 'late', 'missing']);
    expect([DEMO_ORGANISATION_NAME, wijkzorg.name, ggz.name].map((n) => state(n, second!.id))).toEqual(['onTime', 'onTime', 'open']);
  });

  it('lets the trainer read the demo organisation’s shared 2.3 with the feedback thread, and not what another organisation keeps', async () => {
    const main = participation(DEMO_ORGANISATION_NAME);
    expect(ok(await trainer.get(`/api/cohorts/${cohortId}/participations/${main}/worksheets/2.3`)).fields.action).toContain('melden');
    const thread = ok(await trainer.get(`/api/cohorts/${cohortId}/participations/${main}/comments/2.3`)).comments;
    expect(
      thread.map((c: { authorName: string; authorOrganisation: string; parentId: string | null }) => [c.authorName, c.authorOrganisation, c.parentId === null]),
    ).toEqual([
      ['Trainer Demo', DEMO_TRAINING_ORGANISATION.name, true],
      ['Demo Trajectleider', DEMO_ORGANISATION_NAME, false],
    ]);
    expect((await trainer.get(`/api/cohorts/${cohortId}/participations/${participation(ggz.name)}/worksheets/2.3`)).status).toBe(404);
  });

  it('shows the demo organisation’s admin what it shares, and the duo the trainer’s feedback', async () => {
    const admin = await login('beheerder@demo.wegwijs.invalid');
    const sharing = ok(await admin.get(`/api/cohorts/${cohortId}/sharing`));
    expect(sharing).toMatchObject({
      cohortName: DEMO_COHORT_NAME,
      programmeTitle: 'Datalekken sneller melden',
      manageSharing: true,
      shares: { trainers: { scopes: ['progress', 'checkins'], worksheets: ['1.1', '2.3'] }, cohort: { scopes: [], worksheets: ['2.3'] } },
    });
    expect(sharing.participants.map((p: { name: string }) => p.name)).toEqual(['Demo Kernteamlid', 'Demo Trajectleider']);
    const member = await login('kernteamlid@demo.wegwijs.invalid');
    expect(ok(await member.get(`/api/cohorts/${cohortId}/participations/${participation(DEMO_ORGANISATION_NAME)}/comments/2.3`)).comments).toHaveLength(2);
    // The joins are in each organisation's own audit log.
    expect(JSON.stringify(ok(await admin.get('/api/audit?entity=cohort_share')))).toContain('cohort.join');
  });

  it('lets a participant of another organisation read the 2.3 shared with the cohort, and not the 2.3 of an organisation that shares nothing', async () => {
    const participant = await login(wijkzorg.accounts[1].email);
    expect(ok(await participant.get('/api/cohorts')).participating.map((c: { name: string }) => c.name)).toEqual([DEMO_COHORT_NAME]);
    const shared = ok(await participant.get(`/api/cohorts/${cohortId}/participations/${participation(DEMO_ORGANISATION_NAME)}/worksheets/2.3`));
    expect(shared.organisationName).toBe(DEMO_ORGANISATION_NAME);
    expect((await participant.get(`/api/cohorts/${cohortId}/participations/${participation(ggz.name)}/worksheets/2.3`)).status).toBe(404);
    // Nor what the demo organisation did not share, nor the trainers' board (the cohort itself they know: 403).
    expect((await participant.get(`/api/cohorts/${cohortId}/participations/${participation(DEMO_ORGANISATION_NAME)}/worksheets/1.1`)).status).toBe(404);
    expect((await participant.get(`/api/cohorts/${cohortId}/board`)).status).toBe(403);
  });

  it('gives the other organisations programmes of their own, whose worksheets are valid and, where done, complete', async () => {
    for (const peer of DEMO_PEER_ORGANISATIONS) {
      const lead = await login(peer.accounts[1].email);
      const [programme] = ok(await lead.get('/api/programmes')).programmes;
      const P = `/api/programmes/${programme.id}`;
      const { statuses, completeness } = ok(await lead.get(P)).programme;
      for (const key of Object.keys(statuses) as WorksheetKey[]) {
        const { worksheet } = ok(await lead.get(`${P}/substeps/${key}`));
        expect(WORKSHEETS[key].schema.safeParse(worksheet.fields).success, `${peer.name} ${key}`).toBe(true);
        if (statuses[key] === 'done') expect(completeness[key] ?? [], `${peer.name} ${key}`).toEqual([]);
      }
      expect(ok(await lead.get(`${P}/checkins`)).checkins.length).toBeGreaterThanOrEqual(1);
      // The team is the organisation's own duo, not the demo organisation's.
      const team = ok(await lead.get(`${P}/substeps/1.2`)).worksheet.fields.members.map((m: { name: string }) => m.name);
      expect(team).toEqual(expect.arrayContaining([peer.accounts[1].name, peer.accounts[2].name]));
      // A home-care organisation speaks of clients, a mental-health one screens off its own way.
      expect(JSON.stringify(ok(await lead.get(`${P}/substeps/2.3`)).worksheet.fields)).not.toMatch(/verpleegafdeling|doktersassistent/i);
    }
  });

  it('holds a subgroup mixing the three organisations, a scored practice round not shown to the trainers, and two published interventions, one measured', async () => {
    const members = await t.database.db.select().from(cohortSubgroupMembers);
    expect(new Set(members.map((m) => m.participationId)).size).toBe(3);
    expect(new Set(members.map((m) => m.assignmentId))).toEqual(new Set([detail.assignments[1]!.id]));
    const [round] = await t.database.db.select().from(roleplayRounds);
    expect(ObserverScoresInput.safeParse(round!.scores).success).toBe(true);
    expect(round!.sharedWithTrainers).toBe(false);
    expect(new Set([round!.interviewerId, round!.colleagueId, round!.observerId]).size).toBe(3);
    const items = await t.database.db.select().from(exchangeItems);
    expect(items).toHaveLength(2);
    expect(items.filter((i) => i.effect !== null).map((i) => ExchangeEffect.safeParse(i.effect).success)).toEqual([true]);
    // Handed in work belongs to the organisation that handed it in.
    const submissions = await t.database.db
      .select()
      .from(cohortSubmissions)
      .where(eq(cohortSubmissions.participationId, participation(wijkzorg.name)));
    const wijkzorgId = (await t.database.db.select().from(organisations).where(eq(organisations.name, wijkzorg.name)))[0]!.id;
    expect(submissions.map((s) => s.organisationId)).toEqual([wijkzorgId, wijkzorgId]);
  });

  it('lists the trainer and another organisation’s admin on the login page, with their organisations', async () => {
    const { logins } = ok(await t.client().get('/api/demo/logins'));
    expect(logins).toEqual(
      expect.arrayContaining([
        { email: 'trainer@demo.wegwijs.invalid', roles: ['trainer'], organisation: DEMO_TRAINING_ORGANISATION.name },
        { email: wijkzorg.accounts[0].email, roles: ['admin'], organisation: wijkzorg.name },
      ]),
    );
  });

  it('keeps real organisations out of the demo cohort (its code is printed for everyone): the code reads as unknown', async () => {
    const real = await t.organisation('Echte zorggroep');
    const programmeId = ok(await real.as.coordinator.post('/api/programmes', { title: 'Echt traject' }), 201).programme.id;
    const reply = await real.as.coordinator.post('/api/cohorts/join', {
      code: formatCode(DEMO_COHORT_CODE),
      programmeId,
      participantIds: [real.userIds.coordinator],
    });
    expect([reply.status, reply.body.error]).toEqual([400, 'cohortCodeUnknown']);
  });
});

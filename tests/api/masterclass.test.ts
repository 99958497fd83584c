import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** The masterclass backbone: a trainer plans a cohort, organisations join with its code and share, the trainer reads the board. */
describe.sequential('masterclass: cohorts, joining, sharing, the board', () => {
  let t: TestApp;
  let school: TestOrganisation;
  let care: TestOrganisation;
  let other: TestOrganisation;
  let cohortId: string;
  let code: string;
  let programmeId: string;
  let participationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [school, care, other] = [await t.organisation('Opleider'), await t.organisation('Zorg A'), await t.organisation('Zorg B')];
    programmeId = await programmeWithTeam(care, 'Schermvergrendeling');
  });
  afterAll(() => t.close());

  it('lets a trainer create a cohort with a session and an assignment', async () => {
    cohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass voorjaar' }), 201).id;
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const session = ok(
      await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions`, { title: 'Stap 1 en 2', startsAt: start, minutes: 180, place: 'Utrecht', steps: [1, 2] }),
      201,
    );
    ok(
      await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions/${session.id}/assignments`, {
        title: 'Doelgedrag',
        instructions: 'Vul 2.3 in',
        relatesTo: '2.3',
        dueDate: start.slice(0, 10),
      }),
      201,
    );
    const detail = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}`));
    expect(detail.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    code = detail.code;
    expect(detail.sessions).toHaveLength(1);
    expect(detail.you.trainer).toBe(true);
  });

  it('refuses a session in the past, naming the field', async () => {
    const reply = await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions`, {
      title: 'Te laat',
      startsAt: '2020-01-01T09:00:00Z',
      minutes: 60,
      steps: [3],
    });
    expect(reply.status).toBe(400);
    expect([reply.body.error, reply.body.fields[0].field]).toEqual(['sessionInPast', 'startsAt']);
  });

  it('lets an admin join with the code and a duo from the core team', async () => {
    const joined = ok(
      await care.as.coordinator.post('/api/cohorts/join', { code: code.toLowerCase(), programmeId, participantIds: [care.userIds.coordinator, care.userIds.member] }),
      201,
    );
    participationId = joined.participationId;
    const again = await care.as.admin.post('/api/cohorts/join', { code, programmeId, participantIds: [care.userIds.member] });
    expect([again.status, again.body.error, again.body.fields[0].field]).toEqual([409, 'cohortAlreadyJoined', 'code']);
    const unknown = await other.as.admin.post('/api/cohorts/join', { code: 'ZZZZ-ZZZZ', programmeId, participantIds: [other.userIds.member] });
    expect([unknown.status, unknown.body.error, unknown.body.fields[0].field]).toEqual([400, 'cohortCodeUnknown', 'code']);
  });

  it('shows the trainer the default share (progress and check-ins) and nothing else', async () => {
    const board = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/board`));
    expect(board.rows).toHaveLength(1);
    expect(board.rows[0].shared).toEqual(['progress', 'checkins']);
    expect(board.rows[0].progress.progress.overall.total).toBeGreaterThan(0);
    const sheet = await school.as.trainer.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/2.3`);
    expect(sheet.status).toBe(404);
  });

  it('lets the admin share a worksheet and take it back; the trainer reads it meanwhile, logged in the organisation', async () => {
    const shares = { trainers: { scopes: ['progress', 'checkins'], worksheets: ['2.3'] }, cohort: { scopes: [], worksheets: [] } };
    expect((await care.as.member.put(`/api/cohorts/${cohortId}/sharing`, shares)).status).toBe(403);
    ok(await care.as.admin.put(`/api/cohorts/${cohortId}/sharing`, shares));
    ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/2.3`));
    const log = ok(await care.as.admin.get('/api/audit?entity=cohort_share'));
    expect(JSON.stringify(log)).toContain('cohort.read');
    ok(await care.as.admin.put(`/api/cohorts/${cohortId}/sharing`, { ...shares, trainers: { scopes: [], worksheets: [] } }));
    expect((await school.as.trainer.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/2.3`)).status).toBe(404);
    const board = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/board`));
    expect([board.rows[0].progress, board.rows[0].checkins]).toEqual([null, null]);
  });

  it('hides the cohort from an organisation that did not join', async () => {
    expect((await other.as.admin.get(`/api/cohorts/${cohortId}`)).status).toBe(404);
    expect((await other.as.admin.get(`/api/cohorts/${cohortId}/board`)).status).toBe(404);
    expect((await care.as.viewer.get(`/api/cohorts/${cohortId}`)).status).toBe(404);
  });
});

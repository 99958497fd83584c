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
    t = await startTestApp({ logger: { level: 'error' } });
    [school, care, other] = [await t.organisation('Opleider'), await t.organisation('Zorg A'), await t.organisation('Zorg B')];
    programmeId = await programmeWithTeam(care, 'Schermvergrendeling');
  });
  afterAll(() => t.close());

  it('lets a trainer create a cohort with a session and an assignment', async () => {
    cohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass voorjaar' }), 201).id;
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const session = ok(
      await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions`, {
        title: 'Stap 1 en 2',
        startsAt: start,
        minutes: 180,
        place: 'Utrecht',
        steps: [1, 2],
      }),
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
      await care.as.coordinator.post('/api/cohorts/join', {
        code: code.toLowerCase(),
        programmeId,
        participantIds: [care.userIds.coordinator, care.userIds.member],
      }),
      201,
    );
    participationId = joined.participationId;
    const again = await care.as.admin.post('/api/cohorts/join', { code, programmeId, participantIds: [care.userIds.member] });
    expect([again.status, again.body.error, again.body.fields[0].field]).toEqual([409, 'cohortAlreadyJoined', 'code']);
    const unknown = await other.as.admin.post('/api/cohorts/join', { code: 'ZZZZ-ZZZZ', programmeId, participantIds: [other.userIds.member] });
    expect([unknown.status, unknown.body.error, unknown.body.fields[0].field]).toEqual([400, 'cohortCodeUnknown', 'code']);
  });

  it('limits wrong codes per organisation, whoever of it tries, and writes nothing else', async () => {
    const tryCode = (client: typeof other.as.admin) =>
      client.post('/api/cohorts/join', { code: 'ZZZZ-ZZZ2', programmeId, participantIds: [other.userIds.member] });
    for (let i = 0; i < 9; i++) expect((await tryCode(i % 2 ? other.as.admin : other.as.coordinator)).status).toBe(400);
    expect((await tryCode(other.as.admin.clone())).status).toBe(429);
    expect((await other.as.coordinator.post('/api/cohorts/join', { code, programmeId, participantIds: [other.userIds.member] })).body.error).toBe(
      'cohortCodeThrottled',
    );
    // Another organisation is not held up by it.
    const third = await t.organisation('Zorg C');
    expect((await tryCode(third.as.admin)).status).toBe(400);
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

  it('shows other participants what an organisation shares with the whole cohort, never what it shares with the trainers alone', async () => {
    const neighbour = await t.organisation('Zorg D');
    const theirs = await programmeWithTeam(neighbour, 'Wachtwoorden');
    ok(await neighbour.as.admin.post('/api/cohorts/join', { code, programmeId: theirs, participantIds: [neighbour.userIds.member] }), 201);
    const shares = { trainers: { scopes: ['plan'], worksheets: ['3.1'] }, cohort: { scopes: ['kpis'], worksheets: ['2.3'] } };
    ok(await care.as.admin.put(`/api/cohorts/${cohortId}/sharing`, shares));

    const seen = ok(await neighbour.as.member.get(`/api/cohorts/${cohortId}`));
    const row = (name: string) => seen.members.find((m: { organisationName: string }) => m.organisationName === name);
    expect(row('Zorg A').shared).toEqual(['kpis', '2.3']);
    expect(row('Zorg D').shared).toEqual([]);
    ok(await neighbour.as.member.get(`/api/cohorts/${cohortId}/participations/${participationId}/kpis`));
    expect((await neighbour.as.member.get(`/api/cohorts/${cohortId}/participations/${participationId}/plan.pdf`)).status).toBe(404);
    expect((await neighbour.as.member.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/3.1`)).status).toBe(404);
    // The organisation itself sees what it shares with the cohort; the trainers see the cohort's list too (the rest is on their board).
    expect(
      ok(await care.as.member.get(`/api/cohorts/${cohortId}`)).members.find((m: { participationId: string }) => m.participationId === participationId).shared,
    ).toEqual(['kpis', '2.3']);
    const trainer = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}`));
    expect(trainer.members.find((m: { participationId: string }) => m.participationId === participationId).shared).toEqual(['kpis', '2.3']);
  });

  it('keeps the duo to who may still work on the programme: taken off the core team or given another role, out; the admin names a new duo', async () => {
    const team = await t.organisation('Zorg E');
    const theirs = await programmeWithTeam(team, 'Papieren dossiers');
    ok(await team.as.admin.post('/api/cohorts/join', { code, programmeId: theirs, participantIds: [team.userIds.member, team.userIds.coordinator] }), 201);
    ok(await team.as.member.get(`/api/cohorts/${cohortId}`));
    // Off the core team: the member no longer takes part, at once.
    ok(await team.as.coordinator.delete(`/api/programmes/${theirs}/members/${team.userIds.member}`));
    expect((await team.as.member.get(`/api/cohorts/${cohortId}`)).status).toBe(404);
    const seen = ok(await team.as.admin.get(`/api/cohorts/${cohortId}/sharing`));
    expect(seen.participants.map((p: { userId: string }) => p.userId)).toEqual([team.userIds.coordinator]);
    // Only the admin changes the duo, and only with people of the core team.
    const privacy = { participantIds: [team.userIds.coordinator, team.userIds.privacy] };
    expect((await team.as.coordinator.put(`/api/cohorts/${cohortId}/participants`, privacy)).status).toBe(403);
    const outside = await team.as.admin.put(`/api/cohorts/${cohortId}/participants`, privacy);
    expect([outside.status, outside.body.error, outside.body.fields[0].field]).toEqual([400, 'participantNotOnTeam', 'participantIds.1']);
    ok(await team.as.coordinator.post(`/api/programmes/${theirs}/members`, { userId: team.userIds.privacy }), 201);
    ok(await team.as.admin.put(`/api/cohorts/${cohortId}/participants`, privacy));
    ok(await team.as.privacy.get(`/api/cohorts/${cohortId}`));
    // Another role that does not work on programmes (a reader): out as well.
    ok(await team.as.admin.patch(`/api/users/${team.userIds.privacy}`, { roles: ['viewer'] }));
    expect((await team.as.privacy.get(`/api/cohorts/${cohortId}`)).status).toBe(404);
  });

  it('refuses a full cohort and a closed one, naming the code, and writes nothing', async () => {
    const small = ok(await school.as.trainer.post('/api/cohorts', { name: 'Kleine groep', capacity: 2 }), 201).id;
    const smallCode = ok(await school.as.trainer.get(`/api/cohorts/${small}`)).code;
    const joinWith = async (org: TestOrganisation, cohortCode: string) =>
      org.as.admin.post('/api/cohorts/join', { code: cohortCode, programmeId: await programmeWithTeam(org, 'Meedoen'), participantIds: [org.userIds.member] });
    const [first, second, third] = [await t.organisation('Plaats 1'), await t.organisation('Plaats 2'), await t.organisation('Plaats 3')];
    expect((await joinWith(first, smallCode)).status).toBe(201);
    expect((await joinWith(second, smallCode)).status).toBe(201);
    const programme = await programmeWithTeam(third, 'Te laat');
    const before = await t.snapshot();
    const full = await third.as.admin.post('/api/cohorts/join', { code: smallCode, programmeId: programme, participantIds: [third.userIds.member] });
    expect([full.status, full.body.error, full.body.fields[0].field]).toEqual([409, 'cohortFull', 'code']);
    expect(await t.snapshot()).toEqual(before);

    const closing = ok(await school.as.trainer.post('/api/cohorts', { name: 'Al afgelopen' }), 201).id;
    const closingCode = ok(await school.as.trainer.get(`/api/cohorts/${closing}`)).code;
    expect((await school.as.trainer.post(`/api/cohorts/${closing}/close`, {})).status).toBe(204);
    const closed = await third.as.admin.post('/api/cohorts/join', { code: closingCode, programmeId: programme, participantIds: [third.userIds.member] });
    expect([closed.status, closed.body.error, closed.body.fields[0].field]).toEqual([409, 'cohortClosed', 'code']);
  });
});

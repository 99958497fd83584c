import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMISSION_MAX } from '#core/masterclass/cohort.js';
import { ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Assignments in a masterclass (issue 21, point 4): subgroups mixing organisations, submissions by the
 * duo, and who sees whose answer: the trainers all; a subgroup each other's, for that assignment only.
 */
describe.sequential('masterclass: assignments, subgroups and submissions', () => {
  let t: TestApp;
  let school: TestOrganisation;
  let a: TestOrganisation;
  let b: TestOrganisation;
  let c: TestOrganisation;
  let cohortId: string;
  let sessionId: string;
  /** Due on the session's day: still open. */
  let current: string;
  /** Due long ago: handed in now is late, not handed in is missing. */
  let past: string;
  const programmes: Record<string, string> = {};
  const part: Record<string, string> = {};

  const path = (assignmentId: string, rest = '') => `/api/cohorts/${cohortId}/assignments/${assignmentId}${rest}`;
  const texts = (view: { submissions: { organisationName: string; text: string | null }[] }) =>
    Object.fromEntries(view.submissions.map((s) => [s.organisationName, s.text]));
  /** A's admin decides what A shares: worksheets with the trainers, and with the whole cohort. */
  const shareA = async (trainers: string[], cohort: string[] = []) =>
    ok(
      await a.as.admin.put(`/api/cohorts/${cohortId}/sharing`, {
        trainers: { scopes: ['progress', 'checkins'], worksheets: trainers },
        cohort: { scopes: [], worksheets: cohort },
      }),
    );
  const readsOfA = async () =>
    ok(await a.as.admin.get('/api/audit?entity=cohort_share&action=cohort.read&limit=200')).entries.map(
      (e: { actorName: string; after: { items: string[] } }) => `${e.actorName}: ${e.after.items.join(',')}`,
    ) as string[];

  beforeAll(async () => {
    t = await startTestApp();
    [school, a, b, c] = [await t.organisation('Opleider'), await t.organisation('Zorg A'), await t.organisation('Zorg B'), await t.organisation('Zorg C')];
    cohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass najaar' }), 201).id;
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
    sessionId = ok(await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions`, { title: 'Stap 3', startsAt: start, minutes: 180, steps: [3] }), 201).id;
    const assignment = async (title: string, dueDate: string) =>
      ok(await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions/${sessionId}/assignments`, { title, instructions: '', dueDate }), 201).id as string;
    current = await assignment('Barrières', start.slice(0, 10));
    past = await assignment('Voorbereiding', '2020-01-02');
    const code = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}`)).code;
    for (const [name, org] of Object.entries({ A: a, B: b, C: c })) {
      programmes[name] = await programmeWithTeam(org, `Traject ${name}`);
      part[name] = ok(
        await org.as.coordinator.post('/api/cohorts/join', {
          code,
          programmeId: programmes[name],
          participantIds: [org.userIds.coordinator, org.userIds.member],
        }),
        201,
      ).participationId;
    }
  });
  afterAll(() => t.close());

  it('proposes subgroups that mix organisations, to trainers only', async () => {
    const proposal = ok(await school.as.trainer.get(path(current, '/subgroups/proposal?size=2')));
    expect(proposal.subgroups).toHaveLength(2);
    expect(proposal.subgroups.flatMap((g: { participationIds: string[] }) => g.participationIds).sort()).toEqual(Object.values(part).sort());
    expect(proposal.subgroups[0].name).toBe('Subgroep 1');
    expect((await a.as.member.get(path(current, '/subgroups/proposal'))).status).toBe(403);
  });

  it('lets the trainer form subgroups per assignment; a participation outside the cohort is refused and nothing is written', async () => {
    const saved = ok(
      await school.as.trainer.put(path(current, '/subgroups'), {
        subgroups: [
          { name: 'Groep 1', participationIds: [part.A, part.B] },
          { name: 'Groep 2', participationIds: [part.C] },
        ],
      }),
    );
    expect(saved.subgroups.map((g: { members: { organisationName: string }[] }) => g.members.map((m) => m.organisationName))).toEqual([
      ['Zorg A', 'Zorg B'],
      ['Zorg C'],
    ]);
    ok(
      await school.as.trainer.put(path(past, '/subgroups'), {
        subgroups: [
          { name: 'Groep 1', participationIds: [part.A, part.C] },
          { name: 'Groep 2', participationIds: [part.B] },
        ],
      }),
    );

    const before = await t.snapshot();
    const stranger = await school.as.trainer.put(path(current, '/subgroups'), {
      subgroups: [
        { name: 'Groep 1', participationIds: [part.A] },
        { name: 'Groep 2', participationIds: [part.B, crypto.randomUUID()] },
      ],
    });
    expect([stranger.status, stranger.body.error, stranger.body.fields[0].field]).toEqual([
      400,
      'subgroupParticipationUnknown',
      'subgroups.1.participationIds.1',
    ]);
    const twice = await school.as.trainer.put(path(current, '/subgroups'), { subgroups: [{ name: 'Groep 1', participationIds: [part.A, part.A] }] });
    expect([twice.status, twice.body.fields[0].field]).toEqual([400, 'subgroups']);
    expect((await a.as.coordinator.put(path(current, '/subgroups'), { subgroups: [{ name: 'Wij', participationIds: [part.A] }] })).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });

  it('lets each duo hand in; bad input names the field and writes nothing', async () => {
    for (const [name, org] of Object.entries({ A: a, B: b, C: c })) ok(await org.as.member.put(path(current, '/submission'), { text: `Antwoord van ${name}` }));
    const late = ok(await a.as.coordinator.put(path(past, '/submission'), { text: 'Te laat van A' }));
    expect(late.state).toBe('late');
    await shareA(['3.1']);

    const before = await t.snapshot();
    const long = await a.as.member.put(path(current, '/submission'), { text: 'x'.repeat(SUBMISSION_MAX + 1) });
    expect([long.status, long.body.fields[0].field]).toEqual([400, 'text']);
    const empty = await a.as.member.put(path(current, '/submission'), { text: '  ' });
    expect([empty.status, empty.body.fields[0].field]).toEqual([400, 'text']);
    const unsaved = await a.as.member.put(path(current, '/submission'), { text: '', worksheet: '3.1' });
    expect([unsaved.status, unsaved.body.error, unsaved.body.fields[0].field]).toEqual([400, 'submissionWorksheetMissing', 'worksheet']);
    // A worksheet the admin does not share with the trainers cannot leave the organisation through a submission.
    const unshared = await a.as.member.put(path(current, '/submission'), { text: 'Zie 2.3', worksheet: '2.3' });
    expect([unshared.status, unshared.body.error, unshared.body.fields[0].field]).toEqual([400, 'submissionWorksheetNotShared', 'worksheet']);
    expect(unshared.body.fields[0].message).toContain('tab Delen');
    const english = await a.as.member.clone({ locale: 'en' }).put(path(current, '/submission'), { text: 'See 2.3', worksheet: '2.3' });
    expect(english.body.fields[0].message).toContain('share this worksheet with the trainers first');
    const names = await a.as.member.put(path(current, '/submission'), { text: '', worksheet: '1.2' });
    expect([names.status, names.body.error, names.body.fields[0].field]).toEqual([400, 'submissionWorksheetNotShareable', 'worksheet']);
    // The admin answers for the participation but does not hand in: that is the duo's.
    expect((await a.as.admin.put(path(current, '/submission'), { text: 'Van de beheerder' })).status).toBe(403);
    expect((await school.as.trainer.put(path(current, '/submission'), { text: 'Van de trainer' })).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });

  it('keeps the first hand-in time on an edit, links a worksheet at its version then, and logs the change in the organisation', async () => {
    const first = ok(await school.as.trainer.get(path(current))).submissions.find((s: { participationId: string }) => s.participationId === part.A);
    ok(await a.as.member.put(`/api/programmes/${programmes.A}/substeps/3.1/worksheet`, { notes: 'Eerste versie', baseVersion: 0 }));
    const edited = ok(await a.as.member.put(path(current, '/submission'), { text: 'Antwoord van A, aangevuld', worksheet: '3.1' }));
    expect(edited.worksheet).toEqual({ key: '3.1', version: 1 });
    expect(edited.submittedAt).toBe(first.submittedAt);
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    ok(await a.as.member.put(`/api/programmes/${programmes.A}/substeps/3.1/worksheet`, { notes: 'Tweede versie', baseVersion: 1 }));
    const log = JSON.stringify(ok(await a.as.admin.get('/api/audit?entity=cohort_share')));
    expect(log).toContain('cohort.submission.save');
    expect(log).toContain('Antwoord van A, aangevuld');
  });

  it('shows a subgroup each other’s answers for that assignment only, never another subgroup’s or another assignment’s', async () => {
    const view = ok(await a.as.member.get(path(current)));
    expect(view.trainer).toBe(false);
    expect(texts(view)).toEqual({ 'Zorg A': 'Antwoord van A, aangevuld', 'Zorg B': 'Antwoord van B' });
    expect(view.subgroups).toHaveLength(1);
    expect(view.subgroups[0].members.map((m: { participationId: string }) => m.participationId).sort()).toEqual([part.A, part.B].sort());
    // In the other assignment A sits with C: C's answer there (none yet), never B's.
    const other = ok(await a.as.coordinator.get(path(past)));
    expect(other.submissions.map((s: { organisationName: string }) => s.organisationName)).toEqual(['Zorg A', 'Zorg C']);
    expect(JSON.stringify(other)).not.toContain('Antwoord van B');
    expect(other.submissions.find((s: { organisationName: string }) => s.organisationName === 'Zorg C').state).toBe('missing');
    // The admin of a participating organisation reads as its duo does.
    expect(texts(ok(await b.as.admin.get(path(current))))).toEqual({ 'Zorg A': 'Antwoord van A, aangevuld', 'Zorg B': 'Antwoord van B' });

    // Guessing the ids of the other subgroup's participation, or of a subgroup member in another assignment: not found.
    expect((await a.as.member.get(path(current, `/submissions/${part.C}`))).status).toBe(404);
    expect((await a.as.member.get(path(past, `/submissions/${part.B}`))).status).toBe(404);
    expect((await c.as.member.get(path(current, `/submissions/${part.A}`))).status).toBe(404);
    expect((await c.as.member.get(path(current, `/submissions/${part.B}`))).status).toBe(404);
    expect(texts(ok(await c.as.member.get(path(current))))).toEqual({ 'Zorg C': 'Antwoord van C' });
  });

  it('shows the subgroup only the link of a worksheet A shares with the trainers alone, not its content', async () => {
    const detail = ok(await b.as.member.get(path(current, `/submissions/${part.A}`)));
    expect(detail.text).toBe('Antwoord van A, aangevuld');
    expect([detail.worksheet, detail.linkedWorksheet, detail.worksheetShared]).toEqual([null, { key: '3.1', version: 1 }, false]);
    expect(JSON.stringify(detail)).not.toContain('Eerste versie');
    const reads = await readsOfA();
    expect(reads).toContain('member Zorg B (Zorg B): submission');
    expect(reads.filter((r) => r.includes('3.1'))).toEqual([]);
  });

  it('lets the subgroup read the linked worksheet as it was handed in once A shares it with the cohort, logged in A', async () => {
    await shareA(['3.1'], ['3.1']);
    const detail = ok(await b.as.member.get(path(current, `/submissions/${part.A}`)));
    expect(detail.worksheet).toMatchObject({ key: '3.1', version: 1, notes: 'Eerste versie' });
    expect([detail.linkedWorksheet, detail.worksheetShared]).toEqual([{ key: '3.1', version: 1 }, true]);
    expect(JSON.stringify(detail)).not.toContain(a.userIds.member);
    const reads = await readsOfA();
    expect(reads).toContain('member Zorg B (Zorg B): submission,3.1');
    // A own read is not a cross-organisation read: nothing of C ever read A's.
    expect(JSON.stringify(reads)).not.toContain('Zorg C');
    await shareA(['3.1']);
  });

  it('shows the trainer every subgroup and every answer with its state, and who prepared the session', async () => {
    const view = ok(await school.as.trainer.get(path(current)));
    expect(view.trainer).toBe(true);
    expect(view.subgroups).toHaveLength(2);
    expect(texts(view)).toEqual({ 'Zorg A': 'Antwoord van A, aangevuld', 'Zorg B': 'Antwoord van B', 'Zorg C': 'Antwoord van C' });
    expect(view.submissions.map((s: { state: string }) => s.state)).toEqual(['onTime', 'onTime', 'onTime']);
    const detail = ok(await school.as.trainer.get(path(current, `/submissions/${part.A}`)));
    expect(detail.worksheet.notes).toBe('Eerste versie');
    expect(detail.worksheetShared).toBe(true);
    expect(JSON.stringify(ok(await c.as.admin.get('/api/audit?entity=cohort_share')))).toContain('trainer Opleider (Opleider)');

    const preparation = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/sessions/${sessionId}/preparation`));
    const states = Object.fromEntries(
      preparation.assignments.map((x: { assignment: { title: string }; rows: { organisationName: string; state: string }[] }) => [
        x.assignment.title,
        x.rows.map((r) => `${r.organisationName}:${r.state}`),
      ]),
    );
    expect(states).toEqual({
      Barrières: ['Zorg A:onTime', 'Zorg B:onTime', 'Zorg C:onTime'],
      Voorbereiding: ['Zorg A:late', 'Zorg B:missing', 'Zorg C:missing'],
    });
    expect((await a.as.member.get(`/api/cohorts/${cohortId}/sessions/${sessionId}/preparation`)).status).toBe(403);
  });

  it('hides a linked worksheet at once when A takes the share back; A itself still reads it', async () => {
    await shareA([]);
    for (const client of [school.as.trainer, b.as.member]) {
      const detail = ok(await client.get(path(current, `/submissions/${part.A}`)));
      expect([detail.text, detail.worksheet, detail.linkedWorksheet, detail.worksheetShared]).toEqual([
        'Antwoord van A, aangevuld',
        null,
        { key: '3.1', version: 1 },
        false,
      ]);
      expect(JSON.stringify(detail)).not.toContain('Eerste versie');
    }
    const own = ok(await a.as.member.get(path(current, `/submissions/${part.A}`)));
    expect([own.worksheet.notes, own.worksheetShared]).toEqual(['Eerste versie', true]);
    // A worksheet the trainers may not see can no longer be linked anew either.
    const again = await a.as.member.put(path(current, '/submission'), { text: 'Antwoord van A, aangevuld', worksheet: '3.1' });
    expect([again.status, again.body.error]).toEqual([400, 'submissionWorksheetNotShared']);
    // Sharing it with the cohort shares it with the trainers too.
    await shareA([], ['3.1']);
    expect(ok(await school.as.trainer.get(path(current, `/submissions/${part.A}`))).worksheet.notes).toBe('Eerste versie');
    await shareA(['3.1']);
  });

  it('logs a trainer’s read of the feedback thread on a shared worksheet in the organisation whose replies it holds', async () => {
    const thread = `/api/cohorts/${cohortId}/participations/${part.A}/comments/3.1`;
    ok(await school.as.trainer.post(thread, { body: 'Goed begin, maak de barrière concreter.' }), 201);
    ok(await a.as.member.post(thread, { body: 'Dank, we passen het aan.' }), 201);
    const before = (await readsOfA()).filter((r) => r === 'trainer Opleider (Opleider): comments:3.1').length;
    const read = ok(await school.as.trainer.get(thread));
    expect(read.comments.map((c: { body: string }) => c.body)).toContain('Dank, we passen het aan.');
    expect((await readsOfA()).filter((r) => r === 'trainer Opleider (Opleider): comments:3.1').length).toBe(before + 1);
    // The organisation's own reads of its thread are not cross-organisation reads.
    ok(await a.as.member.get(thread));
    expect((await readsOfA()).some((r) => r.startsWith('member Zorg A'))).toBe(false);
  });

  it('hides everything from those outside the cohort', async () => {
    for (const client of [school.as.admin, school.as.member, a.as.viewer]) {
      expect((await client.get(path(current))).status).toBe(404);
      expect((await client.get(path(current, `/submissions/${part.A}`))).status).toBe(404);
    }
    expect((await school.as.trainer.get(path(crypto.randomUUID()))).status).toBe(404);
  });

  it('forgets an organisation that left: its answers and its place in subgroups go', async () => {
    expect((await c.as.admin.post(`/api/cohorts/${cohortId}/leave`)).status).toBe(204);
    const view = ok(await school.as.trainer.get(path(current)));
    expect(texts(view)).toEqual({ 'Zorg A': 'Antwoord van A, aangevuld', 'Zorg B': 'Antwoord van B' });
    expect(JSON.stringify(view.subgroups)).not.toContain(part.C);
    expect((await school.as.trainer.get(path(current, `/submissions/${part.C}`))).status).toBe(404);
    expect((await c.as.member.get(path(current))).status).toBe(404);
    expect((await c.as.member.put(path(current, '/submission'), { text: 'Nog eentje' })).status).toBe(404);
    expect(ok(await a.as.member.get(path(past))).submissions.map((s: { organisationName: string }) => s.organisationName)).toEqual(['Zorg A']);
    const preparation = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/sessions/${sessionId}/preparation`));
    expect(preparation.assignments[0].rows).toHaveLength(2);
  });
});

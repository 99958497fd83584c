import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, type Persona } from '#content/masterclass/personas.js';
import { COMB_FACTORS } from '#core/comb.js';
import { OBSERVER_CRITERIA } from '#core/masterclass/roleplay.js';
import { emptyFactorResearch } from '#core/research/interviews.js';
import { ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Interview practice in a masterclass (issue 21, point 5): a round for three people of one subgroup,
 * here a duo of Zorg A and one participant of Zorg B. Each role sees only its part: the interviewer
 * the guide, the colleague the persona's hidden answers, the observer the checklist. The observer's
 * scores go back to the interviewer; trainers see that the round happened, the summary only once shared.
 */
describe.sequential('masterclass: interview practice in threes', () => {
  let t: TestApp;
  let school: TestOrganisation;
  let a: TestOrganisation;
  let b: TestOrganisation;
  let c: TestOrganisation;
  let d: TestOrganisation;
  let outsider: TestOrganisation;
  let cohortId: string;
  let otherCohortId: string;
  let group1: string;
  let group2: string;
  let roundId: string;
  let persona: Persona;
  const programmes: Record<string, string> = {};

  const round = (id = roundId, rest = '') => `/api/cohorts/${cohortId}/roleplay/${id}${rest}`;
  const start = (subgroupId: string) => `/api/cohorts/${cohortId}/subgroups/${subgroupId}/roleplay`;
  /** Every text the persona keeps hidden from the interviewer and the observer until the debrief. */
  const hidden = () => COMB_FACTORS.map((f) => persona.factors[f].reveals.nl);
  const scores = (changes: Record<string, unknown> = {}) => ({
    scores: {
      ...Object.fromEntries(OBSERVER_CRITERIA.map((c) => [c, { score: 2 }])),
      neutral: { score: 1, note: 'Gaf één keer advies' },
      coversFactors: { score: 1 },
    },
    factorsCovered: ['C-psy', 'O-phy', 'O-soc', 'M-ref', 'M-aut'],
    notes: 'Goede open vragen; vraag vaker door.',
    ...changes,
  });

  async function join(org: TestOrganisation, code: string, participantIds: string[], title: string) {
    programmes[title] = await programmeWithTeam(org, `Traject ${title}`);
    return ok(await org.as.coordinator.post('/api/cohorts/join', { code, programmeId: programmes[title], participantIds }), 201).participationId as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [school, a, b, c, d, outsider] = [
      await t.organisation('Opleider'),
      await t.organisation('Zorg A'),
      await t.organisation('Zorg B'),
      await t.organisation('Zorg C'),
      await t.organisation('Zorg D'),
      await t.organisation('Zorg E'),
    ];
    ok(await a.as.admin.patch('/api/organisation', { sector: 'vvt' }));
    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const cohort = async (name: string) => {
      const id = ok(await school.as.trainer.post('/api/cohorts', { name }), 201).id as string;
      const session = ok(await school.as.trainer.post(`/api/cohorts/${id}/sessions`, { title: 'Stap 3 en 4', startsAt, minutes: 180, steps: [3, 4] }), 201).id;
      const assignment = ok(
        await school.as.trainer.post(`/api/cohorts/${id}/sessions/${session}/assignments`, {
          title: 'Interviewoefening',
          instructions: '',
          dueDate: startsAt.slice(0, 10),
        }),
        201,
      ).id as string;
      return { id, assignment, code: ok(await school.as.trainer.get(`/api/cohorts/${id}`)).code as string };
    };
    const main = await cohort('Masterclass voorjaar');
    const other = await cohort('Masterclass najaar');
    [cohortId, otherCohortId] = [main.id, other.id];
    const partA = await join(a, main.code, [a.userIds.coordinator, a.userIds.member], 'A');
    const partB = await join(b, main.code, [b.userIds.member], 'B');
    const partC = await join(c, main.code, [c.userIds.member], 'C');
    await join(d, other.code, [d.userIds.member], 'D');
    const saved = ok(
      await school.as.trainer.put(`/api/cohorts/${cohortId}/assignments/${main.assignment}/subgroups`, {
        subgroups: [
          { name: 'Groep 1', participationIds: [partA, partB] },
          { name: 'Groep 2', participationIds: [partC] },
        ],
      }),
    );
    [group1, group2] = saved.subgroups.map((g: { id: string }) => g.id);
  });
  afterAll(() => t.close());

  it('starts a round with three people of the subgroup from two organisations, with a persona of the interviewer’s sector', async () => {
    const started = ok(
      await a.as.member.post(start(group1), { interviewerId: a.userIds.coordinator, colleagueId: b.userIds.member, observerId: a.userIds.member }),
      201,
    );
    roundId = started.id;
    expect(started.people).toEqual({
      interviewer: { userId: a.userIds.coordinator, name: 'coordinator Zorg A', organisationName: 'Zorg A' },
      colleague: { userId: b.userIds.member, name: 'member Zorg B', organisationName: 'Zorg B' },
      observer: { userId: a.userIds.member, name: 'member Zorg A', organisationName: 'Zorg A' },
    });
    const view = ok(await a.as.coordinator.get(round()));
    persona = PERSONAS.find((p) => p.key === view.persona.key)!;
    expect(persona.sector).toBe('vvt');
    const log = JSON.stringify(ok(await a.as.admin.get('/api/audit?entity=cohort_share')));
    expect(log).toContain('cohort.roleplay.start');
    expect(log).toContain(roundId);
  });

  it('gives the interviewer the persona’s situation and a guide, never the hidden answers', async () => {
    const view = ok(await a.as.coordinator.get(round()));
    expect(view.you).toBe('interviewer');
    expect(view.persona).toEqual({
      key: persona.key,
      name: persona.name,
      sector: 'vvt',
      role: persona.role.nl,
      situation: persona.situation.nl,
      behaviour: persona.behaviour.nl,
    });
    expect([view.briefing, view.hiddenFactors, view.checklist, view.factors, view.scores]).toEqual([null, null, null, null, null]);
    // Programme A has no interview guide yet: the content's two questions per factor, about the persona's behaviour.
    expect([view.guide.source, view.guide.reason, view.guide.behaviour]).toEqual(['defaults', 'emptyGuide', persona.behaviour.nl]);
    expect(view.guide.questionsByFactor.map((g: { questions: unknown[] }) => g.questions.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(view.guide.factorsWithoutQuestions).toEqual([]);
    const text = JSON.stringify(view);
    for (const answer of hidden()) expect(text).not.toContain(answer);
    expect(text).not.toContain(persona.briefing.nl);
  });

  it('uses the interviewer’s own 3.2 guide only when it is about the persona’s behaviour, and says which source it used', async () => {
    const saveGuide = async (behaviour: string, baseVersion: number) =>
      ok(
        await a.as.coordinator.put(`/api/programmes/${programmes.A}/substeps/3.2/worksheet`, {
          baseVersion,
          notes: '',
          fields: {
            ...emptyFactorResearch(),
            guide: { behaviour, opening: '', closing: '', questions: [{ id: 'q1', factor: 'O-phy', text: 'Wat heb je nodig om het te doen?' }], tips: [] },
          },
        }),
      );
    await saveGuide('de printer leeghalen', 0);
    const other = ok(await a.as.coordinator.get(round())).guide;
    expect([other.source, other.reason, other.behaviour]).toEqual(['defaults', 'otherBehaviour', persona.behaviour.nl]);
    expect(JSON.stringify(other)).not.toContain('Wat heb je nodig om het te doen?');

    await saveGuide(`${persona.behaviour.nl.toUpperCase()}.`, 1);
    const own = ok(await a.as.coordinator.get(round())).guide;
    expect([own.source, own.reason]).toEqual(['programme', null]);
    expect(own.questionsByFactor.find((g: { factor: string }) => g.factor === 'O-phy').questions).toEqual([
      { id: 'q1', text: 'Wat heb je nodig om het te doen?' },
    ]);
    expect(own.factorsWithoutQuestions).toEqual(['C-psy', 'C-phy', 'O-soc', 'M-ref', 'M-aut']);
    expect(own.opening).not.toBe('');
  });

  it('gives the colleague of the other organisation the briefing and the hidden answers, never the guide', async () => {
    const view = ok(await b.as.member.get(round()));
    expect(view.you).toBe('colleague');
    expect(view.briefing).toBe(persona.briefing.nl);
    expect(view.hiddenFactors.map((f: { factor: string; kind: string; reveals: string }) => [f.factor, f.kind, f.reveals])).toEqual(
      COMB_FACTORS.map((f) => [f, persona.factors[f].kind, persona.factors[f].reveals.nl]),
    );
    expect([view.guide, view.checklist, view.scores]).toEqual([null, null, null]);
    expect(JSON.stringify(view)).not.toContain('Wat heb je nodig om het te doen?');
  });

  it('gives the observer the checklist, the factors and the persona’s role, not the hidden answers', async () => {
    const view = ok(await a.as.member.get(round()));
    expect(view.you).toBe('observer');
    expect(view.checklist.map((c: { criterion: string }) => c.criterion)).toEqual([...OBSERVER_CRITERIA]);
    expect(view.checklist[0].label).toBe('Stelt open vragen');
    expect(view.factors.map((f: { factor: string }) => f.factor)).toEqual([...COMB_FACTORS]);
    expect(view.scale.map((s: { score: number }) => s.score)).toEqual([0, 1, 2]);
    expect(view.persona.role).toBe(persona.role.nl);
    expect([view.briefing, view.hiddenFactors, view.guide]).toEqual([null, null, null]);
    const text = JSON.stringify(view);
    for (const answer of hidden()) expect(text).not.toContain(answer);
  });

  it('lists the rounds a member plays in, for the colleague and the observer to find theirs', async () => {
    const list = ok(await b.as.member.get(start(group1)));
    expect(list.people.map((p: { name: string }) => p.name)).toEqual(['coordinator Zorg A', 'member Zorg A', 'member Zorg B']);
    expect(list.rounds.map((r: { id: string; you: string; scored: boolean }) => [r.id, r.you, r.scored])).toEqual([[roundId, 'colleague', false]]);
    // The rotation's next turn counts every round of the subgroup, not only the caller's.
    expect(list.roundsPlayed).toBe(1);
  });

  it('shows the trainers that the round happened, without scores', async () => {
    const overview = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/roleplay`));
    expect(overview.subgroups.map((g: { name: string; count: number }) => [g.name, g.count])).toEqual([
      ['Groep 1', 1],
      ['Groep 2', 0],
    ]);
    expect(overview.subgroups[0].rounds).toEqual([{ id: roundId, createdAt: expect.any(String), scored: false, scoredAt: null, summary: null }]);
    expect((await a.as.member.get(`/api/cohorts/${cohortId}/roleplay`)).status).toBe(403);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await t.snapshot();
    const refused = async (client: Client, path: string, body: unknown, status: number, field: string, error = 'validation') => {
      const reply = path.endsWith('/roleplay') ? await client.post(path, body) : await client.put(path, body);
      expect([reply.status, reply.body.error, reply.body.fields?.[0]?.field], JSON.stringify(reply.body)).toEqual([status, error, field]);
    };
    const people = { interviewerId: a.userIds.coordinator, colleagueId: b.userIds.member, observerId: a.userIds.member };
    await refused(a.as.member, start(group1), { ...people, observerId: b.userIds.member }, 400, 'observerId');
    await refused(a.as.member, start(group1), { interviewerId: a.userIds.coordinator, colleagueId: b.userIds.member }, 400, 'observerId');
    await refused(a.as.member, start(group1), { ...people, observerId: c.userIds.member }, 400, 'observerId', 'roleplayNotInSubgroup');
    await refused(a.as.member, start(group1), { ...people, round: 1 }, 400, 'interviewerId', 'roleplayRoundOrPeople');
    await refused(c.as.member, start(group2), { round: 0 }, 400, 'round', 'roleplayTooFew');
    const bad = scores();
    await refused(
      a.as.member,
      round(roundId, '/scores'),
      { ...bad, scores: { ...bad.scores, openQuestions: { score: 3 } } },
      400,
      'scores.openQuestions.score',
    );
    await refused(a.as.member, round(roundId, '/scores'), { ...bad, scores: { ...bad.scores, smiles: { score: 2 } } }, 400, 'scores');
    await refused(a.as.member, round(roundId, '/scores'), { ...bad, factorsCovered: ['C-psy', 'C-psy'] }, 400, 'factorsCovered');
    expect((await a.as.coordinator.put(round(roundId, '/scores'), scores())).status).toBe(403);
    expect((await b.as.member.put(round(roundId, '/share'), { sharedWithTrainers: true })).status).toBe(403);
    expect((await b.as.admin.post(start(group1), { round: 0 })).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });

  it('takes the observer’s scores and answers the summary', async () => {
    const summary = ok(await a.as.member.put(round(roundId, '/scores'), scores()));
    expect(summary).toEqual({
      total: 10,
      max: 12,
      perCriterion: [
        { criterion: 'openQuestions', score: 2 },
        { criterion: 'noLeading', score: 2 },
        { criterion: 'asksExamples', score: 2 },
        { criterion: 'neutral', score: 1, note: 'Gaf één keer advies' },
        { criterion: 'coversFactors', score: 1 },
        { criterion: 'closesProperly', score: 2 },
      ],
      missingFactors: ['C-phy'],
      expectedCoversFactors: 1,
      consistent: true,
    });
  });

  it('gives the interviewer the scores and notes, and reveals the hidden answers to all three', async () => {
    const interviewer = ok(await a.as.coordinator.get(round()));
    expect(interviewer.scores).toMatchObject({
      summary: { total: 10 },
      notes: 'Goede open vragen; vraag vaker door.',
      factorsCovered: scores().factorsCovered,
    });
    expect(interviewer.scoredAt).not.toBeNull();
    expect(interviewer.checklist).toHaveLength(6);
    for (const client of [a.as.coordinator, b.as.member, a.as.member]) {
      const view = ok(await client.get(round()));
      expect(view.hiddenFactors.map((f: { reveals: string }) => f.reveals)).toEqual(hidden());
    }
    expect(ok(await b.as.member.get(round())).scores).toBeNull();
    expect(ok(await a.as.member.get(round())).scores.summary.total).toBe(10);
  });

  it('shows the trainers the summary only once the interviewer shares it, without the notes, and logs the read in the interviewer’s organisation', async () => {
    const unshared = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/roleplay`)).subgroups[0].rounds[0];
    expect([unshared.scored, unshared.summary]).toEqual([true, null]);
    expect(ok(await a.as.coordinator.put(round(roundId, '/share'), { sharedWithTrainers: true }))).toEqual({ id: roundId, sharedWithTrainers: true });
    const overview = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/roleplay`));
    const shared = overview.subgroups[0].rounds[0];
    expect([shared.summary.total, shared.summary.max, shared.summary.missingFactors]).toEqual([10, 12, ['C-phy']]);
    const text = JSON.stringify(overview);
    expect(text).not.toContain('Gaf één keer advies');
    expect(text).not.toContain('vraag vaker door');
    const log = JSON.stringify(ok(await a.as.admin.get('/api/audit?entity=cohort_share')));
    expect(log).toContain('cohort.roleplay.score');
    expect(log).toContain('cohort.roleplay.share');
    expect(log).toContain('trainer Opleider (Opleider)');
    expect(JSON.stringify(ok(await b.as.admin.get('/api/audit?entity=cohort_share')))).not.toContain('cohort.roleplay');
  });

  it('rotates the roles by round number; a round with an interviewer of Zorg B is Zorg B’s, with a persona of its sector', async () => {
    // Dealt over the organisations: coordinator A, member B, member A. Round 1 starts at the second.
    const started = ok(await b.as.member.post(start(group1), { round: 1 }), 201);
    expect([started.people.interviewer.userId, started.people.colleague.userId, started.people.observer.userId]).toEqual([
      b.userIds.member,
      a.userIds.member,
      a.userIds.coordinator,
    ]);
    const view = ok(await b.as.member.get(round(started.id)));
    expect([view.you, view.persona.sector, view.guide.source]).toEqual(['interviewer', 'hospital', 'defaults']);
    expect(JSON.stringify(ok(await b.as.admin.get('/api/audit?entity=cohort_share')))).toContain('cohort.roleplay.start');
  });

  it('answers 404 to everyone outside the round', async () => {
    const outside: [string, Client][] = [
      ['other subgroup', c.as.member],
      ['other cohort', d.as.member],
      ['other organisation', outsider.as.admin],
      ['admin of the interviewer’s organisation', a.as.admin],
      ['trainer', school.as.trainer],
    ];
    for (const [who, client] of outside) {
      expect((await client.get(round())).status, who).toBe(404);
      expect((await client.put(round(roundId, '/scores'), scores())).status, who).toBe(404);
      expect((await client.put(round(roundId, '/share'), { sharedWithTrainers: false })).status, who).toBe(404);
    }
    expect((await d.as.member.get(`/api/cohorts/${otherCohortId}/roleplay/${roundId}`)).status).toBe(404);
    expect((await c.as.member.post(start(group1), { round: 0 })).status).toBe(404);
    expect((await c.as.member.get(start(group1))).status).toBe(404);
    expect((await d.as.member.post(start(group1), { round: 0 })).status).toBe(404);
    expect((await outsider.as.admin.get(`/api/cohorts/${cohortId}/roleplay`)).status).toBe(404);
  });
});

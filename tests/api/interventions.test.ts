import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeWithTeam, startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** Step 4 over HTTP: the library, candidates from the diagnosis, dot voting, APEASE, the choice and the plan. */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
const P = () => `/api/programmes/${id}`;

const idea = (over: Record<string, unknown> = {}) => ({
  title: 'Tip van de week',
  description: '',
  functions: ['education'],
  factors: ['C-psy'],
  bcts: ['5.1'],
  barrierIds: [],
  ...over,
});
const rating = (values: Partial<Record<string, number | string | null>>) => ({
  affordability: null,
  practicability: null,
  effectiveness: null,
  acceptability: null,
  sideEffects: null,
  equity: null,
  note: '',
  ...values,
});
const listOf = async (who: keyof TestOrganisation['as'] = 'member') => (await org.as[who].get(`${P()}/interventions`)).body;
const candidateIn = async (candidateId: string, who: keyof TestOrganisation['as'] = 'member') =>
  (await listOf(who)).candidates.find((c: { id: string }) => c.id === candidateId);
const missing = async (key: string) => (await org.as.member.get(`${P()}/substeps/${key}`)).body.missing;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Keuze');
  other = await t.organisation('Zorggroep Elders');
  id = await programmeWithTeam(org, 'Phishing melden');
  await org.as.member.put(`${P()}/substeps/3.4/worksheet`, {
    baseVersion: 0,
    notes: '',
    fields: {
      summary: '',
      entries: [
        {
          id: 'b1',
          factor: 'O-phy',
          kind: 'barrier',
          description: 'Melden kost vijf klikken',
          evidence: '4 interviews',
          sources: ['interviews'],
          weight: 5,
          mustChange: 'Eén klik',
        },
      ],
    },
  });
});
afterAll(() => t?.close());

describe('the intervention library', () => {
  it('offers the built-in interventions in the reader’s language, tagged', async () => {
    const nl = (await org.as.viewer.get('/api/interventions/library')).body;
    expect(nl.interventions.length).toBeGreaterThanOrEqual(40);
    expect(nl.canEdit).toBe(false);
    const button = nl.interventions.find((i: { id: string }) => i.id === 'phishing-report-button');
    expect(button).toMatchObject({
      source: 'builtin',
      functions: expect.any(Array),
      factors: expect.any(Array),
      fits: expect.arrayContaining(['phishing-reporting']),
    });
    const en = (await org.as.viewer.clone({ locale: 'en' }).get('/api/interventions/library')).body;
    expect(en.interventions.find((i: { id: string }) => i.id === 'phishing-report-button').title).not.toBe(button.title);
  });

  it('keeps a team’s own interventions in its own organisation', async () => {
    const own = {
      title: 'Privacyquiz bij de koffie',
      description: 'Vijf vragen op het prikbord.',
      example: '',
      functions: ['education'],
      factors: ['C-psy'],
      fits: ['general'],
      effort: 'low',
      bcts: ['5.1'],
    };
    const created = await org.as.member.post('/api/interventions/library', own);
    expect(created.status).toBe(201);
    const titles = async (o: TestOrganisation) =>
      (await o.as.viewer.get('/api/interventions/library')).body.interventions.map((i: { title: string }) => i.title);
    expect(await titles(org)).toContain('Privacyquiz bij de koffie');
    expect(await titles(other)).not.toContain('Privacyquiz bij de koffie');
    expect((await other.as.admin.put(`/api/interventions/library/${created.body.id}`, own)).status).toBe(404);
    expect(
      (
        await other.as.admin.post(`/api/programmes/${await startProgramme(other.as.coordinator, 'Eigen')}/interventions/from-library`, {
          libraryId: created.body.id,
        })
      ).status,
    ).toBe(400);

    const renamed = await org.as.coordinator.put(`/api/interventions/library/${created.body.id}`, { ...own, title: 'Privacyquiz' });
    expect(renamed.body.title).toBe('Privacyquiz');
    const log = (await org.as.admin.get('/api/audit?entity=intervention')).body.entries.map((e: { action: string }) => e.action);
    expect(log).toEqual(expect.arrayContaining(['intervention.create', 'intervention.update']));
  });
});

describe.sequential('from diagnosis to a chosen, concrete intervention', () => {
  let button = '';
  let tip = '';

  it('copies a library intervention in, linked to a barrier of the diagnosis', async () => {
    expect(await missing('4.2')).toEqual([{ code: 'candidatesRequired' }]);
    const reply = await org.as.member.post(`${P()}/interventions/from-library`, { libraryId: 'phishing-report-button' });
    expect(reply.status).toBe(201);
    button = reply.body.id;
    const copy = await candidateIn(button);
    expect(copy).toMatchObject({ libraryId: 'phishing-report-button', shortlisted: false, decision: null, votes: 0 });
    expect(copy.functions).toContain('environmentalRestructuring');

    await org.as.member.put(`${P()}/interventions/${button}`, {
      title: copy.title,
      description: copy.description,
      functions: copy.functions,
      factors: copy.factors,
      bcts: copy.bcts,
      barrierIds: ['b1'],
    });
    expect((await candidateIn(button)).barrierIds).toEqual(['b1']);
    tip = (await org.as.coordinator.post(`${P()}/interventions`, idea())).body.id;
  });

  it('gives each member five dots, and no more even when they click at once', async () => {
    const extra = await Promise.all([1, 2, 3, 4, 5].map((n) => org.as.member.post(`${P()}/interventions`, idea({ title: `Idee ${n}` }))));
    const ids = [button, tip, ...extra.map((r) => r.body.id as string)];
    const votes = await Promise.all(ids.map((c) => org.as.member.put(`${P()}/interventions/${c}/vote`, { vote: true })));
    expect(votes.filter((r) => r.status === 200)).toHaveLength(5);
    expect(votes.filter((r) => r.status === 409).map((r) => r.body.error)).toEqual(['votesUsedUp', 'votesUsedUp']);
    expect((await listOf()).votesLeft).toBe(0);

    // Taking all dots back and placing them again is the same as placing them once.
    for (const c of ids) await org.as.member.put(`${P()}/interventions/${c}/vote`, { vote: false });
    await org.as.member.put(`${P()}/interventions/${button}/vote`, { vote: true });
    await org.as.member.put(`${P()}/interventions/${button}/vote`, { vote: true });
    await org.as.coordinator.put(`${P()}/interventions/${button}/vote`, { vote: true });
    const list = await listOf();
    expect(list.votesLeft).toBe(4);
    expect(list.candidates.find((c: { id: string }) => c.id === button)).toMatchObject({ votes: 2, myVote: true });
    for (const c of extra) await org.as.member.delete(`${P()}/interventions/${c.body.id}`);
    expect((await listOf('viewer')).votesLeft).toBe(0);
  });

  it('makes a shortlist, and 4.2 is complete', async () => {
    await org.as.member.put(`${P()}/interventions/${button}/shortlist`, { shortlisted: true });
    await org.as.member.put(`${P()}/interventions/${tip}/shortlist`, { shortlisted: true });
    expect(await missing('4.2')).toEqual([]);
    expect((await org.as.member.put(`${P()}/substeps/4.2/status`, { status: 'done' })).status).toBe(200);
  });

  it('combines each member’s APEASE ratings and shows where they disagree', async () => {
    await org.as.member.put(
      `${P()}/interventions/${button}/rating`,
      rating({ affordability: 4, practicability: 5, effectiveness: 2, acceptability: 4, sideEffects: 5, equity: 4 }),
    );
    await org.as.coordinator.put(
      `${P()}/interventions/${button}/rating`,
      rating({ affordability: 4, practicability: 4, effectiveness: 5, equity: 4, note: 'Werkt alleen met uitleg' }),
    );
    // Rating again replaces the member's own rating, it does not add one.
    await org.as.coordinator.put(
      `${P()}/interventions/${button}/rating`,
      rating({ affordability: 4, practicability: 4, effectiveness: 5, equity: 4, note: 'Werkt alleen met uitleg' }),
    );
    const c = await candidateIn(button, 'viewer');
    expect(c.ratings).toHaveLength(2);
    expect(c.myRating).toBeNull();
    expect(c.apease.criteria.find((x: { criterion: string }) => x.criterion === 'effectiveness')).toMatchObject({
      mean: 3.5,
      raters: 2,
      min: 2,
      max: 5,
      disagreement: true,
    });
    expect(c.apease.criteria.find((x: { criterion: string }) => x.criterion === 'acceptability')).toMatchObject({ mean: 4, raters: 1 });
    expect(c.apease.disagreements).toEqual(['effectiveness']);
    expect((await candidateIn(button, 'member')).myRating).toMatchObject({ effectiveness: 2, note: '' });
  });

  it('refuses "done" for 4.3 until a rated intervention is chosen and every shortlisted one decided', async () => {
    const refused = await org.as.member.put(`${P()}/substeps/4.3/status`, { status: 'done' });
    expect(refused.status).toBe(409);
    expect(refused.body.missing.map((m: { code: string }) => m.code)).toEqual(['choiceRequired', 'decisionOpen', 'decisionOpen']);

    await org.as.member.put(`${P()}/interventions/${button}/decision`, {
      decision: 'chosen',
      rationale: 'Eén klik lost de grootste barrière op; iedereen kan het.',
    });
    await org.as.member.put(`${P()}/interventions/${tip}/decision`, { decision: 'chosen', rationale: 'Goedkoop' });
    expect(await missing('4.3')).toEqual([{ code: 'ratingRequired', params: { title: 'Tip van de week' } }]);
    await org.as.member.put(`${P()}/interventions/${tip}/decision`, { decision: 'rejected', rationale: 'Eerst de knop, dan de tips' });
    expect(await missing('4.3')).toEqual([]);
    expect((await org.as.member.put(`${P()}/substeps/4.3/status`, { status: 'done' })).status).toBe(200);
  });

  it('lists the techniques the chosen interventions use', async () => {
    const { techniques, candidates } = await listOf('viewer');
    const chosen = candidates.find((c: { id: string }) => c.id === button);
    expect(techniques.map((x: { bct: string }) => x.bct)).toEqual(
      chosen.bcts.slice().sort((a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })),
    );
    expect(techniques.every((x: { by: string[] }) => x.by.length === 1 && x.by[0] === button)).toBe(true);
  });

  it('makes the chosen intervention concrete, with the indicators for step 6', async () => {
    expect(await missing('4.4')).toHaveLength(5);
    const plan = {
      what: 'Een knop "Phishing melden" in Outlook die de mail doorstuurt naar de servicedesk.',
      forWhom: 'Alle medewerkers met een e-mailaccount',
      byWhom: 'ICT (functioneel beheer), met communicatie',
      start: '2027-02-01',
      end: '2027-03-15',
      materials: 'Knop, intranetbericht, screensaver',
      measurement: 'Meldpercentage bij de oefenmail in maart, vergeleken met de nulmeting',
      indicators: ['phishingReportRate', 'phishingClickRate'],
    };
    expect((await org.as.member.put(`${P()}/interventions/${tip}/plan`, plan)).status).toBe(409);
    expect((await org.as.member.put(`${P()}/interventions/${button}/plan`, plan)).status).toBe(200);
    expect((await candidateIn(button, 'viewer')).plan).toEqual(plan);
    expect(await missing('4.4')).toEqual([]);

    // Reopening the choice drops the plan with it: a plan belongs to a chosen intervention.
    expect((await org.as.member.put(`${P()}/substeps/4.4/status`, { status: 'done' })).status).toBe(200);
    await org.as.member.put(`${P()}/interventions/${button}/decision`, { decision: null, rationale: '' });
    expect((await candidateIn(button)).plan).toBeNull();
    // "Done" keeps meaning done: the sub-steps this undoes go back to "in progress".
    const [s43, s44] = [(await org.as.member.get(`${P()}/substeps/4.3`)).body, (await org.as.member.get(`${P()}/substeps/4.4`)).body];
    expect(s43.missing.map((m: { code: string }) => m.code)).toContain('choiceRequired');
    expect([s43.status, s44.status]).toEqual(['in_progress', 'in_progress']);
    expect((await org.as.member.get(`${P()}/substeps/4.2`)).body.status).toBe('done');
  });

  it('logs every change to a candidate', async () => {
    const entries = (await org.as.admin.get(`/api/audit?entity=intervention_candidate&limit=200`)).body.entries;
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    for (const a of [
      'candidate.create',
      'candidate.update',
      'candidate.delete',
      'candidate.vote',
      'candidate.unvote',
      'candidate.shortlist',
      'candidate.rate',
      'candidate.decide',
      'candidate.plan',
    ]) {
      expect(actions, a).toContain(a);
    }
    const decided = entries.find((e: { action: string; after: { decision?: string } }) => e.action === 'candidate.decide' && e.after.decision === 'rejected');
    expect(decided.before).toEqual({ decision: 'chosen', rationale: 'Goedkoop' });
  });

  it('is closed to another organisation', async () => {
    expect((await other.as.admin.get(`${P()}/interventions`)).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/interventions/${button}/vote`, { vote: true })).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/interventions/${button}/rating`, rating({ equity: 1 }))).status).toBe(404);
    expect((await candidateIn(button)).ratings).toHaveLength(2);
  });
});

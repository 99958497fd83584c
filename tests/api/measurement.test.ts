import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDay } from '#server/day.js';
import { chosenIntervention, kpiInput, ok, openSurvey, programmeWithTeam, startProgramme } from '../fixtures.js';
import { Client, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Step 6.1 over HTTP: KPIs with a baseline, a target and measurements; the survey-score KPI fed by
 * the programme's closed surveys; and the effect measurement, a follow-up survey compared with its
 * baseline per COM-B factor, which shows nothing of a group below the organisation's minimum.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let anonymous: Client;
let id: string;
let chosen: string;
let idea: string;
const P = () => `/api/programmes/${id}`;
const today = amsterdamDay();

const definition = {
  behaviour: 'verdachte mail melden',
  intro: { nl: 'Vijf minuten over phishing.', en: '' },
  scale: 5,
  items: [
    { id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet hoe ik een verdachte mail meld.', en: '' }, bankId: null },
    { id: 'i2', factor: 'O-phy', text: { nl: 'De meldknop staat binnen handbereik.', en: '' }, bankId: null },
  ],
  groups: [],
};

/** Answers a survey anonymously, as staff do through the link: one response per pair of answers. */
async function answer(slug: string, answers: [number, number][]) {
  for (const [i1, i2] of answers) expect((await anonymous.post(`/api/public/surveys/${slug}/responses`, { answers: { i1, i2 } })).status).toBe(201);
}
async function closedSurvey(answers: [number, number][]) {
  const survey = await openSurvey(org.as.member, id, { title: 'Phishing melden', definition });
  await answer(survey.publicSlug, answers);
  expect((await org.as.member.post(`${P()}/surveys/${survey.id}/close`, {})).status).toBe(200);
  return survey.id;
}
const list = async (client = org.as.viewer) => (await client.get(`${P()}/kpis`)).body;
/** A closed survey's released factor score: the true mean plus its privacy noise (docs/anonymity.md). */
const released = async (surveyId: string, factor: string) =>
  (await org.as.viewer.get(`${P()}/surveys/${surveyId}/results`)).body.overall.factors.find((f: { factor: string }) => f.factor === factor) as {
    mean: number;
    noiseSd: number;
  };
/** Every answer pattern four times: enough answers that the noise cannot turn a clear change into none. */
const times4 = (answers: [number, number][]) => [...answers, ...answers, ...answers, ...answers];
const kpiIn = async (kpiId: string) => (await list()).kpis.find((k: { id: string }) => k.id === kpiId);

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Meten');
  other = await t.organisation('Zorggroep Elders');
  anonymous = t.client();
  id = await programmeWithTeam(org, 'Phishing melden');
  chosen = await chosenIntervention(org.as.member, id, 'phishing-report-button');
  await org.as.member.put(`${P()}/interventions/${chosen}/plan`, {
    what: 'Meldknop in Outlook',
    forWhom: 'Iedereen',
    byWhom: 'ICT',
    start: null,
    end: null,
    materials: '',
    measurement: '',
    indicators: ['phishingReportRate', 'surveyFactorScore'],
  });
  idea = ok(await org.as.member.post(`${P()}/interventions/from-library`, { libraryId: 'phishing-practice-app' }), 201).id;
});
afterAll(() => t?.close());

describe.sequential('KPIs', () => {
  it('suggests the indicators the plans of chosen interventions name', async () => {
    const empty = await list();
    expect(empty.kpis).toEqual([]);
    expect(empty.suggestions).toEqual([
      { indicator: 'surveyFactorScore', candidates: [{ id: chosen, title: expect.any(String) }] },
      { indicator: 'phishingReportRate', candidates: [{ id: chosen, title: expect.any(String) }] },
    ]);
  });

  it('adds a KPI for a chosen intervention, follows its measurements and no longer suggests its indicator', async () => {
    const created = await org.as.member.post(`${P()}/kpis`, kpiInput({ candidateId: chosen }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), ...kpiInput({ candidateId: chosen }) });
    const kpiId = created.body.id;
    expect(await kpiIn(kpiId)).toMatchObject({ measurements: [], progress: { status: 'noData', latest: null }, missing: [] });
    expect((await list()).suggestions.map((s: { indicator: string }) => s.indicator)).toEqual(['surveyFactorScore']);

    const first = await org.as.member.post(`${P()}/kpis/${kpiId}/measurements`, { date: '2027-03-01', value: 35, note: 'Na de eerste oefenmail' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: expect.any(String), kpiId, date: '2027-03-01', value: 35 });
    const second = (await org.as.member.post(`${P()}/kpis/${kpiId}/measurements`, { date: '2027-02-01', value: 25, note: '' })).body;
    const shown = await kpiIn(kpiId);
    expect(shown.measurements.map((m: { date: string; source: string }) => [m.date, m.source])).toEqual([
      ['2027-02-01', 'team'],
      ['2027-03-01', 'team'],
    ]);
    expect(shown.progress).toMatchObject({ status: 'onTrack', change: 15, share: 0.375, latest: { value: 35 } });

    const changed = await org.as.member.put(`${P()}/kpis/${kpiId}`, kpiInput({ candidateId: chosen, target: 30 }));
    expect(changed.status).toBe(200);
    expect((await kpiIn(kpiId)).progress.status).toBe('reached');

    expect((await org.as.member.delete(`${P()}/kpis/${kpiId}/measurements/${first.body.id}`)).status).toBe(204);
    expect((await org.as.member.delete(`${P()}/kpis/${kpiId}/measurements/${first.body.id}`)).status).toBe(404);
    expect((await kpiIn(kpiId)).measurements.map((m: { id: string }) => m.id)).toEqual([second.id]);
  });

  it('says what a KPI still lacks, and shows no target status without one', async () => {
    const loose = (
      await org.as.member.post(
        `${P()}/kpis`,
        kpiInput({ name: 'Vergrendelde schermen', indicator: null, measures: 'behaviour', baseline: null, target: null, targetDate: null }),
      )
    ).body;
    await org.as.member.post(`${P()}/kpis/${loose.id}/measurements`, { date: today, value: 12, note: '' });
    expect(await kpiIn(loose.id)).toMatchObject({
      progress: { status: 'noTarget' },
      missing: [
        { code: 'fieldRequired', field: 'baseline' },
        { code: 'fieldRequired', field: 'target' },
        { code: 'fieldRequired', field: 'targetDate' },
      ],
    });
  });

  it('refuses a target in the wrong direction in the user’s language, naming the field, and writes nothing', async () => {
    const before = await t.snapshot();
    const dutch = await org.as.member.post(`${P()}/kpis`, kpiInput({ direction: 'decrease' }));
    expect([dutch.status, dutch.body.error]).toEqual([400, 'validation']);
    expect(dutch.body.fields).toEqual([{ field: 'target', message: expect.stringContaining('De streefwaarde moet de goede kant op liggen') }]);
    const english = await org.as.member.clone({ locale: 'en' }).post(`${P()}/kpis`, kpiInput({ target: 10 }));
    expect(english.body.fields).toEqual([{ field: 'target', message: expect.stringContaining('The target must lie in the right direction') }]);
    expect(await t.snapshot()).toEqual(before);
  });

  it('asks a survey-score KPI for its factor, refuses one elsewhere, and refuses an intervention the team did not choose', async () => {
    const noFactor = await org.as.member.post(`${P()}/kpis`, kpiInput({ indicator: 'surveyFactorScore', baseline: 2.5, target: 3.5 }));
    expect([noFactor.status, noFactor.body.fields]).toEqual([400, [{ field: 'factor', message: 'Kies de COM-B-factor waarvan je de score volgt.' }]]);
    const stray = await org.as.member.clone({ locale: 'en' }).post(`${P()}/kpis`, kpiInput({ factor: 'C-psy' }));
    expect(stray.body.fields).toEqual([{ field: 'factor', message: 'Only a KPI with the survey score follows a COM-B factor. Leave the factor empty.' }]);
    const notChosen = await org.as.member.post(`${P()}/kpis`, kpiInput({ candidateId: idea }));
    expect([notChosen.status, notChosen.body.error, notChosen.body.fields[0].field]).toEqual([400, 'kpiCandidateUnknown', 'candidateId']);
  });
});

describe.sequential('the survey-score KPI', () => {
  it('gets a point from each closed survey that enough answered, on the day it closed, marked as from Wegwijs', async () => {
    // C-psy: three answered 2, three 3 → 2.5. Four answers are below the minimum of five: no point.
    const big = await closedSurvey([
      [2, 4],
      [2, 4],
      [2, 4],
      [3, 4],
      [3, 4],
      [3, 4],
    ]);
    await closedSurvey([
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
    ]);
    const created = (
      await org.as.member.post(
        `${P()}/kpis`,
        kpiInput({ name: 'Weten hoe te melden', indicator: 'surveyFactorScore', factor: 'C-psy', unit: 'score 1–5', baseline: 2.5, target: 3.5 }),
      )
    ).body;
    await org.as.member.post(`${P()}/kpis/${created.id}/measurements`, { date: '2020-01-01', value: 2.2, note: 'Eerdere enquête buiten Wegwijs' });
    const shown = await kpiIn(created.id);
    // The KPI shows the survey's released score, the same figure as its results page.
    const score = await released(big, 'C-psy');
    expect(Math.abs(score.mean - 2.5)).toBeLessThan(4 * score.noiseSd);
    expect(shown.measurements).toEqual([
      { id: expect.any(String), date: '2020-01-01', value: 2.2, note: 'Eerdere enquête buiten Wegwijs', source: 'team', surveyId: null },
      { id: null, date: today, value: score.mean, note: 'Phishing melden', source: 'survey', surveyId: big },
    ]);
    expect(shown.progress.change).toBeCloseTo(score.mean - 2.5, 6);
    const other = (
      await org.as.member.post(
        `${P()}/kpis`,
        kpiInput({ name: 'Gelegenheid', indicator: 'surveyFactorScore', factor: 'M-aut', unit: 'score', baseline: 2, target: 3 }),
      )
    ).body;
    expect((await kpiIn(other.id)).measurements).toEqual([]);
  });
});

let baseline: string;

describe.sequential('the effect measurement', () => {
  it('makes a follow-up only of a closed survey, copying its questions', async () => {
    const open = await openSurvey(org.as.member, id, { title: 'Nog open', definition });
    const refused = await org.as.member.post(`${P()}/surveys/${open.id}/follow-up`, {});
    expect([refused.status, refused.body.error]).toEqual([409, 'baselineNotClosed']);
    expect((await org.as.viewer.post(`${P()}/surveys/${open.id}/follow-up`, {})).status).toBe(403);

    // Before: C-psy 2 or 3, O-phy 3 or 4, on 10 responses.
    baseline = await closedSurvey(
      times4([
        [2, 3],
        [2, 4],
        [3, 3],
        [3, 4],
        [2, 3],
        [3, 4],
        [2, 3],
        [3, 4],
        [2, 4],
        [3, 3],
      ]),
    );
    const followUp = await org.as.member.post(`${P()}/surveys/${baseline}/follow-up`, {});
    expect(followUp.status).toBe(201);
    expect(followUp.body).toMatchObject({ status: 'draft', title: 'Phishing melden (herhaalmeting)', baselineSurveyId: baseline, definition, responses: 0 });
    const english = await org.as.member.clone({ locale: 'en' }).post(`${P()}/surveys/${baseline}/follow-up`, {});
    expect(english.body.title).toBe('Phishing melden (repeat)');
    expect(followUp.body.publicSlug).not.toBe(english.body.publicSlug);
    await org.as.member.delete(`${P()}/surveys/${english.body.id}`);

    const listed = (await org.as.viewer.get(`${P()}/effect`)).body;
    expect(listed).toEqual({
      minGroupSize: 5,
      followUps: [
        {
          id: followUp.body.id,
          title: 'Phishing melden (herhaalmeting)',
          status: 'draft',
          responses: 0,
          baseline: { id: baseline, title: 'Phishing melden', responses: 40 },
          minGroupSize: 5,
          comparisons: null,
        },
      ],
    });
  });

  it('shows only the counts while the follow-up is open, and the comparison per factor once it is closed', async () => {
    const followUp = (await org.as.viewer.get(`${P()}/effect`)).body.followUps[0];
    await org.as.member.post(`${P()}/surveys/${followUp.id}/open`, {});
    const slug = (await org.as.member.get(`${P()}/surveys/${followUp.id}`)).body.publicSlug;
    // After: C-psy 4 or 5 (clearly up), O-phy still 3 or 4.
    await answer(
      slug,
      times4([
        [4, 3],
        [5, 4],
        [4, 3],
        [5, 4],
        [4, 3],
        [5, 4],
        [4, 3],
        [5, 4],
        [4, 4],
        [5, 3],
      ]),
    );
    const open = (await org.as.viewer.get(`${P()}/effect`)).body.followUps[0];
    // While open only the coarse count of earlier days: all 40 came in today.
    expect(open).toMatchObject({ status: 'open', responses: 0, comparisons: null });

    await org.as.member.post(`${P()}/surveys/${followUp.id}/close`, {});
    const [cpsy, ophy] = (await org.as.viewer.get(`${P()}/effect`)).body.followUps[0].comparisons;
    // The comparison uses the released scores (true means 2.5 → 4.5 and 3.5 → 3.5, plus noise).
    expect(cpsy).toMatchObject({
      factor: 'C-psy',
      before: (await released(baseline, 'C-psy')).mean,
      after: (await released(followUp.id, 'C-psy')).mean,
      verdict: 'improved',
    });
    expect(Math.abs(cpsy.difference - 2)).toBeLessThan(0.6);
    expect(cpsy.ci[0]).toBeGreaterThan(0);
    expect(ophy).toMatchObject({ factor: 'O-phy', before: (await released(baseline, 'O-phy')).mean });
    expect(Math.abs(ophy.difference)).toBeLessThan(0.6);
    expect(ophy.verdict).not.toBe('improved');
  });

  it('says too small, without any figure, when a group is below the organisation’s minimum', async () => {
    const followUp = (await org.as.member.post(`${P()}/surveys/${baseline}/follow-up`, {})).body;
    await org.as.member.post(`${P()}/surveys/${followUp.id}/open`, {});
    await answer(followUp.publicSlug, [
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    await org.as.member.post(`${P()}/surveys/${followUp.id}/close`, {});
    const small = (await org.as.viewer.get(`${P()}/effect`)).body.followUps.find((f: { id: string }) => f.id === followUp.id);
    expect(small).toEqual({
      id: followUp.id,
      title: 'Phishing melden (herhaalmeting)',
      status: 'closed',
      responses: 3,
      baseline: { id: baseline, title: 'Phishing melden', responses: 40 },
      minGroupSize: 5,
      comparisons: [
        { factor: 'C-psy', before: null, after: null, difference: null, ci: null, verdict: 'tooSmall' },
        { factor: 'O-phy', before: null, after: null, difference: null, ci: null, verdict: 'tooSmall' },
      ],
    });
  });
});

describe.sequential('the measurement worksheet (Werkblad effectmeting)', () => {
  const plan = (over: Record<string, unknown> = {}) => ({
    outcomeKpiId: null,
    method: 'registrations',
    methodDetail: 'Het aandeel gemelde oefenmails per maand, uit de rapportage van de meldknop.',
    selfReportReason: '',
    design: 'beforeAfter',
    groups: '',
    population: 'Alle medewerkers met een mailaccount',
    baselinePlannedOn: '2027-01-10',
    followUpPlannedOn: '2027-06-10',
    deviations: [],
    decision: null,
    decisionReason: '',
    ...over,
  });

  it('starts empty with a reminder to plan the 0-meting, and says what is missing', async () => {
    const fresh = await startProgramme(org.as.coordinator, 'Nog niets gemeten');
    const reply = await org.as.viewer.get(`/api/programmes/${fresh}/measurement-plan`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ saved: false, reminder: 'baselineNotPlanned', track: { baselineDone: false, followUp: null }, suggestion: null });
    expect(reply.body.missing.map((m: { field: string }) => m.field)).toEqual([
      'method',
      'methodDetail',
      'design',
      'population',
      'outcomeKpiId',
      'baselinePlannedOn',
      'followUpPlannedOn',
    ]);
  });

  it('follows the behaviour through its KPI: 0-meting, streefwaarde, 1-meting, and suggests what to decide, which the team decides', async () => {
    const outcome = (await org.as.member.post(`${P()}/kpis`, kpiInput({ name: 'Oefenphishing gemeld', baseline: 20, baselineDate: '2027-01-10', target: 60 })))
      .body.id;
    const determinant = (
      await org.as.member.post(
        `${P()}/kpis`,
        kpiInput({ name: 'Weten hoe je meldt', indicator: 'surveyFactorScore', factor: 'C-psy', unit: 'score', baseline: 2, target: 4 }),
      )
    ).body.id;
    const own = (await org.as.member.post(`${P()}/kpis`, kpiInput({ name: 'Eigen kennistoets', indicator: null, measures: 'determinant', unit: '%' }))).body.id;
    const unsaid = await org.as.member.post(`${P()}/kpis`, kpiInput({ name: 'Zonder soort', indicator: null }));
    expect([unsaid.status, unsaid.body.fields[0].field]).toEqual([400, 'measures']);

    const kpis = (await list()).kpis as { id: string; kind: string }[];
    expect([outcome, determinant, own].map((k) => kpis.find((x) => x.id === k)!.kind)).toEqual(['behaviour', 'determinant', 'determinant']);

    const notBehaviour = await org.as.member.clone({ locale: 'en' }).put(`${P()}/measurement-plan`, plan({ outcomeKpiId: determinant }));
    expect([notBehaviour.status, notBehaviour.body.error, notBehaviour.body.fields[0].field]).toEqual([400, 'measurementKpiNotBehaviour', 'outcomeKpiId']);
    expect(notBehaviour.body.message).toMatch(/^The effect measurement follows the behaviour itself/);
    expect((await org.as.member.put(`${P()}/measurement-plan`, plan({ outcomeKpiId: own }))).body.error).toBe('measurementKpiNotBehaviour');
    const tooEarly = await org.as.member.put(`${P()}/measurement-plan`, plan({ outcomeKpiId: outcome, decision: 'anchor' }));
    expect([tooEarly.status, tooEarly.body.error]).toEqual([400, 'measurementDecisionTooEarly']);

    const saved = await org.as.member.put(`${P()}/measurement-plan`, plan({ outcomeKpiId: outcome }));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      saved: true,
      missing: [],
      reminder: null,
      track: { baselineDone: true, followUp: null },
      suggestion: null,
      outcome: { id: outcome, indicator: 'phishingReportRate' },
    });
    expect(saved.body.behaviourKpis.map((k: { id: string }) => k.id)).toContain(outcome);
    expect(saved.body.behaviourKpis.map((k: { id: string }) => k.id)).not.toContain(determinant);

    // A measurement on the baseline's day is the baseline itself; one before the planned 1-meting is
    // an interim measurement, not the 1-meting; the first on or after the planned day is.
    await org.as.member.post(`${P()}/kpis/${outcome}/measurements`, { date: '2027-01-10', value: 21, note: '' });
    await org.as.member.post(`${P()}/kpis/${outcome}/measurements`, { date: '2027-03-10', value: 30, note: '' });
    expect((await org.as.viewer.get(`${P()}/measurement-plan`)).body.track).toEqual({ baselineDone: true, followUp: null, interim: 1 });
    const interimOnly = await org.as.member.put(`${P()}/measurement-plan`, plan({ outcomeKpiId: outcome, decision: 'anchor', decisionReason: 'Te vroeg' }));
    expect(interimOnly.body.error).toBe('measurementDecisionTooEarly');
    await org.as.member.post(`${P()}/kpis/${outcome}/measurements`, { date: '2027-06-10', value: 45, note: '' });
    await org.as.member.post(`${P()}/kpis/${outcome}/measurements`, { date: '2027-07-10', value: 70, note: '' });
    const after = (await org.as.viewer.get(`${P()}/measurement-plan`)).body;
    expect(after.track.followUp).toEqual({ date: '2027-06-10', value: 45, note: '', id: expect.any(String), source: 'team', surveyId: null });
    expect(after.suggestion).toEqual({ decision: 'strengthen', reason: 'improvedNotReached', baseline: 20, followUp: 45, target: 60 });

    const decided = await org.as.member.put(
      `${P()}/measurement-plan`,
      plan({
        outcomeKpiId: outcome,
        decision: 'anchor',
        decisionReason: 'De meldknop werkt; we borgen hem en versterken de uitleg.',
        deviations: [{ id: 'd1', date: '2027-03-01', description: 'In maart geen oefenmail verstuurd (storing).' }],
      }),
    );
    expect(decided.status).toBe(200);
    expect(decided.body.plan).toMatchObject({ decision: 'anchor', deviations: [{ id: 'd1' }] });
    expect(decided.body.suggestion.decision).toBe('strengthen');
    const logged = (await org.as.admin.get('/api/audit?limit=50')).body.entries.filter((e: { action: string }) => e.action === 'measurement_plan.update');
    expect(logged.length).toBeGreaterThanOrEqual(2);
  });

  describe('after the 0-meting: the figures it fixes, and the deviations Wegwijs records', () => {
    const behaviour = kpiInput({ name: 'Oefenphishing gemeld', baseline: 20, baselineDate: '2026-11-02', target: 60 });
    const recordedId = expect.stringMatching(/^auto-[0-9a-f]{32}$/);
    /** A programme whose worksheet counts the behaviour with a KPI whose 0-meting is taken, beside another behaviour KPI. */
    async function taken(title: string, outcomeKpi: Record<string, unknown> = behaviour) {
      const fresh = await programmeWithTeam(org, title);
      const kpis = `/api/programmes/${fresh}/kpis`;
      const outcome = (await org.as.member.post(kpis, outcomeKpi)).body.id as string;
      const other = (await org.as.member.post(kpis, kpiInput({ name: 'Ander gedrag', baseline: 10, baselineDate: '2026-11-02', target: 30 }))).body
        .id as string;
      const worksheet = `/api/programmes/${fresh}/measurement-plan`;
      expect((await org.as.member.put(worksheet, plan({ outcomeKpiId: outcome }))).status).toBe(200);
      const deviations = async () => (await org.as.viewer.get(worksheet)).body.plan.deviations as { id: string; date: string; description: string }[];
      return { kpis, outcome, other, worksheet, deviations };
    }

    it('lets the streefwaarde move only with a reason, kept as a deviation; other changes and other KPIs move freely', async () => {
      const { kpis, outcome, other, worksheet, deviations } = await taken('Streefwaarde vast');
      const before = await t.snapshot();
      const silent = await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40 });
      expect([silent.status, silent.body.error, silent.body.fields[0].field]).toEqual([400, 'targetChangeReasonRequired', 'targetChangeReason']);
      expect(await t.snapshot()).toEqual(before);

      const explained = await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40, targetChangeReason: 'De 0-meting lag lager dan gedacht.' });
      expect(explained.status).toBe(200);
      expect(await deviations()).toEqual([
        { id: recordedId, date: today, description: 'Streefwaarde veranderd van 60 naar 40 na de 0-meting. Reden: De 0-meting lag lager dan gedacht.' },
      ]);
      expect((await org.as.viewer.get(worksheet)).body.outcome.target).toBe(40);

      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40, notes: 'Uit de meldknop' })).status).toBe(200);
      expect(
        (await org.as.member.put(`${kpis}/${other}`, kpiInput({ name: 'Ander gedrag', baseline: 10, baselineDate: '2026-11-02', target: 50 }))).status,
      ).toBe(200);
      expect(await deviations()).toHaveLength(1);
    });

    it('takes a first streefwaarde set after the 0-meting as no change', async () => {
      const { kpis, outcome, deviations } = await taken('Streefwaarde later', { ...behaviour, target: null });
      expect((await org.as.member.put(`${kpis}/${outcome}`, behaviour)).status).toBe(200);
      expect(await deviations()).toEqual([]);
    });

    it('asks why the 0-meting or its day moves after the fact, and records what moved from and to', async () => {
      const { kpis, outcome, deviations } = await taken('0-meting vast');
      for (const moved of [{ baseline: 25 }, { baselineDate: '2026-11-09' }]) {
        const silent = await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, ...moved });
        expect([silent.status, silent.body.error, silent.body.fields[0].field]).toEqual([400, 'targetChangeReasonRequired', 'targetChangeReason']);
      }
      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, baseline: 25, targetChangeReason: 'Telfout in november.' })).status).toBe(200);
      expect(
        (
          await org.as.member.put(`${kpis}/${outcome}`, {
            ...behaviour,
            baseline: 25,
            baselineDate: '2026-11-09',
            targetChangeReason: 'Een week later geteld.',
          })
        ).status,
      ).toBe(200);
      expect((await deviations()).map((d) => d.description)).toEqual([
        '0-meting veranderd van 20 naar 25 na de 0-meting. Reden: Telfout in november.',
        'Datum van de 0-meting veranderd van 2 november 2026 naar 9 november 2026 na de 0-meting. Reden: Een week later geteld.',
      ]);
    });

    it('asks why the 0-meting is cleared, so clearing, changing and restoring it leaves a trace', async () => {
      const { kpis, outcome, deviations } = await taken('0-meting gewist');
      const cleared = { ...behaviour, baseline: null, baselineDate: null };
      expect((await org.as.member.put(`${kpis}/${outcome}`, cleared)).body.error).toBe('targetChangeReasonRequired');
      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...cleared, targetChangeReason: 'Opnieuw meten.' })).status).toBe(200);
      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...cleared, target: 40 })).status).toBe(200);
      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40 })).status).toBe(200);
      expect((await deviations()).map((d) => d.description)).toEqual([
        '0-meting veranderd van 20 naar — en datum van de 0-meting veranderd van 2 november 2026 naar — na de 0-meting. Reden: Opnieuw meten.',
      ]);
    });

    it('records a switch of the worksheet’s KPI with both KPIs’ figures, so switching away and back shows what moved', async () => {
      const { kpis, outcome, other, worksheet, deviations } = await taken('KPI gewisseld');
      const away = await org.as.member.put(worksheet, plan({ outcomeKpiId: other }));
      expect(away.status).toBe(200);
      expect((await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40 })).status).toBe(200);
      const back = await org.as.member.put(worksheet, plan({ outcomeKpiId: outcome }));
      expect(back.body.plan.deviations).toEqual([
        {
          id: recordedId,
          date: today,
          description:
            'KPI die het gedrag telt veranderd van Oefenphishing gemeld (0-meting 20, datum van de 0-meting 2 november 2026, streefwaarde 60) naar Ander gedrag (0-meting 10, datum van de 0-meting 2 november 2026, streefwaarde 30) na de 0-meting.',
        },
        {
          id: recordedId,
          date: today,
          description:
            'KPI die het gedrag telt veranderd van Ander gedrag (0-meting 10, datum van de 0-meting 2 november 2026, streefwaarde 30) naar Oefenphishing gemeld (0-meting 20, datum van de 0-meting 2 november 2026, streefwaarde 40) na de 0-meting.',
        },
      ]);
      // Saving the worksheet again without a switch records nothing more.
      expect((await org.as.member.put(worksheet, plan({ outcomeKpiId: outcome, deviations: await deviations() }))).body.plan.deviations).toHaveLength(2);
    });

    it('refuses to delete the KPI the worksheet counts the behaviour with, naming the field', async () => {
      const { kpis, outcome } = await taken('KPI blijft');
      const before = await t.snapshot();
      const refused = await org.as.member.delete(`${kpis}/${outcome}`);
      expect([refused.status, refused.body.error, refused.body.fields[0].field]).toEqual([409, 'measurementOutcomeKpiInUse', 'outcomeKpiId']);
      expect(refused.body.message).toBe('Het werkblad effectmeting telt het gedrag met deze KPI. Kies daar eerst een andere KPI.');
      expect(await t.snapshot()).toEqual(before);
    });

    it('keeps a recorded deviation when the worksheet is saved without it, changed, or with one made up', async () => {
      const { kpis, outcome, worksheet, deviations } = await taken('Afwijking blijft');
      await org.as.member.put(`${kpis}/${outcome}`, { ...behaviour, target: 40, targetChangeReason: 'De 0-meting lag lager dan gedacht.' });
      const [recorded] = await deviations();
      const own = { id: 'd1', date: '2027-03-01', description: 'In maart geen oefenmail verstuurd.' };
      // A stale tab that never saw it.
      const stale = await org.as.member.put(worksheet, plan({ outcomeKpiId: outcome, deviations: [own] }));
      expect([stale.status, stale.body.plan.deviations]).toEqual([200, [own, recorded]]);
      const edited = await org.as.member.put(
        worksheet,
        plan({
          outcomeKpiId: outcome,
          deviations: [own, { ...recorded, description: 'Niets veranderd.' }, { id: 'auto-verzonnen', date: today, description: 'Verzonnen.' }],
        }),
      );
      expect(edited.body.plan.deviations).toEqual([own, recorded]);
      // The team's own deviation stays the team's to remove.
      expect((await org.as.member.put(worksheet, plan({ outcomeKpiId: outcome, deviations: [] }))).body.plan.deviations).toEqual([recorded]);
    });
  });

  it('refuses a 1-meting planned before the 0-meting and an incomplete deviation, naming the field, and writes nothing', async () => {
    const before = await t.snapshot();
    const backwards = await org.as.member.put(`${P()}/measurement-plan`, plan({ followUpPlannedOn: '2027-01-01' }));
    expect([backwards.status, backwards.body.fields[0].field]).toEqual([400, 'followUpPlannedOn']);
    expect(backwards.body.fields[0].message).toBe('De 1-meting komt na de 0-meting. Kies een latere dag.');
    const deviation = await org.as.member.put(`${P()}/measurement-plan`, plan({ deviations: [{ id: 'd1', date: '2027-03-01', description: '' }] }));
    expect([deviation.status, deviation.body.fields[0].field]).toEqual([400, 'deviations.0.description']);
    const method = await org.as.member.put(`${P()}/measurement-plan`, plan({ method: 'gevoel' }));
    expect([method.status, method.body.fields[0].field]).toEqual([400, 'method']);
    expect(await t.snapshot()).toEqual(before);
  });

  it('asks why when the team falls back on self-report, and what the groups are in a group design', async () => {
    const fresh = await programmeWithTeam(org, 'Zelfrapportage');
    const reply = await org.as.member.put(`/api/programmes/${fresh}/measurement-plan`, plan({ method: 'selfReport', design: 'groups' }));
    expect(reply.status).toBe(200);
    expect(reply.body.missing.map((m: { field: string }) => m.field)).toEqual(['selfReportReason', 'groups', 'outcomeKpiId']);
    expect(reply.body.reminder).toBe('baselineNotDone');
  });

  it('is read by viewers, changed only by the team, and closed to another organisation', async () => {
    expect((await org.as.viewer.put(`${P()}/measurement-plan`, plan())).status).toBe(403);
    expect((await other.as.admin.get(`${P()}/measurement-plan`)).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/measurement-plan`, plan())).status).toBe(404);
  });
});

describe.sequential('access and the audit log', () => {
  it('logs every change to KPIs, measurements and follow-ups', async () => {
    const log = (await org.as.admin.get('/api/audit?limit=200')).body.entries as { action: string; entity: string; after: Record<string, unknown> | null }[];
    const actions = new Set(log.filter((e) => e.entity === 'kpi' || e.entity === 'kpi_measurement').map((e) => e.action));
    expect(actions).toEqual(new Set(['kpi.create', 'kpi.update', 'kpi.measurement.create', 'kpi.measurement.delete']));
    expect(log.some((e) => e.action === 'survey.create' && e.after?.baselineSurveyId)).toBe(true);
    const gone = (await org.as.member.post(`${P()}/kpis`, kpiInput({ name: 'Weg ermee' }))).body;
    expect((await org.as.member.delete(`${P()}/kpis/${gone.id}`)).status).toBe(204);
    const deleted = (await org.as.admin.get('/api/audit?entity=kpi&limit=200')).body.entries.find((e: { action: string }) => e.action === 'kpi.delete');
    expect(deleted).toMatchObject({ entityId: gone.id, before: { name: 'Weg ermee' } });
  });

  it('lets a viewer read but not change anything', async () => {
    const first = (await list()).kpis[0];
    expect((await org.as.viewer.get(`${P()}/effect`)).status).toBe(200);
    const before = await t.snapshot();
    for (const reply of [
      await org.as.viewer.post(`${P()}/kpis`, kpiInput()),
      await org.as.viewer.put(`${P()}/kpis/${first.id}`, kpiInput()),
      await org.as.viewer.delete(`${P()}/kpis/${first.id}`),
      await org.as.viewer.post(`${P()}/kpis/${first.id}/measurements`, { date: today, value: 1, note: '' }),
      await org.as.viewer.delete(`${P()}/kpis/${first.id}/measurements/${first.measurements[0].id}`),
    ])
      expect(reply.status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });

  it('is closed to another organisation', async () => {
    const first = (await list()).kpis[0];
    const before = await t.snapshot();
    for (const reply of [
      await other.as.admin.get(`${P()}/kpis`),
      await other.as.admin.get(`${P()}/effect`),
      await other.as.admin.post(`${P()}/kpis`, kpiInput()),
      await other.as.admin.put(`${P()}/kpis/${first.id}`, kpiInput()),
      await other.as.admin.delete(`${P()}/kpis/${first.id}`),
      await other.as.admin.post(`${P()}/kpis/${first.id}/measurements`, { date: today, value: 1, note: '' }),
      await other.as.admin.delete(`${P()}/kpis/${first.id}/measurements/${first.measurements[0].id}`),
      await other.as.admin.post(`${P()}/surveys/${baseline}/follow-up`, {}),
    ])
      expect(reply.status).toBe(404);
    expect(await t.snapshot()).toEqual(before);
    // Nor through a programme of their own.
    const theirs = await startProgramme(other.as.coordinator, 'Wachtwoorden');
    expect((await other.as.coordinator.put(`/api/programmes/${theirs}/kpis/${first.id}`, kpiInput())).status).toBe(404);
    expect((await other.as.coordinator.delete(`/api/programmes/${theirs}/kpis/${first.id}/measurements/${first.measurements[0].id}`)).status).toBe(404);
    expect((await other.as.coordinator.get(`/api/programmes/${theirs}/kpis`)).body.kpis).toEqual([]);
    expect((await list()).kpis[0]).toEqual(first);
  });
});

import { eq } from 'drizzle-orm';
import type { CombFactor } from '#core/comb.js';
import type { WorksheetFields, WorksheetKey } from '#core/worksheets/index.js';
import { emptyMeasurementPlan } from '#core/measurement/plan.js';
import { anchoringItems, checkins, communicationItems, kpiMeasurements, kpis, measurementPlans, stepRoleTables, surveys } from '#server/db/schema.js';
import { demoSurveyDefinition } from '#server/modules/setup/demo-survey.js';
import { demoWorksheets } from '#server/modules/setup/demo-worksheets.js';
import { ok, openKnowledgeCheck, startProgramme } from '../fixtures.js';
import type { TestApp, TestOrganisation } from './harness.js';

/**
 * A programme filled through every step, for the document tests and the document benchmark: steps
 * 1–4 and the action plan through the API, a baseline survey with two follow-ups (one with too few
 * answers), and the rows of step 5/6 tables whose routes are built separately inserted directly.
 * The texts below are what the tests look for in the documents.
 */
export const FILLED = {
  title: 'Datalekken sneller melden',
  barrier: 'Weet niet waar het meldformulier staat',
  enabler: 'Wil patiënten beschermen',
  intervention: 'Meldknop op het intranet',
  rejected: 'Verplichte e-learning voor iedereen',
  action: 'Meldknop op elke startpagina zetten',
  communication: 'Melden mag altijd, ook bij twijfel',
  kpi: 'Gemelde datalekken',
  /** A measurement of the KPI above, as the documents print it in Dutch and English. */
  kpiValue: { value: 8.5, nl: '8,5', en: '8.5' },
  anchoring: 'Meldknop in de introductiemap voor nieuwe medewerkers',
  lesson: 'Kleine, zichtbare stappen werkten beter dan één grote campagne.',
  next: 'Volgend probleem: ontgrendelde werkplekken op de afdelingsbalie.',
} as const;

/** Answers whose factor scores sit around `level` (1–5), spread a little, in the demo survey's groups. */
function answersAround(level: Record<CombFactor, number>, n: number) {
  const departments = ['interne', 'chirurgie', 'longziekten'];
  return Array.from({ length: n }, (_, r) => ({
    answers: Object.fromEntries(
      demoSurveyDefinition.items.map((item, i) => [item.id, Math.min(5, Math.max(1, level[item.factor!] + (((r * 7 + i * 3) % 3) - 1)))]),
    ),
    groups: { department: departments[r % 3]!, profession: r % 4 === 0 ? 'doctor' : 'nurse' },
  }));
}

const BEFORE: Record<CombFactor, number> = { 'C-psy': 2, 'C-phy': 4, 'O-phy': 3, 'O-soc': 3, 'M-ref': 4, 'M-aut': 3 };
const AFTER: Record<CombFactor, number> = { ...BEFORE, 'C-psy': 4 };

export async function fillProgramme(t: TestApp, org: TestOrganisation): Promise<{ id: string }> {
  const lead = org.as.coordinator;
  const member = org.as.member;
  const id = await startProgramme(lead, FILLED.title, 'Datalekken worden laat gemeld.');
  const P = `/api/programmes/${id}`;
  ok(await lead.post(`${P}/members`, { userId: org.userIds.member, teamRole: 'Verpleegkundige, zorgpraktijk' }), 201);

  const save = async (key: string, fields: unknown, notes = '') => {
    const current = ok(await member.get(`${P}/substeps/${key}`)).worksheet?.version ?? 0;
    ok(await member.put(`${P}/substeps/${key}/worksheet`, { baseVersion: current, notes, ...(fields === undefined ? {} : { fields }) }));
  };
  const sheets: { [K in WorksheetKey]: WorksheetFields<K> } = {
    ...demoWorksheets({ coordinatorId: org.userIds.coordinator, memberId: org.userIds.member }),
    '2.1': {
      behaviours: [
        { id: 'b-melden', description: 'Een vermoed datalek direct melden bij het privacyloket', link: 'Zonder melding geen maatregelen binnen 72 uur.' },
        {
          id: 'b-adres',
          description: 'Het adres controleren voor het versturen van een e-mail met patiëntgegevens',
          link: 'Voorkomt het meest gemelde datalek.',
        },
      ],
    },
    '2.2': {
      ratings: { 'b-melden': { impact: 5, changeability: 4, measurability: 4 }, 'b-adres': { impact: 4, changeability: 3, measurability: 2 } },
      chosenIds: ['b-melden'],
      rationale: 'Melden heeft de grootste impact en is te meten in het datalekregister.',
    },
    '2.3': {
      targetGroup: 'Verpleegkundigen',
      departments: 'Interne geneeskunde, chirurgie en longziekten',
      professions: 'Verpleegkundigen en doktersassistenten',
      size: 240,
      action: 'melden een vermoed datalek bij het privacyloket',
      when: 'direct na ontdekking',
      where: 'op de afdeling',
      howOften: 'elke keer',
      withWhat: 'het meldformulier op het intranet',
      currentSituation: 'Meldingen komen dagen later of niet.',
      desiredSituation: 'Elk vermoed datalek is binnen een uur gemeld.',
    },
    '3.2': {
      hypotheses: [{ id: 'h1', factor: 'C-psy', text: 'Niemand weet waar het meldformulier staat.' }],
      methods: ['interviews', 'survey'],
      methodNotes: '',
      guide: { behaviour: 'een datalek melden', opening: '', closing: '', questions: [], tips: [] },
      interviews: [
        {
          id: 'iv1',
          date: '2027-02-10',
          role: 'verpleegkundige',
          department: 'Interne',
          interviewer: 'Privacy officer',
          noteTaker: 'CISO',
          consent: true,
          notes: '',
          findings: [{ id: 'f1', text: FILLED.barrier, kind: 'barrier', factors: ['C-psy'] }],
        },
      ],
    },
    '3.4': {
      entries: [
        {
          id: 'd-formulier',
          factor: 'C-psy',
          kind: 'barrier',
          description: FILLED.barrier,
          evidence: 'In vijf van de zes interviews.',
          sources: ['interviews', 'survey'],
          weight: 5,
          mustChange: 'Het formulier moet met één klik te vinden zijn.',
        },
        {
          id: 'd-schaamte',
          factor: 'M-aut',
          kind: 'barrier',
          description: 'Schaamte over de eigen fout',
          evidence: 'Twee interviews.',
          sources: ['interviews'],
          weight: 3,
          mustChange: 'Melden moet normaal worden.',
        },
        {
          id: 'd-motivatie',
          factor: 'M-ref',
          kind: 'enabler',
          description: FILLED.enabler,
          evidence: 'Hoge score in de nulmeting.',
          sources: ['survey'],
          weight: 4,
          mustChange: '',
        },
      ],
      summary: 'Medewerkers willen melden, maar weten niet hoe; schaamte houdt sommigen tegen.',
    },
  };
  for (const key of Object.keys(sheets) as WorksheetKey[]) await save(key, sheets[key]);

  // Step 4: two candidates for the barriers; one chosen, rated and planned, one rejected.
  const candidate = async (title: string, functions: string[], factors: string[]) =>
    ok(
      await member.post(`${P}/interventions`, {
        title,
        description: 'Eén knop op elke startpagina die naar het meldformulier leidt.',
        functions,
        factors,
        bcts: ['12.5'],
        barrierIds: ['d-formulier'],
      }),
      201,
    ).id as string;
  const chosen = await candidate(FILLED.intervention, ['enablement', 'environmentalRestructuring'], ['C-psy', 'O-phy']);
  const rejected = await candidate(FILLED.rejected, ['training'], ['C-psy']);
  for (const c of [chosen, rejected]) ok(await member.put(`${P}/interventions/${c}/shortlist`, { shortlisted: true }));
  ok(
    await member.put(`${P}/interventions/${chosen}/rating`, {
      affordability: 5,
      practicability: 4,
      effectiveness: 4,
      acceptability: 5,
      sideEffects: 5,
      equity: 4,
      note: '',
    }),
  );
  ok(
    await lead.put(`${P}/interventions/${chosen}/rating`, {
      affordability: 4,
      practicability: 2,
      effectiveness: 4,
      acceptability: 5,
      sideEffects: 5,
      equity: null,
      note: 'ICT heeft weinig tijd.',
    }),
  );
  ok(
    await lead.put(`${P}/interventions/${chosen}/decision`, {
      decision: 'chosen',
      rationale: 'Goedkoop, snel te bouwen en het pakt de zwaarste belemmering aan.',
    }),
  );
  ok(await lead.put(`${P}/interventions/${rejected}/decision`, { decision: 'rejected', rationale: 'Te duur en het lost de vindbaarheid niet op.' }));
  ok(
    await member.put(`${P}/interventions/${chosen}/plan`, {
      what: 'Een meldknop op de startpagina van elke werkplek en het intranet',
      forWhom: 'Alle medewerkers van de drie afdelingen',
      byWhom: 'ICT, met communicatie',
      start: '2027-03-01',
      end: '2027-04-15',
      materials: 'Knop, korte uitleg, poster',
      measurement: 'Aantal meldingen per maand in het datalekregister',
      indicators: ['breachReports', 'surveyFactorScore'],
    }),
  );

  // Step 5.1: the action plan.
  const action = (title: string, status: string, due: string) =>
    member.post(`${P}/actions`, {
      title,
      description: '',
      candidateId: chosen,
      owner: { userId: null, name: 'Teammanager Interne' },
      due,
      status,
      channel: 'teamoverleg',
    });
  ok(await action(FILLED.action, 'done', '2027-03-15'), 201);
  ok(await action('Poster ophangen in de teampost', 'doing', '2027-04-01'), 201);
  ok(await action('Uitleg in het teamoverleg', 'todo', '2027-04-20'), 201);

  // Step 3.3 and 6.1: the baseline survey and two follow-ups, the second answered by too few.
  const definition = demoSurveyDefinition;
  const survey = async (title: string, baselineSurveyId: string | null, answers: ReturnType<typeof answersAround>) => {
    const created = ok(await member.post(`${P}/surveys`, { title, linkEnabled: true, definition }), 201);
    if (baselineSurveyId) await t.database.db.update(surveys).set({ baselineSurveyId }).where(eq(surveys.id, created.id));
    ok(await member.post(`${P}/surveys/${created.id}/open`, {}));
    for (const answer of answers) await t.services.surveyResponses.submit(created.publicSlug, answer);
    ok(await member.post(`${P}/surveys/${created.id}/close`, {}));
    return created.id as string;
  };
  const baseline = await survey('Nulmeting datalekken melden', null, answersAround(BEFORE, 36));
  await survey('1-meting datalekken melden', baseline, answersAround(AFTER, 40));
  await survey('Extra 1-meting pilotafdeling', baseline, answersAround(AFTER, 2));

  // Steps 5 and 6 whose routes are built separately: straight into their tables.
  const db = t.database.db;
  const scope = { organisationId: org.id, programmeId: id };
  await db.insert(communicationItems).values([
    {
      ...scope,
      audience: 'Verpleegkundigen',
      message: FILLED.communication,
      channel: 'Teamoverleg',
      planned: '2027-03-20',
      ownerName: 'Teammanager Interne',
      status: 'done',
    },
    {
      ...scope,
      audience: 'Nieuwe medewerkers',
      message: 'Waar je een datalek meldt',
      channel: 'Introductiedag',
      planned: '2027-05-01',
      ownerName: 'HR',
      status: 'planned',
    },
  ]);
  await db.insert(checkins).values([
    {
      ...scope,
      date: '2027-03-02',
      attendees: ['Demo Trajectleider', 'Demo Kernteamlid', 'Communicatieadviseur'],
      minutes: '',
      decisions: [{ id: 'x1', text: 'Meldknop live zetten', open: false, due: null }],
    },
    {
      ...scope,
      date: '2027-03-16',
      attendees: ['Demo Trajectleider', 'Demo Kernteamlid'],
      minutes: '',
      decisions: [{ id: 'x2', text: 'Budget voor posters vragen', open: true, due: '2027-04-01' }],
    },
  ]);
  const [reports] = await db
    .insert(kpis)
    .values({
      ...scope,
      candidateId: chosen,
      name: FILLED.kpi,
      unit: 'meldingen per maand',
      indicator: 'breachReports',
      direction: 'increase',
      baseline: 4,
      baselineDate: '2027-01-31',
      target: 10,
      targetDate: '2027-12-31',
    })
    .returning();
  await db.insert(kpis).values({
    ...scope,
    candidateId: chosen,
    name: 'Weten hoe je meldt',
    unit: 'gemiddelde score (1–5)',
    indicator: 'surveyFactorScore',
    factor: 'C-psy',
    direction: 'increase',
    baseline: 2.2,
    baselineDate: '2027-02-01',
    target: 3.5,
    targetDate: '2027-12-31',
  });
  await db.insert(kpis).values({
    ...scope,
    name: 'Klikken op oefenphishing',
    unit: '%',
    measures: 'behaviour',
    direction: 'decrease',
    baseline: 18,
    baselineDate: '2027-01-31',
    target: 8,
    targetDate: '2027-12-31',
  });
  await db.insert(kpiMeasurements).values(
    [
      ['2027-02-28', 4],
      ['2027-03-31', 6],
      ['2027-04-30', FILLED.kpiValue.value],
      ['2027-05-31', 9],
    ].map(([date, value]) => ({
      organisationId: org.id,
      kpiId: reports!.id,
      date: date as string,
      value: value as number,
      note: date === '2027-04-30' ? 'na de campagne' : '',
    })),
  );
  await db.insert(measurementPlans).values({
    organisationId: org.id,
    programmeId: scope.programmeId,
    plan: {
      ...emptyMeasurementPlan(),
      outcomeKpiId: reports!.id,
      method: 'registrations',
      methodDetail: 'Meldingen per maand uit het datalekregister',
      design: 'beforeAfter',
      population: 'Interne geneeskunde',
      baselinePlannedOn: '2027-01-15',
      followUpPlannedOn: '2027-05-31',
    },
  });
  await db.insert(stepRoleTables).values({
    organisationId: org.id,
    programmeId: scope.programmeId,
    step: 4,
    roles: {
      responsible: [{ role: 'projectLead' }],
      accountable: [{ role: 'board' }],
      consulted: [{ role: 'teamManager' }, { role: 'externalAdviser' }, { text: 'Cliëntenraad' }],
      informed: [],
    },
  });
  await db.insert(anchoringItems).values([
    {
      ...scope,
      area: 'onboarding',
      description: FILLED.anchoring,
      ownerName: 'HR',
      due: '2027-09-01',
      status: 'done',
      note: 'Introductiemap 2027, hoofdstuk 3',
    },
    {
      ...scope,
      area: 'managementReview',
      description: 'Meldingen per maand in de directiebeoordeling',
      ownerName: 'Kwaliteit',
      due: '2027-12-01',
      status: 'todo',
      note: '',
    },
  ]);

  // 6.3: the lessons learned and the next problem, in the sub-step's notes.
  await save('6.3', undefined, `${FILLED.lesson}\n\n${FILLED.next}`);
  return { id };
}

/** Right options: breach-wrong-gp 1, sharing-police-phone 1, sensitive-bsn-list 2. */
const ALL_RIGHT = { 'breach-wrong-gp': 1, 'sharing-police-phone': 1, 'sensitive-bsn-list': 2 };
const ONE_RIGHT = { 'breach-wrong-gp': 1, 'sharing-police-phone': 0, 'sensitive-bsn-list': 0 };

/**
 * A knowledge check answered by 11 staff: 6 of intensive care all right, 5 of cardiology one of
 * three right; closed (results shown, a KPI point when linked to a programme) or left open.
 */
export async function answeredKnowledgeCheck(t: TestApp, org: TestOrganisation, options: { programmeId: string | null; close: boolean }) {
  const definition = {
    scenarios: Object.keys(ALL_RIGHT),
    departments: [
      { id: 'ic', name: 'Intensive care' },
      { id: 'cardio', name: 'Cardiologie' },
    ],
  };
  const { id, publicSlug } = await openKnowledgeCheck(org.as.member, {
    title: options.close ? 'Nulmeting kennis' : 'Kennischeck loopt',
    programmeId: options.programmeId,
    definition,
  });
  const staff = t.client();
  for (let i = 0; i < 11; i++) {
    const department = i < 6 ? 'ic' : 'cardio';
    ok(await staff.post(`/api/public/knowledge/${publicSlug}/responses`, { answers: department === 'ic' ? ALL_RIGHT : ONE_RIGHT, department }), 201);
  }
  if (options.close) ok(await org.as.member.post(`/api/knowledge/${id}/close`, {}));
  return id as string;
}

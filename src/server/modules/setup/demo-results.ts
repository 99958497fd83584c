import { AnchoringInput, type StandardArea } from '#core/anchoring/checklist.js';
import { lastSettledMonth } from '#core/breach/statistics.js';
import { KpiInput, MeasurementInput } from '#core/measurement/kpis.js';
import { MeasurementPlan } from '#core/measurement/plan.js';
import { addDays } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import type { Services } from '../../services.js';
import { handledInTimeBefore } from './demo-breaches.js';
import type { DemoInterventions } from './demo-interventions.js';
import { DEMO_SURVEY_DAYS, FOLLOW_UP_LEVELS, answerDemoSurvey, demoSurveyAnswers } from './demo-survey.js';
import type { DemoStory } from './demo-story.js';
import type { DemoTeam } from './demo-team.js';

/**
 * Step 6 of the demo, under way: a closed follow-up survey ("1-meting") to compare with the
 * baseline, two KPIs with their measurements, the measurement worksheet following the behaviour
 * itself, and the anchoring checklist with owners, two done.
 */
export async function loadDemoResults(
  db: Database,
  services: Pick<Services, 'surveys' | 'surveyResponses' | 'measurement' | 'anchoring' | 'breachRegister'>,
  { lead, colleague }: DemoTeam,
  programmeId: string,
  { baselineSurveyId, chosen }: { baselineSurveyId: string; chosen: DemoInterventions },
  today: string,
  story: DemoStory,
) {
  const day = (offset: number) => addDays(today, offset);

  const draft = await services.surveys.followUp(lead, programmeId, baselineSurveyId, 'nl');
  // Renamed as a team would: the draft is called after the first survey, "… (herhaalmeting)".
  const followUp = await services.surveys.update(lead, programmeId, draft.id, {
    title: 'Herhaalmeting gedragsfactoren: datalekken melden',
    linkEnabled: draft.linkEnabled,
    definition: draft.definition,
  });
  await answerDemoSurvey(db, services, lead, programmeId, followUp, demoSurveyAnswers(FOLLOW_UP_LEVELS, 56), 'followUp', today);

  const kpi = async (input: KpiInput, measurements: MeasurementInput[]) => {
    const { id } = await services.measurement.create(colleague, programmeId, KpiInput.parse(input));
    for (const m of measurements) await services.measurement.addMeasurement(colleague, programmeId, id, MeasurementInput.parse(m));
    return id;
  };
  // The survey score starts at the baseline's mean; its line takes a point from each closed survey, and the team added one quick poll.
  await kpi(
    {
      name: 'Weten wat een datalek is en hoe je het meldt',
      unit: 'gemiddelde score (1–5)',
      indicator: 'surveyFactorScore',
      factor: 'C-psy',
      measures: null,
      candidateId: chosen.quizId,
      direction: 'increase',
      baseline: 2,
      baselineDate: day(DEMO_SURVEY_DAYS.baseline.closed),
      target: 3.5,
      targetDate: day(84),
      notes: '',
    },
    [{ date: day(-30), value: 2.5, note: 'Korte peiling met dezelfde stellingen na de eerste quiz' }],
  );
  // Fed by the breach register (breachHandledInTime): one point per settled month, from the register
  // alone. Its 0-meting is the register's share over the months before it, not a figure typed in.
  const baselineDate = day(-70);
  const reported = await kpi(
    {
      name: 'Datalekken binnen 72 uur afgehandeld',
      unit: '% van de datalekken',
      indicator: 'breachHandledInTime',
      factor: null,
      measures: null,
      candidateId: chosen.reportButtonId,
      direction: 'increase',
      baseline: await handledInTimeBefore(services, lead, baselineDate),
      baselineDate,
      target: 95,
      targetDate: day(84),
      notes:
        'Hoe eerder een datalek gemeld wordt, hoe eerder de privacy officer kan besluiten en zo nodig de AP kan melden. De 72 uur van de AVG lopen vanaf het moment dat de organisatie het wist.',
    },
    [],
  );

  // The measurement worksheet: the behaviour itself, counted in the breach register, before and
  // after, in the same group; the 1-meting is in, the decision still the team's to take.
  await services.measurement.savePlan(
    lead,
    programmeId,
    MeasurementPlan.parse({
      outcomeKpiId: reported,
      method: 'registrations',
      methodDetail:
        'Uit het datalekregister: per maand het deel van de datalekken dat binnen 72 uur is afgehandeld (gemeld bij de AP, of besloten om niet te melden). Wegwijs rekent het zelf uit.',
      selfReportReason: '',
      design: 'beforeAfter',
      groups: '',
      population: 'Alle datalekken van de organisatie',
      baselinePlannedOn: day(-75),
      // The 1-meting is the register's last settled month (statistics.ts lastSettledMonth), dated its first day like the KPI's points.
      followUpPlannedOn: `${lastSettledMonth(new Date())}-01`,
      deviations: [
        {
          id: 'zomer',
          date: day(-40),
          description: 'In de zomermaanden minder meldingen door vakanties; we vergelijken daarom ook met dezelfde maanden vorig jaar.',
        },
      ],
      decision: null,
      decisionReason: '',
    }),
  );

  const { items } = await services.anchoring.addStandard(lead, programmeId, 'nl');
  const settled: Record<StandardArea, Omit<AnchoringInput, 'area' | 'description'>> = {
    policy: {
      owner: { userId: lead.userId, name: lead.name },
      due: day(-14),
      status: 'done',
      note: 'Informatiebeveiligingsbeleid, paragraaf "Incidenten melden".',
    },
    onboarding: { owner: { userId: null, name: 'HR, opleidingen' }, due: day(-7), status: 'done', note: 'Introductiedag, onderdeel "Veilig werken".' },
    workInstructions: { owner: { userId: null, name: `Teammanager ${story.units[0].label.nl}` }, due: day(30), status: 'todo', note: '' },
    training: { owner: { userId: null, name: 'Opleidingscoördinator' }, due: day(60), status: 'todo', note: 'De quiz twee keer per jaar in elk teamoverleg.' },
    managementReview: { owner: { userId: null, name: 'Informatiebeveiliger (CISO)' }, due: day(90), status: 'todo', note: '' },
  };
  for (const item of items) {
    const area = item.area as StandardArea;
    await services.anchoring.update(lead, programmeId, item.id, AnchoringInput.parse({ area, description: item.description, ...settled[area] }));
  }
}

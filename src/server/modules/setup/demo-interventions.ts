import { CandidateFields, DecisionInput, Plan, RatingInput } from '#core/interventions/candidates.js';
import { addDays } from '#core/worksheets/planning.js';
import type { Services } from '../../services.js';
import { ownUnit, type DemoStory } from './demo-story.js';
import type { DemoTeam } from './demo-team.js';

/** The interventions the later steps of the demo refer to. */
export interface DemoInterventions {
  reportButtonId: string;
  quizId: string;
}

/** A member's APEASE scores in the acronym's order (side-effects and equity last), null for "don't know". */
const rating = (scores: [number, number, number, number, number, number | null], note = '') => {
  const [affordability, practicability, effectiveness, acceptability, sideEffects, equity] = scores;
  return RatingInput.parse({ affordability, practicability, effectiveness, acceptability, sideEffects, equity, note });
};

/**
 * Step 4 of the demo: four ideas, of which the team voted three onto the shortlist, rated them on
 * APEASE, chose two with a reason and rejected one, and made the two chosen ones concrete.
 */
export async function loadDemoInterventions(
  services: Pick<Services, 'interventions'>,
  { lead, colleague }: DemoTeam,
  programmeId: string,
  today: string,
  story: DemoStory,
): Promise<DemoInterventions> {
  const step4 = services.interventions;
  const day = (offset: number) => addDays(today, offset);
  const own = async (fields: CandidateFields) => (await step4.add(colleague, programmeId, CandidateFields.parse(fields), 'nl')).id;
  const fromLibrary = async (libraryId: string) => (await step4.add(lead, programmeId, { libraryId }, 'nl')).id;

  const reportButtonId = await own({
    title: 'Knop "Datalek melden" op elke startpagina',
    description: 'Eén knop op de startpagina van elke werkplek en op het intranet die meteen het meldformulier opent.',
    functions: ['enablement', 'environmentalRestructuring'],
    factors: ['O-phy', 'C-psy'],
    bcts: ['12.5'],
    barrierIds: ['d-vindbaar'],
  });
  const quizId = await fromLibrary('breach-or-not-quiz');
  const eLearningId = await own({
    title: 'Verplichte e-learning over datalekken voor iedereen',
    description: 'Een e-learning van een uur voor alle medewerkers, met een toets aan het eind.',
    functions: ['education', 'training'],
    factors: ['C-psy'],
    bcts: ['4.1'],
    barrierIds: ['d-kennis'],
  });
  const recognitionId = await fromLibrary('reporter-recognition-no-blame');

  for (const id of [reportButtonId, quizId, recognitionId]) await step4.vote(lead, programmeId, id, true);
  for (const id of [reportButtonId, quizId, eLearningId]) await step4.vote(colleague, programmeId, id, true);
  for (const id of [reportButtonId, quizId, eLearningId]) await step4.shortlist(lead, programmeId, id, true);

  await step4.rate(lead, programmeId, reportButtonId, rating([4, 3, 5, 5, 5, 4], 'ICT heeft er in de komende maand tijd voor.'));
  await step4.rate(colleague, programmeId, reportButtonId, rating([5, 4, 4, 5, 5, 5]));
  await step4.rate(lead, programmeId, quizId, rating([5, 4, 3, 4, 5, 4]));
  await step4.rate(colleague, programmeId, quizId, rating([5, 5, 4, 5, 5, null], "Collega's vinden een quiz leuker dan een presentatie."));
  await step4.rate(lead, programmeId, eLearningId, rating([2, 2, 3, 2, 4, 3], 'Kost 240 uur werktijd.'));
  await step4.rate(colleague, programmeId, eLearningId, rating([2, 3, 2, 1, 4, 3]));

  const decide = (id: string, decision: DecisionInput) => step4.decide(lead, programmeId, id, DecisionInput.parse(decision));
  await decide(reportButtonId, {
    decision: 'chosen',
    rationale: 'Goedkoop, snel te bouwen en het pakt de zwaarste belemmering aan: het formulier niet vinden.',
  });
  await decide(quizId, { decision: 'chosen', rationale: 'Past in het bestaande teamoverleg en leert herkennen wat een datalek is.' });
  await decide(eLearningId, {
    decision: 'rejected',
    rationale: 'Te duur in werktijd en weinig draagvlak; de quiz bereikt hetzelfde doel dichter bij het werk.',
  });

  await step4.plan(
    colleague,
    programmeId,
    reportButtonId,
    Plan.parse({
      what: 'Een knop "Datalek melden" op de startpagina van elke werkplek en bovenaan het intranet, die het meldformulier opent.',
      forWhom: `Alle medewerkers van ${story.allUnits}`,
      byWhom: 'Functioneel beheer ICT, met de communicatieadviseur',
      start: day(-42),
      end: day(-14),
      materials: `De knop, een korte uitleg op het intranet en een poster voor ${story.staffRoom.one}.`,
      measurement: 'Het aandeel datalekken dat binnen 72 uur is gemeld, per maand uit het datalekregister.',
      indicators: ['breachReports'],
    }),
  );
  await step4.plan(
    lead,
    programmeId,
    quizId,
    Plan.parse({
      what: `Elke maand drie quizkaartjes met situaties van ${ownUnit(story)} in het teamoverleg, met uitleg over hoe je meldt.`,
      forWhom: story.targetGroup,
      byWhom: 'De teammanagers, met de privacy officer',
      start: day(-28),
      end: day(56),
      materials: 'Quizkaartjes en een antwoordblad voor de teammanager.',
      measurement: 'De score op "weten wat een datalek is" in de herhaalmeting van de vragenlijst, vergeleken met de eerste vragenlijst.',
      indicators: ['surveyFactorScore'],
    }),
  );
  return { reportButtonId, quizId };
}

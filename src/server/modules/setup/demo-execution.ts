import { ActionInput } from '#core/execution/actions.js';
import { CheckinInput } from '#core/execution/checkins.js';
import { CommunicationInput } from '#core/execution/communication.js';
import { addDays } from '#core/worksheets/planning.js';
import type { Services } from '../../services.js';
import type { DemoInterventions } from './demo-interventions.js';
import { atUnit, type DemoStory } from './demo-story.js';
import type { DemoTeam } from './demo-team.js';
import { lastDemoMeeting } from './demo-worksheets.js';

/**
 * Step 5 of the demo, halfway through: actions for the two chosen interventions (one done, one
 * overdue, some still to come), a communication plan, and the last check-in with its minutes,
 * decisions and the action agreed there.
 */
export async function loadDemoExecution(
  services: Pick<Services, 'execution' | 'communication' | 'checkins'>,
  { lead, colleague }: DemoTeam,
  programmeId: string,
  chosen: DemoInterventions,
  today: string,
  story: DemoStory,
) {
  const day = (offset: number) => addDays(today, offset);
  const { units, unitWord, record } = story;
  const nameOf = (actor: DemoTeam['lead']) => ({ userId: actor.userId, name: actor.name });
  const action = (input: Omit<ActionInput, 'description'> & { description?: string }) =>
    services.execution.create(colleague, programmeId, ActionInput.parse({ description: '', ...input }));

  await action({
    title: 'Knop "Datalek melden" op de startpagina van alle werkplekken zetten',
    candidateId: chosen.reportButtonId,
    owner: { userId: null, name: 'Functioneel beheer ICT' },
    due: day(-21),
    status: 'done',
    channel: '',
  });
  await action({
    title: `Posters "Twijfel? Meld het." ophangen in ${story.staffRoom.many}`,
    candidateId: chosen.reportButtonId,
    owner: nameOf(colleague),
    due: day(-4),
    status: 'doing',
    channel: 'Poster',
  });
  await action({
    title: `Quizkaartjes maken met situaties van de eigen ${unitWord.many}`,
    candidateId: chosen.quizId,
    owner: nameOf(lead),
    due: day(-10),
    status: 'done',
    channel: '',
  });
  await action({
    title: `Eerste quiz in het teamoverleg van ${units[1].the}`,
    candidateId: chosen.quizId,
    owner: { userId: null, name: `Teammanager ${units[1].label.nl}` },
    due: day(9),
    status: 'todo',
    channel: 'Teamoverleg',
  });

  const communication = (input: CommunicationInput) => services.communication.create(colleague, programmeId, CommunicationInput.parse(input));
  await communication({
    audience: `${story.staff} van de drie ${unitWord.many}`,
    message: 'Twijfel je of iets een datalek is? Meld het altijd; het privacyloket zoekt het met je uit.',
    channel: 'Teamoverleg',
    planned: day(-35),
    ownerName: 'Teammanagers',
    status: 'done',
  });
  await communication({
    audience: 'Alle medewerkers',
    message: 'Nieuw: de knop "Datalek melden" op je startpagina.',
    channel: 'Intranet',
    planned: day(-21),
    ownerName: 'Communicatieadviseur',
    status: 'done',
  });
  await communication({
    audience: 'Nieuwe medewerkers',
    message: 'Waar en hoe je een datalek meldt, met de knop op de startpagina.',
    channel: 'Introductiedag',
    planned: day(21),
    ownerName: 'HR, opleidingen',
    status: 'planned',
  });

  const checkin = await services.checkins.create(
    lead,
    programmeId,
    CheckinInput.parse({
      date: lastDemoMeeting(today),
      attendees: ['Demo Trajectleider', 'Demo Kernteamlid', 'Informatiebeveiliger (CISO)', 'Communicatieadviseur'],
      minutes: [
        `De meldknop staat op alle werkplekken. Het privacyloket kreeg sindsdien duidelijk meer meldingen, vooral van ${units[0].the}.`,
        `De quiz is ${atUnit(units[0])} goed ontvangen. De posters hangen nog niet overal: de drukker leverde later.`,
        `Vraag uit de teams: kan de knop ook in het ${record}?`,
      ].join('\n\n'),
      decisions: [
        { id: `quiz-${units[2].id}`, text: `De quiz ook ${atUnit(units[2])} houden`, open: false, due: null },
        { id: 'knop-epd', text: `Besluiten of de meldknop ook in het ${record} komt`, open: true, due: day(7) },
      ],
    }),
  );
  await action({
    title: `Bij ICT navragen of de meldknop ook in het ${record} kan`,
    candidateId: chosen.reportButtonId,
    owner: { userId: null, name: 'Informatiebeveiliger (CISO)' },
    due: day(5),
    status: 'todo',
    channel: '',
    checkinId: checkin.id,
  });
}

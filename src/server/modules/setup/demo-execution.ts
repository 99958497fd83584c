import { ActionInput } from '../../../core/execution/actions.js';
import { CheckinInput } from '../../../core/execution/checkins.js';
import { CommunicationInput } from '../../../core/execution/communication.js';
import { addDays } from '../../../core/worksheets/planning.js';
import type { Services } from '../../services.js';
import type { DemoInterventions } from './demo-interventions.js';
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
) {
  const day = (offset: number) => addDays(today, offset);
  const nameOf = (actor: DemoTeam['lead']) => ({ userId: actor.userId, name: actor.name });
  const action = (input: Omit<ActionInput, 'description'> & { description?: string }) =>
    services.execution.create(colleague, programmeId, ActionInput.parse({ description: '', ...input }));

  await action({ title: 'Knop "Datalek melden" op de startpagina van alle werkplekken zetten', candidateId: chosen.reportButtonId, owner: { userId: null, name: 'Functioneel beheer ICT' }, due: day(-21), status: 'done', channel: '' });
  await action({ title: 'Posters "Twijfel? Meld het." ophangen in de teamposten', candidateId: chosen.reportButtonId, owner: nameOf(colleague), due: day(-4), status: 'doing', channel: 'Poster' });
  await action({ title: 'Quizkaartjes maken met situaties van de eigen afdelingen', candidateId: chosen.quizId, owner: nameOf(lead), due: day(-10), status: 'done', channel: '' });
  await action({ title: 'Eerste quiz in het teamoverleg van de chirurgie', candidateId: chosen.quizId, owner: { userId: null, name: 'Teammanager Chirurgie' }, due: day(9), status: 'todo', channel: 'Teamoverleg' });

  const communication = (input: CommunicationInput) => services.communication.create(colleague, programmeId, CommunicationInput.parse(input));
  await communication({ audience: 'Verpleegkundigen van de drie afdelingen', message: 'Twijfel je of iets een datalek is? Meld het altijd; het privacyloket zoekt het met je uit.', channel: 'Teamoverleg', planned: day(-35), ownerName: 'Teammanagers', status: 'done' });
  await communication({ audience: 'Alle medewerkers', message: 'Nieuw: de knop "Datalek melden" op je startpagina.', channel: 'Intranet', planned: day(-21), ownerName: 'Communicatieadviseur', status: 'done' });
  await communication({ audience: 'Nieuwe medewerkers', message: 'Waar en hoe je een datalek meldt, met de knop op de startpagina.', channel: 'Introductiedag', planned: day(21), ownerName: 'HR, opleidingen', status: 'planned' });

  const checkin = await services.checkins.create(lead, programmeId, CheckinInput.parse({
    date: lastDemoMeeting(today),
    attendees: ['Demo Trajectleider', 'Demo Kernteamlid', 'Informatiebeveiliger (CISO)', 'Communicatieadviseur'],
    minutes: [
      'De meldknop staat op alle werkplekken. Het privacyloket kreeg sindsdien duidelijk meer meldingen, vooral van de interne geneeskunde.',
      'De quiz is op de interne geneeskunde goed ontvangen. De posters hangen nog niet overal: de drukker leverde later.',
      'Vraag uit de teams: kan de knop ook in het EPD?',
    ].join('\n\n'),
    decisions: [
      { id: 'quiz-longziekten', text: 'De quiz ook op de longziekten houden', open: false, due: null },
      { id: 'knop-epd', text: 'Besluiten of de meldknop ook in het EPD komt', open: true, due: day(7) },
    ],
  }));
  await action({ title: 'Bij ICT navragen of de meldknop ook in het EPD kan', candidateId: chosen.reportButtonId, owner: { userId: null, name: 'Informatiebeveiliger (CISO)' }, due: day(5), status: 'todo', channel: '', checkinId: checkin.id });
}

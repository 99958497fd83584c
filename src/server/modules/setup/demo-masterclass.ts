import { PERSONAS } from '#content/masterclass/personas.js';
import { ObserverScoresInput, pickPersona } from '#core/masterclass/roleplay.js';
import { defaultShareSettings, type ShareSettings } from '#core/masterclass/sharing.js';
import { DEFAULT_COHORT_CAPACITY, DEFAULT_RETENTION_DAYS, type AssignmentInput } from '#core/masterclass/cohort.js';
import { CheckinInput } from '#core/execution/checkins.js';
import { allInSector, type Sector } from '#core/sector.js';
import type { StepNumber, SubstepKey } from '#core/steps.js';
import { addDays } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import type { Services } from '../../services.js';
import { masterclassRepository } from '../masterclass/repository.js';
import { DEMO_PEER_ORGANISATIONS, DEMO_TRAINING_ORGANISATION, type DemoPeerOrganisation } from './demo-accounts.js';
import { amsterdamMoment } from './demo-clock.js';
import { capitalised, demoStory } from './demo-story.js';
import { createDemoUsers, demoActor, type DemoTeam } from './demo-team.js';
import { demoWorksheets, lastDemoMeeting } from './demo-worksheets.js';
import { demoMasterclassRepository } from './repository.js';

/**
 * The demo masterclass (issue 21): a training organisation with a trainer, two more care
 * organisations with a small programme each, and a cohort the three care organisations take part in,
 * halfway through its second of six sessions. The organisations are demo organisations (marked, no
 * mail), so the installation still needs setting up. The cohort's rows are written with the days they
 * should carry (sessions, submissions, comments in the past), as no service would; the two small
 * programmes go through the services, like the main demo's.
 */

export const DEMO_COHORT_NAME = 'Masterclass Informatieveilig gedrag — najaar (demo)';
/** Known, so the demo's README and tests can name it: eight characters of CODE_ALPHABET (core/masterclass/cohort.ts). */
export const DEMO_COHORT_CODE = 'WEGWDEMA';

/** The demo organisation as loadDemo made it: it takes part with its programme and its duo. */
export interface DemoMain {
  organisationId: string;
  name: string;
  sector: Sector;
  programmeId: string;
  team: DemoTeam;
}

type MasterclassServices = Pick<Services, 'audit' | 'organisations' | 'programmes' | 'substeps' | 'checkins'>;

/** Six sessions, one per step, two weeks apart; each gives homework due the day before the next session. */
const SESSIONS: readonly { title: string; step: StepNumber; assignment: AssignmentInput }[] = [
  {
    title: 'Sessie 1: voorbereiding, probleem en kernteam',
    step: 1,
    assignment: {
      title: 'Kies het probleem',
      instructions:
        'Zet in werkblad 1.1 twee of drie problemen uit jullie incidentregistratie naast elkaar, scoor ze met het kernteam en kies er één. Schrijf in een paar zinnen waarom.',
      relatesTo: '1.1',
      dueDate: '',
    },
  },
  {
    title: 'Sessie 2: doelgedrag bepalen',
    step: 2,
    assignment: {
      title: 'Beschrijf het doelgedrag precies',
      instructions:
        'Beschrijf in werkblad 2.3 wie, wat, wanneer, waar en hoe vaak. Lees in je subgroep het doelgedrag van de anderen: is het zo concreet dat je het kunt zien gebeuren?',
      relatesTo: '2.3',
      dueDate: '',
    },
  },
  {
    title: 'Sessie 3: gedragsfactoren onderzoeken',
    step: 3,
    assignment: {
      title: 'Interview twee collega’s',
      instructions: 'Houd met de leidraad van 3.2 twee interviews met collega’s uit de doelgroep. Noteer per COM-B-factor wat je hoorde, zonder namen.',
      relatesTo: '3.2',
      dueDate: '',
    },
  },
  {
    title: 'Sessie 4: interventies kiezen',
    step: 4,
    assignment: {
      title: 'Beoordeel en kies',
      instructions: 'Beoordeel in 4.3 jullie kandidaat-interventies met APEASE, samen met het kernteam. Kies er één of twee en schrijf op waarom.',
      relatesTo: '4.3',
      dueDate: '',
    },
  },
  {
    title: 'Sessie 5: uitvoeren en volgen',
    step: 5,
    assignment: {
      title: 'Plan van aanpak: eerste versie',
      instructions: 'Maak de eerste versie van jullie plan van aanpak en deel die met de trainers. Zet erbij wat je in je subgroep wilt bespreken.',
      relatesTo: 'plan',
      dueDate: '',
    },
  },
  {
    title: 'Sessie 6: verankeren en rapporteren',
    step: 6,
    assignment: {
      title: 'Meet het effect',
      instructions:
        'Leg in 6.1 vast hoe jullie de 1-meting doen: welke KPI, wanneer en met welke bron. Publiceer een interventie die werkte in de uitwisseling.',
      relatesTo: '6.1',
      dueDate: '',
    },
  },
];

/** Session n (0-based) starts on this day: the first two lie behind today, the others ahead. */
const sessionDay = (today: string, n: number) => addDays(today, -21 + 14 * n);
const dueDay = (today: string, n: number) => addDays(sessionDay(today, n), 13);

/** A small programme of one of the other organisations: steps 1 and 2 under way, as far as the cohort is. */
async function loadPeerProgramme(
  deps: MasterclassServices,
  peer: DemoPeerOrganisation,
  team: DemoTeam,
  focus: 'reporting' | 'screens',
  today: string,
): Promise<string> {
  const { lead } = team;
  const story = demoStory(peer.sector);
  const day = (offset: number) => addDays(today, offset);
  const base = demoWorksheets(
    { coordinatorId: lead.userId, memberId: team.colleague.userId, coordinatorName: lead.name, memberName: team.colleague.name },
    today,
    peer.sector,
  );
  // Started six weeks ago, planned along the masterclass; the duo meets every two weeks.
  const planning = {
    ...base['1.4'],
    milestones: [
      { id: 'ms-1', step: 1, title: 'Probleem en kernteam vastgesteld', date: day(-14) },
      { id: 'ms-2', step: 2, title: 'Doelgedrag beschreven', date: day(6) },
      { id: 'ms-3', step: 3, title: 'Interviews afgerond', date: day(20) },
      { id: 'ms-4', step: 4, title: 'Interventies gekozen', date: day(34) },
      { id: 'ms-5', step: 5, title: 'Interventies uitgevoerd', date: day(90) },
      { id: 'ms-6', step: 6, title: 'Effect gemeten en gerapporteerd aan het bestuur', date: day(150) },
    ],
    meetings: { ...base['1.4'].meetings, firstDate: addDays(lastDemoMeeting(today), -28), count: 12 },
  };
  // Steps 1 and 2 only: the diagnosis (3.4) is still to come.
  const sheets: Partial<Record<SubstepKey, unknown>> = { ...Object.fromEntries(Object.entries(base).filter(([key]) => key !== '3.4')), '1.4': planning };
  let title = 'Datalekken sneller melden in de wijk';
  let problem = `${story.where} worden datalekken laat of niet gemeld. Daardoor halen we de meldtermijn van 72 uur niet altijd.`;
  let done: SubstepKey[] = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2'];
  if (focus === 'screens') {
    // This organisation chose the unlocked screens: its own 1.1 choice, 2.2 choice and 2.3.
    title = 'Werkplekken vergrendelen';
    problem = story.unlockedScreen;
    done = ['1.1', '1.2', '2.1', '2.2'];
    delete sheets['1.3'];
    sheets['1.1'] = {
      ...base['1.1'],
      problems: base['1.1'].problems.map((p) => (p.id === 'p-scherm' ? { ...p, scores: { ...p.scores, urgency: 4 } } : p)),
      chosenId: 'p-scherm',
      rationale: 'Bij een rondgang stonden veel werkplekken open. Het is goed te zien en te meten, en de teams willen het zelf aanpakken.',
    };
    sheets['2.2'] = {
      ...base['2.2'],
      chosenIds: ['b-scherm'],
      rationale: 'Vergrendelen is één handeling die iedereen kan leren en die we bij een rondgang kunnen tellen.',
    };
    sheets['2.3'] = allInSector(
      {
        targetGroup: story.targetGroup,
        departments: capitalised(story.allUnits),
        professions: story.professions,
        size: 180,
        action: 'vergrendelen het scherm met Windows-toets + L',
        when: 'elke keer dat ze de werkplek verlaten, ook voor even',
        where: story.peekPlace,
        howOften: 'elke keer',
        withWhat: 'de toetscombinatie Windows-toets + L',
        currentSituation: 'Bij een rondgang stond op negen van de veertien onbeheerde werkplekken een dossier open.',
        desiredSituation: 'Geen onbeheerde werkplek met een open dossier.',
      },
      peer.sector,
    );
  }
  const programme = await deps.programmes.create(lead, { title, problem });
  for (const [key, fields] of Object.entries(sheets)) await deps.substeps.save(lead, programme.id, key as SubstepKey, { baseVersion: 0, notes: '', fields });
  for (const key of done) await deps.substeps.setStatus(lead, programme.id, key, 'done');

  // The duo's two-weekly check-ins: the last one, and for the first organisation the one before.
  const meetings = focus === 'reporting' ? [addDays(lastDemoMeeting(today), -14), lastDemoMeeting(today)] : [lastDemoMeeting(today)];
  for (const [i, date] of meetings.entries()) {
    const last = i === meetings.length - 1;
    await deps.checkins.create(
      lead,
      programme.id,
      CheckinInput.parse({
        date,
        attendees: [lead.name, team.colleague.name],
        minutes: last
          ? 'Terugblik op sessie 2 van de masterclass. Het doelgedrag (2.3) is bijna af; in de subgroep kregen we tips om het nog concreter te maken.'
          : 'Probleemkeuze (1.1) besproken en het kernteam rond. Planning gelegd naast de data van de masterclass.',
        decisions: last
          ? [{ id: 'doelgroep', text: 'Doelgroep en omvang navragen bij HR', open: true, due: day(6) }]
          : [{ id: 'kernteam', text: 'Communicatieadviseur vragen voor het kernteam', open: false, due: null }],
      }),
    );
  }
  return programme.id;
}

/**
 * Loads the demo masterclass next to the demo organisation `main`: called by loadDemo once the main
 * programme stands. `passwordHash` is the demo password's hash, made once for every demo account.
 */
export async function loadDemoMasterclass(
  db: Database,
  deps: MasterclassServices,
  { main, passwordHash, today }: { main: DemoMain; passwordHash: string; today: string },
) {
  const system = (organisationId: string) => ({ userId: null, organisationId, name: 'Wegwijs' });

  // The training organisation with its trainer, and the two other organisations with an admin and a duo each.
  const { trainer, training, peers } = await db.transaction(async (tx) => {
    const training = await deps.organisations.create(tx, { name: DEMO_TRAINING_ORGANISATION.name, isDemo: true });
    const [trainerUser] = await createDemoUsers(tx, training.id, DEMO_TRAINING_ORGANISATION.accounts, passwordHash);
    await deps.audit.record(tx, system(training.id), { action: 'organisation.demo_load', entity: 'organisation', entityId: training.id });
    const peers = [];
    for (const peer of DEMO_PEER_ORGANISATIONS) {
      const organisation = await deps.organisations.create(tx, { name: peer.name, isDemo: true, sector: peer.sector });
      const users = await createDemoUsers(tx, organisation.id, peer.accounts, passwordHash);
      await deps.audit.record(tx, system(organisation.id), { action: 'organisation.demo_load', entity: 'organisation', entityId: organisation.id });
      const [admin, coordinator, member] = users.map((u, i) => demoActor(organisation.id, u, peer.accounts[i]!.roles)) as [
        DemoTeam['lead'],
        DemoTeam['lead'],
        DemoTeam['lead'],
      ];
      peers.push({ peer, organisationId: organisation.id, admin, team: { lead: coordinator, colleague: member } });
    }
    return { trainer: demoActor(training.id, trainerUser!, DEMO_TRAINING_ORGANISATION.accounts[0]!.roles), training, peers };
  });
  const [wijkzorg, ggz] = peers as [(typeof peers)[number], (typeof peers)[number]];
  const programmes = [
    await loadPeerProgramme(deps, wijkzorg.peer, wijkzorg.team, 'reporting', today),
    await loadPeerProgramme(deps, ggz.peer, ggz.team, 'screens', today),
  ];
  const version = async (key: SubstepKey) => (await deps.substeps.get(main.team.lead, main.programmeId, key)).worksheet?.version ?? null;
  const mainVersions = { '1.1': await version('1.1'), '2.3': await version('2.3') };

  const at = (offset: number, hour = 12, minute = 0) => amsterdamMoment(addDays(today, offset), hour, minute);
  await db.transaction(async (tx) => {
    const cohort = await masterclassRepository.insertCohort(tx, {
      organisationId: training.id,
      name: DEMO_COHORT_NAME,
      code: DEMO_COHORT_CODE,
      capacity: DEFAULT_COHORT_CAPACITY,
      retentionDays: DEFAULT_RETENTION_DAYS,
      createdBy: trainer.userId,
      createdAt: at(-42, 10),
    });
    const base = { organisationId: training.id, cohortId: cohort.id };
    await deps.audit.record(
      tx,
      { userId: trainer.userId, organisationId: training.id, name: trainer.name },
      {
        action: 'cohort.create',
        entity: 'cohort',
        entityId: cohort.id,
        after: { name: DEMO_COHORT_NAME },
      },
    );
    const assignments = [];
    for (const [n, s] of SESSIONS.entries()) {
      const session = await masterclassRepository.insertSession(tx, {
        ...base,
        title: s.title,
        startsAt: amsterdamMoment(sessionDay(today, n), 13, 30),
        minutes: 210,
        // The middle session is online, the others in a classroom.
        place: n === 2 ? '' : 'Utrecht, leslokaal IVGZ Academie',
        videoLink: n === 2 ? 'https://video.demo.wegwijs.invalid/masterclass-sessie-3' : '',
        steps: [s.step],
        createdAt: at(-42, 10),
      });
      assignments.push(
        await masterclassRepository.insertAssignment(tx, {
          ...base,
          sessionId: session.id,
          ...s.assignment,
          dueDate: dueDay(today, n),
          createdAt: at(-42, 10),
        }),
      );
    }
    const [first, second] = assignments as [(typeof assignments)[number], (typeof assignments)[number]];

    // The three organisations join with their programme and duo, each sharing as its admin chose.
    const join = async (organisationId: string, programmeId: string, duo: DemoTeam, joinedBy: DemoTeam['lead'], shares: ShareSettings, daysAgo: number) => {
      const row = await masterclassRepository.insertParticipation(tx, {
        organisationId,
        cohortId: cohort.id,
        programmeId,
        shares,
        joinedBy: joinedBy.userId,
        joinedAt: at(-daysAgo, 9),
      });
      const participantIds = [duo.lead.userId, duo.colleague.userId];
      await masterclassRepository.insertParticipants(
        tx,
        participantIds.map((userId) => ({ participationId: row.id, userId, organisationId })),
      );
      await deps.audit.record(
        tx,
        { userId: joinedBy.userId, organisationId, name: joinedBy.name },
        {
          action: 'cohort.join',
          entity: 'cohort_share',
          entityId: row.id,
          after: { cohort: DEMO_COHORT_NAME, programmeId, participantIds, shares },
        },
      );
      return row;
    };
    const own = await join(
      main.organisationId,
      main.programmeId,
      main.team,
      main.team.lead,
      { trainers: { scopes: ['progress', 'checkins'], worksheets: ['1.1', '2.3'] }, cohort: { scopes: [], worksheets: ['2.3'] } },
      30,
    );
    const second2 = await join(
      wijkzorg.organisationId,
      programmes[0]!,
      wijkzorg.team,
      wijkzorg.admin,
      { trainers: { scopes: ['progress', 'checkins', 'plan'], worksheets: [] }, cohort: { scopes: [], worksheets: [] } },
      29,
    );
    const third = await join(ggz.organisationId, programmes[1]!, ggz.team, ggz.team.lead, defaultShareSettings(), 25);

    // Homework of session 1 (due before session 2): on time, late, missing; of session 2 (due ahead): two in already.
    const submission = (
      participation: typeof own,
      assignmentId: string,
      when: Date,
      text: string,
      worksheet: SubstepKey | null = null,
      worksheetVersion: number | null = null,
    ) => ({
      organisationId: participation.organisationId,
      assignmentId,
      participationId: participation.id,
      text,
      worksheet,
      worksheetVersion,
      submittedAt: when,
      updatedAt: when,
    });
    await demoMasterclassRepository.insertSubmissions(tx, [
      submission(
        own,
        first.id,
        at(-10, 16),
        'We kozen "datalekken worden laat of niet gemeld": hoogste score, en de audit liet het zien.',
        '1.1',
        mainVersions['1.1'],
      ),
      submission(second2, first.id, at(-6, 21), 'Gekozen: datalekken laat melden. Het kernteam is rond, met een wijkverpleegkundige en de planner.'),
      submission(
        own,
        second.id,
        at(-2, 11),
        'Ons doelgedrag staat in 2.3; we horen graag of "ook bij twijfel" concreet genoeg is.',
        '2.3',
        mainVersions['2.3'],
      ),
      submission(second2, second.id, at(-1, 20), 'Eerste versie: wijkverpleegkundigen melden een vermoed datalek dezelfde dag bij het privacyloket.'),
    ]);

    // One subgroup for the 2.3 homework, mixing the three organisations; a first practice round of the interviews in it.
    const table = await demoMasterclassRepository.insertSubgroup(tx, { ...base, assignmentId: second.id, name: 'Tafel 1' }, [own.id, second2.id, third.id]);
    await demoMasterclassRepository.insertRoleplayRound(tx, {
      organisationId: main.organisationId,
      cohortId: cohort.id,
      subgroupId: table.id,
      participationId: own.id,
      interviewerId: main.team.lead.userId,
      colleagueId: wijkzorg.team.lead.userId,
      observerId: ggz.team.lead.userId,
      // As the role-play service picks it: a persona of the interviewer’s sector, seeded by subgroup and round.
      personaKey: pickPersona(PERSONAS, main.sector, `${table.id}:0`)!,
      scores: ObserverScoresInput.parse({
        scores: {
          openQuestions: { score: 2 },
          noLeading: { score: 1, note: 'Eén keer: "Dat formulier is toch ook lastig te vinden?"' },
          asksExamples: { score: 2, note: 'Vroeg naar de laatste keer dat het gebeurde.' },
          neutral: { score: 2 },
          coversFactors: { score: 1, note: 'Fysieke vaardigheid kwam niet aan bod.' },
          closesProperly: { score: 1, note: 'Vraag aan het eind of de collega nog iets wil zeggen.' },
        },
        factorsCovered: ['C-psy', 'O-phy', 'O-soc', 'M-ref', 'M-aut'],
        notes: 'Rustig gesprek met goede open vragen. Let op sturende vragen als je zelf al een mening hebt.',
      }),
      scoredAt: at(-7, 16, 30),
      sharedWithTrainers: false,
      createdAt: at(-7, 16),
    });

    // The trainer's feedback on the shared 2.3, and the duo's answer.
    const feedback = await masterclassRepository.insertComment(tx, {
      organisationId: main.organisationId,
      participationId: own.id,
      item: '2.3',
      authorId: trainer.userId,
      authorName: trainer.name,
      authorOrganisation: DEMO_TRAINING_ORGANISATION.name,
      body: 'Mooi concreet: "direct nadat ze het ontdekken" kun je zien gebeuren. Wat telt als twijfel? Met een paar voorbeelden wordt het ook meetbaar.',
      createdAt: at(-5, 10),
    });
    await masterclassRepository.insertComment(tx, {
      organisationId: main.organisationId,
      participationId: own.id,
      item: '2.3',
      parentId: feedback.id,
      authorId: main.team.lead.userId,
      authorName: main.team.lead.name,
      authorOrganisation: main.name,
      body: 'Goed punt. We nemen de twijfelgevallen uit de quiz op als voorbeelden bij het meldformulier.',
      createdAt: at(-4, 15),
    });

    // Two interventions the demo organisation published to the cohort, one with its own before and after.
    const published = {
      organisationId: main.organisationId,
      cohortId: cohort.id,
      participationId: own.id,
      setting: main.sector,
      publishedBy: main.team.lead.userId,
    };
    await demoMasterclassRepository.insertExchangeItems(tx, [
      {
        ...published,
        title: 'Knop "Datalek melden" op elke startpagina',
        targetBehaviour: 'breach-reporting',
        behaviour: 'Een vermoed datalek direct melden bij het privacyloket',
        barrier: 'O-phy',
        whatWeDid: 'ICT zette een knop naar het meldformulier op de startpagina van alle werkplekken. Het formulier vraagt alleen wat nodig is.',
        functions: ['enablement', 'environmentalRestructuring'],
        effort: 'low',
        effect: { measure: 'Collega’s die het meldformulier binnen een minuut openen (steekproef)', before: 1, after: 9, unit: 'van de 10' },
        publishedAt: at(-3, 14),
      },
      {
        ...published,
        title: 'Quiz "Datalek of niet?" in het teamoverleg',
        targetBehaviour: 'breach-reporting',
        behaviour: 'Herkennen wat een datalek is',
        barrier: 'C-psy',
        whatWeDid: 'Tien minuten in het teamoverleg: situaties van de eigen teams op kaartjes, het team beslist samen of het een datalek is.',
        functions: ['education', 'training'],
        effort: 'low',
        effect: null,
        publishedAt: at(-1, 9),
      },
    ]);
  });
}

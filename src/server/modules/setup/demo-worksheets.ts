import { allInSector, DEFAULT_SECTOR, type Sector } from '#core/sector.js';
import type { WorksheetFields } from '#core/worksheets/index.js';
import { addDays } from '#core/worksheets/planning.js';
import { amsterdamDay } from '../../day.js';
import { capitalised, demoStory } from './demo-story.js';

/** The demo team's last two-weekly check-in: the Tuesday of the past week (one to seven days ago). */
export function lastDemoMeeting(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, -((weekday - 2 + 7) % 7 || 7));
}

/** The duo with an account in 1.2's core team; the names default to the demo organisation's. */
export interface DemoPeople {
  coordinatorId: string;
  memberId: string;
  coordinatorName?: string;
  memberName?: string;
}

/**
 * The demo programme's worksheets: steps 1–3 filled, so a visitor sees a ranked problem list, a
 * team with a duo, a calendar to export, a specified target behaviour and the diagnosis that
 * step 4 builds on. Dutch, like the demo organisation, told in its sector's places, people and
 * word for whom it cares for (demo-story.ts).
 * The planning runs around `today`: the programme started about four months ago and is now in
 * steps 5 and 6. The other organisations of the demo masterclass (demo-masterclass.ts) start from
 * the same sheets, with their own duo's names.
 */
export function demoWorksheets(people: DemoPeople, today = amsterdamDay(), sector: Sector = DEFAULT_SECTOR) {
  const { coordinatorName = 'Demo Trajectleider', memberName = 'Demo Kernteamlid' } = people;
  const day = (offset: number) => addDays(today, offset);
  const story = demoStory(sector);
  const { units, unitWord } = story;

  const problems: WorksheetFields<'1.1'> = {
    criteria: [
      { id: 'impact', label: '', weight: 2 },
      { id: 'behaviourShare', label: '', weight: 1 },
      { id: 'urgency', label: '', weight: 1 },
      { id: 'support', label: '', weight: 1 },
    ],
    problems: [
      {
        id: 'p-melden',
        title: 'Datalekken worden laat of niet gemeld',
        source: 'internal_audit',
        sourceOther: '',
        description: `${story.where} worden datalekken, zoals ${story.breachExample}, laat of niet gemeld. Daardoor halen we de meldtermijn van 72 uur niet altijd.`,
        whyItMatters: 'Te laat melden is een overtreding van de AVG en betrokkenen worden niet op tijd gewaarschuwd.',
        behaviour: 'Medewerkers melden een incident niet direct bij het privacyloket.',
        scores: { impact: 5, behaviourShare: 5, urgency: 4, support: 4 },
      },
      {
        id: 'p-mail',
        title: 'E-mail met {patiënt}gegevens aan de verkeerde ontvanger',
        source: 'incidents',
        sourceOther: '',
        description: 'Een derde van de gemelde datalekken is een e-mail aan een verkeerd adres, meestal door automatisch aanvullen.',
        whyItMatters: 'Vertrouwelijke gegevens komen bij onbevoegden terecht.',
        behaviour: 'Medewerkers controleren de geadresseerde niet voor het verzenden.',
        scores: { impact: 4, behaviourShare: 4, urgency: 3, support: 3 },
      },
      {
        id: 'p-scherm',
        title: 'Werkplekken blijven ontgrendeld',
        source: 'brainstorm',
        sourceOther: '',
        description: story.unlockedScreen,
        whyItMatters: 'Onbevoegden kunnen meekijken in dossiers.',
        behaviour: 'Medewerkers vergrendelen het scherm niet als ze weglopen.',
        scores: { impact: 3, behaviourShare: 5, urgency: null, support: 2 },
      },
    ],
    chosenId: 'p-melden',
    rationale: 'Hoogste score; het bestuur wil na de laatste audit zichtbaar verbeteren, en beter melden helpt ook bij de andere problemen.',
  };

  const team: WorksheetFields<'1.2'> = {
    members: [
      {
        id: 'm-lead',
        userId: people.coordinatorId,
        name: coordinatorName,
        position: 'coordinator',
        discipline: 'security_privacy',
        role: 'Privacyfunctionaris',
        department: 'Kwaliteit en veiligheid',
        tasks: 'Leidt het traject, contact met het bestuur.',
        hoursPerWeek: 6,
      },
      {
        id: 'm-ciso',
        userId: null,
        name: 'Informatiebeveiliger (CISO)',
        position: 'coordinator',
        discipline: 'security_privacy',
        role: 'Duo-trajectleider',
        department: 'ICT',
        tasks: 'Analyse en meting.',
        hoursPerWeek: 4,
      },
      {
        id: 'm-zorg',
        userId: people.memberId,
        name: memberName,
        position: 'member',
        discipline: 'care_practice',
        role: story.staffRole,
        department: units[0].label.nl,
        tasks: `Brengt de praktijk van ${unitWord.article} ${unitWord.one} in.`,
        hoursPerWeek: 2,
      },
      {
        id: 'm-comm',
        userId: null,
        name: 'Communicatieadviseur',
        position: 'member',
        discipline: 'communication',
        role: 'Communicatie',
        department: 'Communicatie',
        tasks: 'Communicatieplan en middelen.',
        hoursPerWeek: 2,
      },
    ],
    leadTasks: [
      { id: 't-overleg', task: 'Tweewekelijks overleg voorzitten', ownerId: 'm-lead' },
      { id: 't-bestuur', task: 'Contact met bestuur en sponsor', ownerId: 'm-lead' },
      { id: 't-analyse', task: 'Analyse en vragenlijst coördineren', ownerId: 'm-ciso' },
      { id: 't-acties', task: 'Acties bijhouden', ownerId: 'm-ciso' },
    ],
  };

  const stakeholders: WorksheetFields<'1.3'> = {
    stakeholders: [
      {
        id: 's-rvb',
        name: 'Raad van bestuur',
        interest: 'Wil aantoonbaar voldoen aan de AVG.',
        interestLevel: 4,
        influenceLevel: 5,
        involvement: 'Kwartaalrapportage en besluit over middelen.',
        when: 'Start en elk kwartaal',
      },
      {
        id: 's-tm',
        name: story.managers,
        interest: 'Tijd van medewerkers, werkdruk.',
        interestLevel: 3,
        influenceLevel: 4,
        involvement: 'Meedenken over interventies, agenderen in teamoverleg.',
        when: 'Stap 3 en 4',
      },
    ],
  };

  const planning: WorksheetFields<'1.4'> = {
    milestones: [
      { id: 'ms-1', step: 1, title: 'Probleem en kernteam vastgesteld', date: day(-119) },
      { id: 'ms-2', step: 2, title: 'Doelgedrag beschreven', date: day(-98) },
      { id: 'ms-3', step: 3, title: 'Interviews en vragenlijst afgerond', date: day(-63) },
      { id: 'ms-4', step: 4, title: 'Interventies gekozen en uitgewerkt', date: day(-42) },
      { id: 'ms-5', step: 5, title: `Meldknop en campagne ${unitWord.on} alle drie de ${unitWord.many}`, date: day(28) },
      { id: 'ms-6', step: 6, title: 'Eindrapport aan de raad van bestuur', date: day(84) },
    ],
    // Every two weeks since the start; the check-in of 5.3 was held at the last one.
    meetings: {
      title: 'Voortgangsoverleg',
      firstDate: addDays(lastDemoMeeting(today), -9 * 14),
      startTime: '09:30',
      durationMinutes: 60,
      intervalWeeks: 2,
      count: 20,
      location: 'Vergaderzaal B2 of Teams',
    },
    resources: 'Samen 14 uur per week; budget voor posters en een e-learning.',
    boardReporting: 'Na elke stap een korte notitie aan de raad van bestuur.',
  };

  const behaviours: WorksheetFields<'2.1'> = {
    behaviours: [
      {
        id: 'b-melden',
        description: 'Een vermoed datalek direct melden bij het privacyloket',
        link: 'Zonder melding kan niemand binnen 72 uur maatregelen nemen.',
      },
      {
        id: 'b-adres',
        description: 'De geadresseerde controleren voor het versturen van een e-mail met {patiënt}gegevens',
        link: 'Voorkomt het vaakst gemelde datalek.',
      },
      { id: 'b-scherm', description: 'Het scherm vergrendelen bij het weglopen van de werkplek', link: `Voorkomt meekijken ${story.peekPlace}.` },
    ],
  };

  const priorities: WorksheetFields<'2.2'> = {
    ratings: {
      'b-melden': { impact: 5, changeability: 4, measurability: 4 },
      'b-adres': { impact: 4, changeability: 3, measurability: 2 },
      'b-scherm': { impact: 3, changeability: 4, measurability: 3 },
    },
    chosenIds: ['b-melden'],
    rationale: 'Melden heeft de grootste invloed op het probleem en is te volgen in het datalekregister.',
  };

  const target: WorksheetFields<'2.3'> = {
    targetGroup: story.targetGroup,
    departments: capitalised(story.allUnits),
    professions: story.professions,
    size: 240,
    action: 'melden een vermoed datalek bij het privacyloket',
    when: 'direct nadat ze het ontdekken, ook bij twijfel',
    where: `${story.workplace}, via het meldformulier op het intranet`,
    howOften: 'elke keer',
    withWhat: 'het meldformulier of het telefoonnummer van het privacyloket',
    currentSituation: 'Meldingen komen dagen later of helemaal niet binnen.',
    desiredSituation: 'Elk vermoed datalek is binnen een uur gemeld.',
  };

  const diagnosis: WorksheetFields<'3.4'> = {
    entries: [
      {
        id: 'd-vindbaar',
        factor: 'O-phy',
        kind: 'barrier',
        description: 'Het meldformulier is moeilijk te vinden',
        evidence: 'In vijf van de zes interviews; niemand vond het binnen een minuut.',
        sources: ['interviews'],
        weight: 5,
        mustChange: 'Het formulier moet met één klik te openen zijn.',
      },
      {
        id: 'd-kennis',
        factor: 'C-psy',
        kind: 'barrier',
        description: 'Niet weten wat als datalek telt',
        evidence: 'Laagste score in de vragenlijst.',
        sources: ['interviews', 'survey'],
        weight: 4,
        mustChange: 'Iedereen herkent de gewone voorbeelden van een datalek.',
      },
      {
        id: 'd-schaamte',
        factor: 'M-aut',
        kind: 'barrier',
        description: 'Schaamte over de eigen fout',
        evidence: 'Twee interviews.',
        sources: ['interviews'],
        weight: 3,
        mustChange: 'Melden moet normaal en gewaardeerd worden.',
      },
      {
        id: 'd-motivatie',
        factor: 'M-ref',
        kind: 'enabler',
        description: 'Wil {patiënten} beschermen',
        evidence: 'Hoge score in de vragenlijst.',
        sources: ['survey'],
        weight: 4,
        mustChange: '',
      },
    ],
    summary: 'Medewerkers willen melden, maar weten niet goed wat een datalek is en vinden het formulier niet; schaamte houdt sommigen tegen.',
  };

  return allInSector(
    { '1.1': problems, '1.2': team, '1.3': stakeholders, '1.4': planning, '2.1': behaviours, '2.2': priorities, '2.3': target, '3.4': diagnosis } as const,
    sector,
  );
}

import type { WorksheetFields } from '../../../core/worksheets/index.js';

/**
 * The demo programme's worksheets: step 1 mostly done, so a visitor sees filled forms, a ranked
 * problem list, a team with a duo and a calendar to export. Dutch, like the demo organisation.
 */
export function demoWorksheets(people: { coordinatorId: string; memberId: string }) {
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
        description:
          'Op de verpleegafdelingen worden datalekken, zoals een mail met patiëntgegevens aan de verkeerde ontvanger, laat of niet gemeld. Daardoor halen we de meldtermijn van 72 uur niet altijd.',
        whyItMatters: 'Te laat melden is een overtreding van de AVG en betrokkenen worden niet op tijd gewaarschuwd.',
        behaviour: 'Medewerkers melden een incident niet direct bij het privacyloket.',
        scores: { impact: 5, behaviourShare: 5, urgency: 4, support: 4 },
      },
      {
        id: 'p-mail',
        title: 'E-mail met patiëntgegevens aan de verkeerde ontvanger',
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
        description: 'Op de afdelingsbalie blijven computers ontgrendeld achter terwijl patiënten en bezoekers langslopen.',
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
      { id: 'm-lead', userId: people.coordinatorId, name: 'Demo Trajectleider', position: 'coordinator', discipline: 'security_privacy', role: 'Privacyfunctionaris', department: 'Kwaliteit en veiligheid', tasks: 'Leidt het traject, contact met het bestuur.', hoursPerWeek: 6 },
      { id: 'm-ciso', userId: null, name: 'Informatiebeveiliger (CISO)', position: 'coordinator', discipline: 'security_privacy', role: 'Duo-trajectleider', department: 'ICT', tasks: 'Analyse en meting.', hoursPerWeek: 4 },
      { id: 'm-zorg', userId: people.memberId, name: 'Demo Kernteamlid', position: 'member', discipline: 'care_practice', role: 'Verpleegkundige', department: 'Interne geneeskunde', tasks: 'Brengt de praktijk van de afdeling in.', hoursPerWeek: 2 },
      { id: 'm-comm', userId: null, name: 'Communicatieadviseur', position: 'member', discipline: 'communication', role: 'Communicatie', department: 'Communicatie', tasks: 'Communicatieplan en middelen.', hoursPerWeek: 2 },
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
      { id: 's-rvb', name: 'Raad van bestuur', interest: 'Wil aantoonbaar voldoen aan de AVG.', interestLevel: 4, influenceLevel: 5, involvement: 'Kwartaalrapportage en besluit over middelen.', when: 'Start en elk kwartaal' },
      { id: 's-tm', name: 'Teammanagers verpleegafdelingen', interest: 'Tijd van medewerkers, werkdruk.', interestLevel: 3, influenceLevel: 4, involvement: 'Meedenken over interventies, agenderen in teamoverleg.', when: 'Stap 3 en 4' },
    ],
  };

  const planning: WorksheetFields<'1.4'> = {
    milestones: [
      { id: 'ms-1', step: 1, title: 'Probleem en kernteam vastgesteld', date: '2027-01-15' },
      { id: 'ms-2', step: 2, title: 'Doelgedrag beschreven', date: '2027-02-12' },
      { id: 'ms-3', step: 3, title: 'Interviews en vragenlijst afgerond', date: '2027-04-02' },
    ],
    meetings: { title: 'Voortgangsoverleg', firstDate: '2027-01-05', startTime: '09:30', durationMinutes: 60, intervalWeeks: 2, count: 20, location: 'Vergaderzaal B2 of Teams' },
    resources: 'Samen 14 uur per week; budget voor posters en een e-learning.',
    boardReporting: 'Na elke stap een korte notitie aan de raad van bestuur.',
  };

  return { '1.1': problems, '1.2': team, '1.3': stakeholders, '1.4': planning } as const;
}

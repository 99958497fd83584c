import type { Locale } from '#core/locale.js';

/**
 * The words of the plan van aanpak and the final report, in both languages. Names that the method
 * content already has (COM-B factors, intervention functions, APEASE criteria, indicators, the
 * worksheets' fixed choices) come from src/content; the team's own words are printed as they wrote them.
 */
const nl = {
  plan: { title: 'Plan van aanpak', footer: (organisation: string) => `${organisation} · plan van aanpak` },
  report: { title: 'Eindrapport', footer: (organisation: string) => `${organisation} · eindrapport` },
  madeOn: (organisation: string, day: string) => `${organisation}. Gemaakt met Wegwijs op ${day}, uit wat het kernteam in het traject heeft vastgelegd.`,
  none: '—',
  yes: 'ja',
  step: (n: number) => `Stap ${n}`,
  field: 'Onderdeel',
  value: 'Beschrijving',
  list: (items: string[]) => items.join(', '),

  headings: {
    summary: 'Samenvatting',
    problemPlan: 'Probleem en aanleiding',
    problem: 'Probleem',
    problemsConsidered: 'Afgewogen problemen',
    target: 'Doelgedrag en doelgroep',
    behavioursConsidered: 'Afgewogen gedragingen',
    team: 'Kernteam en rollen',
    leadTasks: 'Taken van de trajectleiding',
    stakeholders: 'Belanghebbenden',
    analysisPlan: 'Analyse: gedragsdiagnose',
    analysis: 'Analyse',
    research: 'Onderzoek',
    diagnosis: 'Belemmerende en bevorderende factoren',
    interventionsPlan: 'Gekozen interventies',
    interventions: 'Interventies',
    apease: 'Afweging (APEASE)',
    elaboration: 'Uitwerking',
    rejected: 'Overwogen, niet gekozen',
    actionPlan: 'Actieplan',
    communicationPlan: 'Communicatieplan',
    planning: 'Planning en overlegritme',
    milestones: 'Mijlpalen',
    checkinRhythm: 'Voortgangsoverleg',
    roles: 'Wie doet wat per stap',
    kpisPlan: 'KPI’s: 0-meting en streefwaarde',
    measurementPlan: 'Effectmeting: hoe het gedrag gemeten wordt',
    done: 'Wat er is gedaan',
    actions: 'Acties',
    communication: 'Communicatie',
    checkins: 'Voortgangsoverleggen',
    results: 'Resultaten',
    kpis: 'KPI’s',
    effect: 'Gedragsfactoren voor en na (vragenlijst)',
    effectOf: (followUp: string, baseline: string) => `${followUp} vergeleken met ${baseline}`,
    anchoring: 'Verankering',
    lessons: 'Geleerde lessen en volgend probleem',
    nextCandidates: 'Kandidaten voor een volgend traject',
  },

  withheld: {
    team: 'Het kernteam en de belanghebbenden (deelstappen 1.2 en 1.3) zijn niet gedeeld: namen en rollen van medewerkers blijven in de organisatie.',
  },
  empty: {
    problem: 'Nog geen probleem gekozen (deelstap 1.1).',
    target: 'Het doelgedrag is nog niet beschreven (deelstap 2.3).',
    behaviours: 'Nog geen gedragingen afgewogen (deelstappen 2.1 en 2.2).',
    team: 'Nog geen kernteam vastgelegd (deelstap 1.2).',
    stakeholders: 'Nog geen belanghebbenden vastgelegd (deelstap 1.3).',
    research: 'Nog geen onderzoek vastgelegd (deelstappen 3.2 en 3.3).',
    diagnosis: 'Nog geen gedragsdiagnose vastgelegd (deelstap 3.4).',
    interventions: 'Nog geen interventies gekozen (deelstap 4.3).',
    apease: 'Nog niet beoordeeld.',
    elaboration: 'Nog niet uitgewerkt (deelstap 4.4).',
    actions: 'Nog geen acties vastgelegd (deelstap 5.1).',
    communication: 'Nog geen communicatieplan vastgelegd (deelstap 5.1).',
    milestones: 'Nog geen mijlpalen gepland (deelstap 1.4).',
    rhythm: 'Nog geen overlegreeks gepland (deelstap 1.4).',
    checkins: 'Nog geen voortgangsoverleggen vastgelegd (deelstap 5.3).',
    kpis: 'Nog geen KPI’s vastgelegd (deelstap 6.1).',
    measurementPlan: 'Het werkblad effectmeting is nog niet ingevuld. Je vindt het naast de stappen.',
    measurements: 'Nog geen metingen.',
    effect:
      'Nog geen vergelijking: er is nog geen gesloten herhaalmeting van de vragenlijst die met de eerste vragenlijst vergeleken kan worden (deelstap 6.1).',
    anchoring: 'Nog geen verankeringsafspraken vastgelegd (deelstap 6.2).',
    lessons: 'Nog niets vastgelegd. Schrijf de geleerde lessen en het volgende probleem in de notities van deelstap 6.3.',
  },

  summary: {
    problem: (title: string) => `Probleem: ${title}`,
    target: (sentence: string) => `Doelgedrag: ${sentence}`,
    interventions: (titles: string[]) => `Gekozen interventies: ${titles.join('; ')}.`,
    noInterventions: 'Er zijn nog geen interventies gekozen.',
    actions: (done: number, total: number) => `Acties: ${done} van de ${total} klaar.`,
    kpis: (reached: number, total: number) => `KPI’s: ${reached} van de ${total} hebben hun streefwaarde bereikt.`,
    behaviour: (name: string, baseline: string, followUp: string, target: string) =>
      `Het gedrag (${name}): 0-meting ${baseline}, 1-meting ${followUp}, streefwaarde ${target}.`,
    noBehaviour: 'Het gedrag zelf is nog niet gemeten: vul het werkblad effectmeting in.',
    effect: (parts: string[]) => `Gedragsfactoren (vragenlijst): ${parts.join('; ')}.`,
    effectPart: (verdict: string, factors: string[]) => `${verdict}: ${factors.join(', ')}`,
    noEffect: 'De gedragsfactoren zijn nog niet voor en na vergeleken.',
    anchoring: (done: number, total: number) => `Verankering: ${done} van de ${total} afspraken verankerd of niet van toepassing.`,
  },

  problem: {
    chosen: 'Gekozen probleem',
    why: 'Waarom het ertoe doet',
    behaviour: 'Gedrag dat een rol speelt',
    source: 'Bron',
    rationale: 'Waarom dit probleem',
    statement: 'Probleemstelling',
    columns: { rank: 'Plaats', problem: 'Probleem', source: 'Bron', score: 'Score (1–5)' },
    chosenMark: '(gekozen)',
  },

  target: {
    fields: {
      targetGroup: 'Doelgroep',
      departments: 'Afdelingen',
      professions: 'Beroepen',
      size: 'Omvang (aantal mensen)',
      action: 'Doet wat',
      when: 'Wanneer',
      where: 'Waar',
      howOften: 'Hoe vaak',
      withWhat: 'Waarmee',
      currentSituation: 'Huidige situatie',
      desiredSituation: 'Gewenste situatie',
    },
    columns: {
      behaviour: 'Gedrag',
      impact: 'Impact',
      changeability: 'Veranderbaarheid',
      measurability: 'Meetbaarheid',
      priority: 'Gemiddelde',
      chosen: 'Gekozen',
    },
    rationale: 'Waarom dit doelgedrag',
  },

  team: {
    columns: { name: 'Naam', position: 'Plaats in het team', role: 'Rol', department: 'Afdeling', tasks: 'Taken', hours: 'Uren per week' },
    totalHours: (hours: string) => `Samen ${hours} uur per week.`,
    taskColumns: { task: 'Taak', owner: 'Wie' },
    nobody: 'Nog niemand',
  },

  stakeholders: {
    columns: {
      name: 'Belanghebbende',
      interest: 'Belang',
      levels: 'Belang / invloed (1–5)',
      approach: 'Aanpak',
      involvement: 'Hoe betrekken',
      when: 'Wanneer',
    },
  },

  analysis: {
    methods: 'Gekozen onderzoeksmethoden',
    interviews: (n: number) => (n === 1 ? 'Er is 1 interview gehouden.' : `Er zijn ${n} interviews gehouden.`),
    withoutConsent: (n: number) =>
      n === 1
        ? 'Bij 1 interview is de toestemming niet vastgelegd; de bevindingen daaruit tellen niet mee.'
        : `Bij ${n} interviews is de toestemming niet vastgelegd; de bevindingen daaruit tellen niet mee.`,
    surveysIntro: 'Vragenlijsten (alleen aantallen; resultaten van kleine groepen worden nooit getoond):',
    surveyColumns: { title: 'Vragenlijst', status: 'Status', responses: 'Reacties', closed: 'Gesloten op' },
    surveyStatus: { draft: 'Concept', open: 'Open', closed: 'Gesloten' },
    summary: 'Samenvatting van de diagnose',
    columns: {
      factor: 'COM-B-factor',
      kind: 'Soort',
      description: 'Omschrijving',
      weight: 'Gewicht (1–5)',
      evidence: 'Onderbouwing',
      mustChange: 'Wat moet veranderen',
    },
    unclassified: 'Nog niet ingedeeld',
  },

  interventions: {
    functions: 'Interventiefuncties',
    factors: 'COM-B-factoren',
    barriers: 'Pakt aan',
    rationale: 'Reden van de keuze',
    columns: { intervention: 'Interventie', functions: 'Functies', rationale: 'Reden van de keuze' },
    apeaseColumns: { criterion: 'Criterium', mean: 'Gemiddelde (1–5)', raters: 'Beoordelaars' },
    apeaseOverall: (mean: string) => `Gemiddeld over de criteria: ${mean}.`,
    concerns: (criteria: string[]) => `Aandachtspunten (gemiddeld onder 3): ${criteria.join(', ')}.`,
    plan: {
      what: 'Wat precies',
      forWhom: 'Voor wie',
      byWhom: 'Door wie',
      when: 'Wanneer',
      materials: 'Materialen',
      measurement: 'Hoe het effect gemeten wordt',
      indicators: 'Indicatoren',
    },
    period: (start: string, end: string | null) => (end ? `${start} tot ${end}` : `vanaf ${start}`),
  },

  actions: {
    columns: { title: 'Actie', intervention: 'Interventie', owner: 'Actiehouder', due: 'Datum', status: 'Status' },
    doneOn: (status: string, day: string) => `${status} (${day})`,
    summary: (done: number, total: number, dropped: number) => `${done} van de ${total} acties klaar${dropped > 0 ? `, ${dropped} vervallen` : ''}.`,
  },

  communication: {
    columns: { audience: 'Doelgroep', message: 'Boodschap', channel: 'Kanaal', planned: 'Wanneer', owner: 'Wie', status: 'Status' },
  },

  planning: {
    columns: { step: 'Stap', milestone: 'Mijlpaal', date: 'Datum' },
    rhythm: (p: { title: string; weeks: number; first: string; time: string; minutes: number; count: number; last: string | null }) =>
      `${p.title || 'Voortgangsoverleg'}: ${p.weeks === 1 ? 'elke week' : `elke ${p.weeks} weken`}, ${p.count} keer, van ${p.first}${p.last ? ` tot ${p.last}` : ''}, om ${p.time} (${p.minutes} minuten).`,
    location: (location: string) => `Plaats: ${location}.`,
    held: (n: number, last: string) => `Tot nu toe ${n === 1 ? 'is 1 overleg' : `zijn ${n} overleggen`} vastgelegd, het laatste op ${last}.`,
    resources: 'Middelen',
    boardReporting: 'Rapportage aan het bestuur',
  },

  checkins: {
    columns: { date: 'Datum', attendees: 'Aanwezig', decisions: 'Besluiten' },
    open: 'open',
  },

  kpis: {
    columns: {
      name: 'KPI',
      unit: 'Eenheid',
      direction: 'Richting',
      baseline: '0-meting',
      target: 'Streefwaarde',
      intervention: 'Interventie',
      latest: 'Laatste meting',
      change: 'Verandering',
      status: 'Stand',
    },
    measurementColumns: { date: 'Datum', value: 'Waarde', note: 'Toelichting' },
    valueOn: (value: string, day: string | null) => (day ? `${value} (${day})` : value),
    standing: (status: string) => `Stand: ${status}.`,
    chart: {
      measured: 'Meting',
      baseline: (value: string) => `0-meting: ${value}`,
      target: (value: string) => `Streefwaarde: ${value}`,
      alt: (p: { name: string; unit: string; n: number; first: string; last: string; latest: string; baseline: string | null; target: string | null }) =>
        `Lijngrafiek van ${p.name} (${p.unit}): ${p.n === 1 ? '1 meting' : `${p.n} metingen`} van ${p.first} tot ${p.last}, laatste waarde ${p.latest}` +
        `${p.baseline ? `, 0-meting ${p.baseline}` : ''}${p.target ? `, streefwaarde ${p.target}` : ''}. De cijfers staan in de tabel hieronder.`,
    },
  },

  effect: {
    responses: (before: number, after: number) => `Eerste vragenlijst: ${before} reacties. Herhaalmeting: ${after} reacties.`,
    columns: {
      factor: 'COM-B-factor',
      before: 'Eerste vragenlijst',
      after: 'Herhaalmeting',
      difference: 'Verschil',
      interval: '95%-interval',
      verdict: 'Oordeel',
    },
    sentence: {
      improved: (factor: string, diff: string, lo: string, hi: string) => `${factor}: duidelijk verbeterd, met ${diff} punt (95%-interval ${lo} tot ${hi}).`,
      worse: (factor: string, diff: string, lo: string, hi: string) => `${factor}: duidelijk verslechterd, met ${diff} punt (95%-interval ${lo} tot ${hi}).`,
      noClearChange: (factor: string, diff: string, lo: string, hi: string) =>
        `${factor}: geen duidelijke verandering (${diff} punt, 95%-interval ${lo} tot ${hi}).`,
      tooSmall: (factor: string, minimum: number) => `${factor}: te weinig reacties om te vergelijken; elke vragenlijst heeft er minstens ${minimum} nodig.`,
      notMeasured: (factor: string) => `${factor}: niet gemeten in de herhaalmeting.`,
    },
    how: (minimum: number) =>
      `Het verschil is de gemiddelde score in de herhaalmeting min die in de eerste vragenlijst, in punten op de schaal van de eerste vragenlijst. Een verandering heet duidelijk als het hele 95%-interval boven of onder nul ligt. Vragenlijsten met minder dan ${minimum} reacties per factor worden niet vergeleken, zodat niemand herkenbaar is.`,
    axis: 'Verschil in schaalpunten (met 95%-interval)',
    alt: (followUp: string, baseline: string) =>
      `Grafiek van het verschil per COM-B-factor tussen ${baseline} en ${followUp}, met 95%-interval. De cijfers staan in de tabel hieronder.`,
  },

  roles: {
    columns: { step: 'Stap', responsible: 'Verantwoordelijk', accountable: 'Eindverantwoordelijk', consulted: 'Raadplegen', informed: 'Informeren' },
    allDefault: 'Dit is de standaardverdeling uit de Wegwijzer; het kernteam heeft hem nog niet aangepast.',
    someCustom: (steps: string) => `Het kernteam heeft de verdeling aangepast voor: ${steps}. De andere stappen volgen de standaardverdeling uit de Wegwijzer.`,
  },

  measurementPlan: {
    outcome: 'KPI die het gedrag telt',
    method: 'Manier van meten',
    methods: { observation: 'Observatie op de werkvloer', logs: 'Logbestanden', registrations: 'Registraties', selfReport: 'Zelfrapportage (vragenlijst)' },
    selfReportReason: 'Waarom niet het gedrag zelf',
    design: 'Opzet',
    groups: 'Groepen',
    population: 'Wie gemeten wordt',
    baseline: '0-meting',
    target: 'Streefwaarde',
    followUp: '1-meting',
    planned: (day: string) => `gepland op ${day}`,
    done: (value: string, day: string) => `${value} op ${day}`,
    notDone: (planned: string | null) => (planned ? `nog niet gedaan (gepland op ${planned})` : 'nog niet gedaan en nog niet gepland'),
    deviations: 'Afwijkingen van het plan',
    decision: 'Besluit na de 1-meting',
    noDecision: 'Nog geen besluit genomen.',
    reason: 'Waarom',
    determinants:
      'De vragenlijst over gedragsfactoren en de kennischecks meten wat het gedrag drijft, niet het gedrag zelf. Hun uitkomsten staan bij de KPI’s en bij de gedragsfactoren voor en na.',
  },

  anchoring: {
    columns: { area: 'Waar', description: 'Wat', owner: 'Eigenaar', due: 'Datum', status: 'Status', note: 'Vastgelegd in / toelichting' },
    summary: (done: number, total: number) => `${done} van de ${total} afspraken verankerd of niet van toepassing.`,
  },

  lessons: {
    nextIntro: 'Deze problemen uit de probleemlijst van deelstap 1.1 zijn nog niet aangepakt, de hoogst gescoorde eerst:',
  },
};

export type ReportTexts = typeof nl;

const en: ReportTexts = {
  plan: { title: 'Plan of approach', footer: (organisation) => `${organisation} · plan of approach` },
  report: { title: 'Final report', footer: (organisation) => `${organisation} · final report` },
  madeOn: (organisation, day) => `${organisation}. Made with Wegwijs on ${day}, from what the core team recorded in the programme.`,
  none: '—',
  yes: 'yes',
  step: (n) => `Step ${n}`,
  field: 'Item',
  value: 'Description',
  list: (items) => items.join(', '),

  headings: {
    summary: 'Summary',
    problemPlan: 'The problem and why it matters',
    problem: 'Problem',
    problemsConsidered: 'Problems considered',
    target: 'Target behaviour and target group',
    behavioursConsidered: 'Behaviours considered',
    team: 'Core team and roles',
    leadTasks: 'Tasks of the programme lead',
    stakeholders: 'Stakeholders',
    analysisPlan: 'Analysis: behavioural diagnosis',
    analysis: 'Analysis',
    research: 'Research',
    diagnosis: 'Barriers and enablers',
    interventionsPlan: 'Chosen interventions',
    interventions: 'Interventions',
    apease: 'Assessment (APEASE)',
    elaboration: 'Plan',
    rejected: 'Considered, not chosen',
    actionPlan: 'Action plan',
    communicationPlan: 'Communication plan',
    planning: 'Planning and check-in rhythm',
    milestones: 'Milestones',
    checkinRhythm: 'Check-ins',
    roles: 'Who does what per step',
    kpisPlan: 'KPIs: baseline and target',
    measurementPlan: 'Effect measurement: how the behaviour is measured',
    done: 'What was done',
    actions: 'Actions',
    communication: 'Communication',
    checkins: 'Check-ins',
    results: 'Results',
    kpis: 'KPIs',
    effect: 'Behavioural factors before and after (survey)',
    effectOf: (followUp, baseline) => `${followUp} compared with ${baseline}`,
    anchoring: 'Anchoring',
    lessons: 'Lessons learned and next problem',
    nextCandidates: 'Candidates for a next programme',
  },

  withheld: {
    team: 'The core team and the stakeholders (sub-steps 1.2 and 1.3) are not shared: names and roles of staff stay in the organisation.',
  },
  empty: {
    problem: 'No problem chosen yet (sub-step 1.1).',
    target: 'The target behaviour has not been described yet (sub-step 2.3).',
    behaviours: 'No behaviours weighed yet (sub-steps 2.1 and 2.2).',
    team: 'No core team recorded yet (sub-step 1.2).',
    stakeholders: 'No stakeholders recorded yet (sub-step 1.3).',
    research: 'No research recorded yet (sub-steps 3.2 and 3.3).',
    diagnosis: 'No behavioural diagnosis recorded yet (sub-step 3.4).',
    interventions: 'No interventions chosen yet (sub-step 4.3).',
    apease: 'Not assessed yet.',
    elaboration: 'Not worked out yet (sub-step 4.4).',
    actions: 'No actions recorded yet (sub-step 5.1).',
    communication: 'No communication plan recorded yet (sub-step 5.1).',
    milestones: 'No milestones planned yet (sub-step 1.4).',
    rhythm: 'No check-in series planned yet (sub-step 1.4).',
    checkins: 'No check-ins recorded yet (sub-step 5.3).',
    kpis: 'No KPIs recorded yet (sub-step 6.1).',
    measurementPlan: 'The measurement worksheet has not been filled in yet. You find it beside the steps.',
    measurements: 'No measurements yet.',
    effect: 'No comparison yet: there is no closed repeat survey to compare with the first survey (sub-step 6.1).',
    anchoring: 'No anchoring agreements recorded yet (sub-step 6.2).',
    lessons: 'Nothing recorded yet. Write the lessons learned and the next problem in the notes of sub-step 6.3.',
  },

  summary: {
    problem: (title) => `Problem: ${title}`,
    target: (sentence) => `Target behaviour: ${sentence}`,
    interventions: (titles) => `Chosen interventions: ${titles.join('; ')}.`,
    noInterventions: 'No interventions have been chosen yet.',
    actions: (done, total) => `Actions: ${done} of ${total} done.`,
    kpis: (reached, total) => `KPIs: ${reached} of ${total} reached their target value.`,
    behaviour: (name, baseline, followUp, target) => `The behaviour (${name}): baseline ${baseline}, follow-up ${followUp}, target value ${target}.`,
    noBehaviour: 'The behaviour itself has not been measured yet: fill in the measurement worksheet.',
    effect: (parts) => `Behavioural factors (survey): ${parts.join('; ')}.`,
    effectPart: (verdict, factors) => `${verdict}: ${factors.join(', ')}`,
    noEffect: 'The behavioural factors have not been compared before and after yet.',
    anchoring: (done, total) => `Anchoring: ${done} of ${total} agreements embedded or not applicable.`,
  },

  problem: {
    chosen: 'Chosen problem',
    why: 'Why it matters',
    behaviour: 'Behaviour involved',
    source: 'Source',
    rationale: 'Why this problem',
    statement: 'Problem statement',
    columns: { rank: 'Rank', problem: 'Problem', source: 'Source', score: 'Score (1–5)' },
    chosenMark: '(chosen)',
  },

  target: {
    fields: {
      targetGroup: 'Target group',
      departments: 'Departments',
      professions: 'Professions',
      size: 'Size (number of people)',
      action: 'Does what',
      when: 'When',
      where: 'Where',
      howOften: 'How often',
      withWhat: 'With what',
      currentSituation: 'Current situation',
      desiredSituation: 'Desired situation',
    },
    columns: { behaviour: 'Behaviour', impact: 'Impact', changeability: 'Changeability', measurability: 'Measurability', priority: 'Mean', chosen: 'Chosen' },
    rationale: 'Why this target behaviour',
  },

  team: {
    columns: { name: 'Name', position: 'Place in the team', role: 'Role', department: 'Department', tasks: 'Tasks', hours: 'Hours per week' },
    totalHours: (hours) => `Together ${hours} hours per week.`,
    taskColumns: { task: 'Task', owner: 'Who' },
    nobody: 'Nobody yet',
  },

  stakeholders: {
    columns: {
      name: 'Stakeholder',
      interest: 'Interest',
      levels: 'Interest / influence (1–5)',
      approach: 'Approach',
      involvement: 'How to involve',
      when: 'When',
    },
  },

  analysis: {
    methods: 'Research methods chosen',
    interviews: (n) => (n === 1 ? '1 interview was held.' : `${n} interviews were held.`),
    withoutConsent: (n) =>
      n === 1
        ? 'For 1 interview, consent was not recorded; its findings do not count.'
        : `For ${n} interviews, consent was not recorded; their findings do not count.`,
    surveysIntro: 'Surveys (counts only; results of small groups are never shown):',
    surveyColumns: { title: 'Survey', status: 'Status', responses: 'Responses', closed: 'Closed on' },
    surveyStatus: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    summary: 'Summary of the diagnosis',
    columns: { factor: 'COM-B factor', kind: 'Kind', description: 'Description', weight: 'Weight (1–5)', evidence: 'Evidence', mustChange: 'What must change' },
    unclassified: 'Not classified yet',
  },

  interventions: {
    functions: 'Intervention functions',
    factors: 'COM-B factors',
    barriers: 'Addresses',
    rationale: 'Reason for the choice',
    columns: { intervention: 'Intervention', functions: 'Functions', rationale: 'Reason for the choice' },
    apeaseColumns: { criterion: 'Criterion', mean: 'Mean (1–5)', raters: 'Raters' },
    apeaseOverall: (mean) => `Mean over the criteria: ${mean}.`,
    concerns: (criteria) => `Points of attention (mean below 3): ${criteria.join(', ')}.`,
    plan: {
      what: 'What exactly',
      forWhom: 'For whom',
      byWhom: 'By whom',
      when: 'When',
      materials: 'Materials',
      measurement: 'How the effect is measured',
      indicators: 'Indicators',
    },
    period: (start, end) => (end ? `${start} to ${end}` : `from ${start}`),
  },

  actions: {
    columns: { title: 'Action', intervention: 'Intervention', owner: 'Owner', due: 'Due', status: 'Status' },
    doneOn: (status, day) => `${status} (${day})`,
    summary: (done, total, dropped) => `${done} of ${total} actions done${dropped > 0 ? `, ${dropped} dropped` : ''}.`,
  },

  communication: {
    columns: { audience: 'Audience', message: 'Message', channel: 'Channel', planned: 'When', owner: 'Who', status: 'Status' },
  },

  planning: {
    columns: { step: 'Step', milestone: 'Milestone', date: 'Date' },
    rhythm: (p) =>
      `${p.title || 'Check-in'}: ${p.weeks === 1 ? 'every week' : `every ${p.weeks} weeks`}, ${p.count} times, from ${p.first}${p.last ? ` to ${p.last}` : ''}, at ${p.time} (${p.minutes} minutes).`,
    location: (location) => `Location: ${location}.`,
    held: (n, last) => `So far ${n === 1 ? '1 check-in has' : `${n} check-ins have`} been recorded, the latest on ${last}.`,
    resources: 'Resources',
    boardReporting: 'Reporting to the board',
  },

  checkins: {
    columns: { date: 'Date', attendees: 'Present', decisions: 'Decisions' },
    open: 'open',
  },

  kpis: {
    columns: {
      name: 'KPI',
      unit: 'Unit',
      direction: 'Direction',
      baseline: 'Baseline',
      target: 'Target value',
      intervention: 'Intervention',
      latest: 'Latest measurement',
      change: 'Change',
      status: 'Standing',
    },
    measurementColumns: { date: 'Date', value: 'Value', note: 'Note' },
    valueOn: (value, day) => (day ? `${value} (${day})` : value),
    standing: (status) => `Standing: ${status}.`,
    chart: {
      measured: 'Measurement',
      baseline: (value) => `Baseline: ${value}`,
      target: (value) => `Target value: ${value}`,
      alt: (p) =>
        `Line chart of ${p.name} (${p.unit}): ${p.n === 1 ? '1 measurement' : `${p.n} measurements`} from ${p.first} to ${p.last}, latest value ${p.latest}` +
        `${p.baseline ? `, baseline ${p.baseline}` : ''}${p.target ? `, target value ${p.target}` : ''}. The figures are in the table below.`,
    },
  },

  effect: {
    responses: (before, after) => `First survey: ${before} responses. Repeat survey: ${after} responses.`,
    columns: { factor: 'COM-B factor', before: 'First survey', after: 'Repeat survey', difference: 'Difference', interval: '95% interval', verdict: 'Verdict' },
    sentence: {
      improved: (factor, diff, lo, hi) => `${factor}: clearly improved, by ${diff} points (95% interval ${lo} to ${hi}).`,
      worse: (factor, diff, lo, hi) => `${factor}: clearly worse, by ${diff} points (95% interval ${lo} to ${hi}).`,
      noClearChange: (factor, diff, lo, hi) => `${factor}: no clear change (${diff} points, 95% interval ${lo} to ${hi}).`,
      tooSmall: (factor, minimum) => `${factor}: too few responses to compare; each survey needs at least ${minimum}.`,
      notMeasured: (factor) => `${factor}: not measured in the repeat survey.`,
    },
    how: (minimum) =>
      `The difference is the mean score in the repeat survey minus that in the first survey, in points on the first survey's scale. A change is called clear when the whole 95% interval lies above or below zero. Surveys with fewer than ${minimum} responses are not compared, so that nobody can be recognised.`,
    axis: 'Difference in scale points (with 95% interval)',
    alt: (followUp, baseline) =>
      `Chart of the difference per COM-B factor between ${baseline} and ${followUp}, with 95% interval. The figures are in the table below.`,
  },

  roles: {
    columns: { step: 'Step', responsible: 'Responsible', accountable: 'Accountable', consulted: 'Consulted', informed: 'Informed' },
    allDefault: 'This is the default division from the Wegwijzer; the core team has not changed it.',
    someCustom: (steps) => `The core team changed the division for: ${steps}. The other steps follow the Wegwijzer's default division.`,
  },

  measurementPlan: {
    outcome: 'KPI that counts the behaviour',
    method: 'How it is measured',
    methods: { observation: 'Observation at work', logs: 'Log files', registrations: 'Registrations', selfReport: 'Self-report (survey)' },
    selfReportReason: 'Why not the behaviour itself',
    design: 'Design',
    groups: 'Groups',
    population: 'Who is measured',
    baseline: 'Baseline',
    target: 'Target value',
    followUp: 'Follow-up measurement',
    planned: (day) => `planned for ${day}`,
    done: (value, day) => `${value} on ${day}`,
    notDone: (planned) => (planned ? `not done yet (planned for ${planned})` : 'not done and not planned yet'),
    deviations: 'Deviations from the plan',
    decision: 'Decision after the follow-up measurement',
    noDecision: 'No decision taken yet.',
    reason: 'Why',
    determinants:
      'The survey of behavioural factors and the knowledge checks measure what drives the behaviour, not the behaviour itself. Their results are with the KPIs and with the behavioural factors before and after.',
  },

  anchoring: {
    columns: { area: 'Where', description: 'What', owner: 'Owner', due: 'Due', status: 'Status', note: 'Laid down in / note' },
    summary: (done, total) => `${done} of ${total} agreements embedded or not applicable.`,
  },

  lessons: {
    nextIntro: 'These problems from the problem list of sub-step 1.1 have not been tackled yet, highest score first:',
  },
};

export const REPORT_TEXT: Record<Locale, ReportTexts> = { nl, en };

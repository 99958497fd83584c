/** The measurement worksheet ("Werkblad effectmeting"), beside the steps; and what a KPI measures. */
export const measurementPlan = {
  title: 'Werkblad effectmeting',
  intro:
    'Meet of het gedrag zelf verandert, niet alleen wat mensen weten of vinden. Kies hoe je het gedrag meet. Doe een 0-meting vóór de interventies en een 1-meting erna, op dezelfde manier en in dezelfde groep. Leg vooraf vast wat je wilt bereiken: de streefwaarde.',
  readOnly: 'Je kunt dit werkblad lezen. Alleen het kernteam kan het aanpassen.',
  open: 'Werkblad effectmeting openen',
  back: 'Terug naar het traject',
  method: {
    label: 'Hoe meet je het gedrag?',
    choose: 'Kies een manier',
    observation: 'Kijken op de werkvloer (observatie)',
    logs: 'Logbestanden, bijvoorbeeld van het EPD of de mail',
    registrations: 'Registraties, bijvoorbeeld het datalekregister',
    selfReport: 'Medewerkers vragen (zelfrapportage): alleen als het niet anders kan',
  },
  monitoring:
    'Kijk je naar medewerkers of gebruik je logbestanden? Meet dan per groep, nooit per persoon. Vraag de ondernemingsraad om instemming (WOR art. 27). Vraag de FG of je de logbestanden hiervoor mag gebruiken en of een DPIA nodig is.',
  methodDetail: 'Wat tel je precies? Waar, in welke periode, en wie telt?',
  selfReportReason: 'Waarom kun je het gedrag zelf niet meten?',
  design: {
    label: 'Opzet',
  },
  groups: 'Welke groep krijgt de interventie en welke niet? Hoe lijken ze op elkaar?',
  population: 'Wie meet je? Bij beide metingen dezelfde groep.',
  outcome: {
    label: 'KPI die het gedrag telt',
    hint: 'In deze KPI staan de 0-meting, de streefwaarde en de metingen erna. Je maakt de KPI bij 6.1.',
    choose: 'Kies een KPI',
    caveat: {
      breachReports:
        'Let op: Wegwijs telt hier de meldingen van de hele organisatie, niet alleen van de groep in dit plan. Meer meldingen kan betekenen dat er meer datalekken zijn, of dat mensen beter melden.',
      breachHandledInTime:
        'Let op: Wegwijs rekent dit uit over alle datalekken van de hele organisatie, niet alleen van de groep in dit plan. Het hangt ook af van hoe snel de privacy officer besluit en bij de AP meldt.',
      misdirectedMail:
        'Let op: deze telling komt uit meldingen. Als mensen beter gaan melden, stijgt hij, ook als het gedrag beter wordt. Tel liever in de logbestanden van de mail.',
    },
    none: 'Er is nog geen KPI die het gedrag telt. Voeg er een toe bij 6.1.',
  },
  baselinePlannedOn: '0-meting gepland op',
  followUpPlannedOn: '1-meting gepland op',
  track: {
    title: 'Waar de meting staat',
    baselineDone: '0-meting: {{value}} op {{date}}',
    baselineOpen: '0-meting: nog niet gedaan',
    target: 'Streefwaarde: {{value}}',
    noTarget: 'Streefwaarde: nog niet vastgelegd',
    followUpDone: '1-meting: {{value}} op {{date}}',
    interim: 'Tussenmetingen: {{count}}',
    followUpPlanned: '1-meting: nog niet gedaan (gepland op {{date}})',
    followUpOpen: '1-meting: nog niet gedaan',
  },
  deviations: {
    title: 'Afwijkingen van het plan',
    intro: 'Schrijf op wat anders ging dan gepland: een andere periode, een andere groep, een storing. Dat helpt bij het lezen van de uitkomst.',
    add: 'Afwijking toevoegen',
    date: 'Datum',
    description: 'Wat ging anders?',
    removeShort: 'Verwijderen',
    remove: 'Afwijking {{n}} verwijderen',
    empty: 'Nog geen afwijkingen.',
    recorded: 'Vastgelegd door Wegwijs',
  },
  suggestion: {
    title: 'Wat de cijfers laten zien',
    targetReached: 'De streefwaarde is gehaald: {{followUp}}, de streefwaarde was {{target}}. Dat wijst op verankeren (6.2).',
    improvedNotReached:
      'Beter dan bij de 0-meting ({{baseline}} → {{followUp}}), maar de streefwaarde ({{target}}) is nog niet gehaald. Dat wijst op versterken: de interventies aanscherpen of uitbreiden.',
    notImproved: 'Niet beter dan bij de 0-meting ({{baseline}} → {{followUp}}). Dat wijst op opnieuw analyseren: terug naar stap 3.',
    groups: 'Bij groepen vergelijken rekent Wegwijs geen advies uit. Vergelijk zelf de groep met en de groep zonder de interventie.',
    caution:
      'Twee metingen kunnen ook verschillen door toeval, het seizoen of een andere manier van meten. Kijk ook naar de afwijkingen. Het kernteam besluit.',
  },
  decision: {
    label: 'Besluit na de 1-meting',
    none: 'Nog geen besluit',
    reason: 'Waarom dit besluit?',
    later: 'Na de 1-meting leg je hier het besluit vast.',
  },
  missing: {
    title: 'Nog in te vullen',
    measurementTargetMissing: 'Leg de streefwaarde vast in de KPI (bij 6.1), vóór de interventies.',
  },
  save: 'Werkblad opslaan',
  reminder: {
    baselineNotPlanned:
      'Plan de 0-meting van het gedrag voordat je interventies kiest. Zonder 0-meting kun je later niet laten zien wat de interventies veranderd hebben.',
    baselineNotDone: 'De 0-meting staat gepland op {{date}}, maar is nog niet gedaan. Doe hem voordat de interventies starten (stap 5).',
  },
  card: {
    title: 'Effectmeting',
    intro: 'Loopt naast de stappen: meet het gedrag vóór en na de interventies.',
    complete: 'Plan compleet.',
    missing: 'Nog {{count}} punt in te vullen.',
    missing_other: 'Nog {{count}} punten in te vullen.',
  },
  kpi: {
    choose: 'Kies wat deze KPI meet',
    measuresLabel: 'Wat meet deze KPI?',
    measuresHint: 'Het gedrag zelf, een factor die het gedrag beïnvloedt (zoals kennis), of hoeveel mensen een interventie bereikte.',
    kind: {
      behaviour: 'Gedrag (uitkomst)',
      determinant: 'Gedragsfactor (determinant)',
      reach: 'Bereik van een interventie',
    },
  },
};

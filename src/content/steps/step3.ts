import type { StepGuidance } from '../types.js';

export const step3: StepGuidance = {
  number: 3,
  title: { nl: 'Gedragsfactoren onderzoeken', en: 'Analyse the behaviour' },
  summary: {
    nl: 'Je zoekt uit waarom de doelgroep het doelgedrag wel of niet laat zien, met het COM-B-model: kunnen, kans krijgen en willen.',
    en: 'You find out why the target group does or does not show the target behaviour, using the COM-B model: being able, getting the chance and wanting to.',
  },
  roles: {
    responsible: ['projectLead'],
    accountable: ['board'],
    consulted: ['careStaff', 'teamManager', 'dpo'],
    informed: ['stakeholders'],
  },
  substeps: [
    {
      key: '3.1',
      title: { nl: 'Toets het doelgedrag', en: 'Check the target behaviour' },
      purpose: {
        nl: 'Je controleert of het doelgedrag haalbaar en realistisch is voor deze doelgroep in hun dagelijkse werk.',
        en: 'You check whether the target behaviour is practical and realistic for this target group in their daily work.',
      },
      approach: {
        nl: 'Loop de beschrijving uit stap 2.3 na met een paar mensen uit de doelgroep. Past het in hun werkdag? Hebben ze de middelen?\n\nBlijkt het gedrag niet haalbaar, scherp het dan eerst aan in stap 2.3 voordat je verder onderzoekt.',
        en: 'Go through the description from step 2.3 with a few people from the target group. Does it fit their working day? Do they have the means?\n\nIf the behaviour turns out not to be feasible, sharpen it in step 2.3 first before you investigate further.',
      },
      tips: [
        {
          nl: 'Loop een dienst mee: vijf minuten kijken zegt vaak meer dan een uur vergaderen.',
          en: 'Join a shift: five minutes of watching often tells more than an hour of meeting.',
        },
      ],
      examples: [
        {
          nl: 'In de thuiszorg bleek "versleuteld mailen" onhaalbaar op de werktelefoon; het team paste het doelgedrag aan naar "veilig delen via de zorgapp".',
          en: 'In home care, "sending encrypted e-mail" proved impossible on the work phone; the team changed the target behaviour to "sharing securely through the care app".',
        },
      ],
    },
    {
      key: '3.2',
      title: { nl: 'Onderzoek de factoren', en: 'Investigate the factors' },
      purpose: {
        nl: 'Je verzamelt bewijs over wat het doelgedrag belemmert en bevordert, per COM-B-factor.',
        en: 'You gather evidence about what hinders and helps the target behaviour, per COM-B factor.',
      },
      // The duo's split and the scripts, with their sources: INTERVIEW_DUO_TIPS, INTERVIEW_OPENING and INTERVIEW_CLOSING in content/comb.ts.
      approach: {
        nl: 'Schrijf eerst als kernteam je eigen vermoedens op per factor: psychologische en fysieke capaciteit, fysieke en sociale omgeving, bewuste en onbewuste motivatie.\n\nKies dan hoe je die toetst: individuele interviews, groepsgesprekken, een vragenlijst, observatie op de werkvloer, of bestaande gegevens zoals incidentregistraties en logging. Elke methode heeft voor- en nadelen; combineer er liefst twee.\n\nInterview een handvol mensen uit de doelgroep met open vragen per factor. Noteer geen namen en codeer elke bevinding als belemmerende of bevorderende factor. Dit zijn mogelijke oorzaken van het gedrag. De 0-meting van het gedrag zelf plan je in het werkblad effectmeting.\n\nInterview met z’n tweeën: de een stelt de vragen, de ander schrijft mee. Wissel na elk interview van rol en codeer de bevindingen samen, direct na het gesprek. Begin met de openingstekst van de leidraad en vraag om toestemming. Sluit af met de afsluitingstekst en vraag wie jullie nog meer moeten spreken.',
        en: 'First, as a core team, write down your own hypotheses per factor: psychological and physical capability, physical and social opportunity, reflective and automatic motivation.\n\nThen choose how to test them: individual interviews, group interviews, a survey, observation on the work floor, or existing data such as incident registrations and logs. Each method has pros and cons; preferably combine two.\n\nInterview a handful of people from the target group with open questions per factor. Do not record names and code each finding as a barrier or an enabler. These are possible causes of the behaviour. You plan the baseline of the behaviour itself in the measurement worksheet.\n\nInterview as a duo: one asks the questions, the other takes notes. Swap roles after each interview and code the findings together, straight after the conversation. Start with the guide’s opening script and ask for consent. End with the closing script and ask whom else you should talk to.',
      },
      tips: [
        { nl: 'Vraag naar voorbeelden: "Wanneer lukte het de laatste keer niet?"', en: 'Ask for examples: "When did it last not work out?"' },
        { nl: 'Stel neutrale vragen; laat merken dat er geen foute antwoorden zijn.', en: 'Ask neutral questions; make clear there are no wrong answers.' },
        { nl: 'Vijf tot acht interviews geven meestal al een duidelijk beeld.', en: 'Five to eight interviews usually give a clear picture already.' },
      ],
      examples: [
        {
          nl: 'Uit interviews in een ziekenhuis bleek dat niemand wist dat de mailclient een knop "veilig verzenden" heeft: een kwestie van kennis, niet van onwil.',
          en: 'Interviews in a hospital showed that no one knew the mail client has a "send securely" button: a matter of knowledge, not unwillingness.',
        },
      ],
      worksheet: {
        nl: 'Hypothesen per COM-B-factor, de gekozen onderzoeksmethoden, de interviewleidraad met opening en afsluiting, en per interview de toestemming, de rolverdeling in het duo en de aantekeningen met gecodeerde bevindingen.',
        en: 'Hypotheses per COM-B factor, the chosen research methods, the interview guide with its opening and closing, and per interview the consent, the duo’s split of roles and the notes with coded findings.',
      },
    },
    {
      key: '3.3',
      title: { nl: 'Zet een vragenlijst uit (optioneel)', en: 'Run a survey (optional)' },
      purpose: {
        nl: 'Met een anonieme vragenlijst toets je de bevindingen bij de hele doelgroep. Je meet daarmee de gedragsfactoren, niet het gedrag zelf.',
        en: 'With an anonymous survey you test the findings across the whole target group. It measures the behavioural factors, not the behaviour itself.',
      },
      approach: {
        nl: 'Gebruik stellingen per COM-B-factor over het doelgedrag, met een schaal van helemaal oneens tot helemaal eens. Een lage score op een factor wijst op een belemmering.\n\nDe antwoorden zijn anoniem. Uitkomsten tonen we alleen voor groepen die groot genoeg zijn. Herhaal dezelfde vragenlijst na de interventies. Zo zie je of de factoren veranderd zijn. Of het gedrag veranderd is, meet je in het werkblad effectmeting.',
        en: 'Use statements per COM-B factor about the target behaviour, with a scale from strongly disagree to strongly agree. A low score on a factor points at a barrier.\n\nAnswers are anonymous. Results are only shown for groups that are large enough. Repeat the same survey after the interventions to see whether the factors changed. Whether the behaviour changed, you measure in the measurement worksheet.',
      },
      tips: [
        { nl: 'Houd de vragenlijst kort: tien minuten is het maximum.', en: 'Keep the survey short: ten minutes at most.' },
        {
          nl: 'Vraag alleen naar afdeling of beroep als de groepen groot genoeg zijn.',
          en: 'Only ask for department or profession if the groups are large enough.',
        },
      ],
      examples: [
        {
          nl: 'Een VVT-organisatie hing posters met een QR-code in de teamkamers en kreeg zo binnen twee weken 140 reacties.',
          en: 'An elderly-care organisation hung posters with a QR code in the team rooms and got 140 responses within two weeks.',
        },
      ],
      worksheet: {
        nl: 'De vragenlijst (stellingen per factor), de verspreiding en de uitkomsten per factor.',
        en: 'The survey (statements per factor), its distribution and the results per factor.',
      },
    },
    {
      key: '3.4',
      title: { nl: 'Stel de gedragsdiagnose', en: 'Make the behavioural diagnosis' },
      purpose: {
        nl: 'Je bundelt alle bevindingen tot een overzicht van belemmerende en bevorderende factoren per COM-B-factor. Dit is de basis voor stap 4.',
        en: 'You bring all findings together into an overview of barriers and enablers per COM-B factor. This is the basis for step 4.',
      },
      approach: {
        nl: 'Zet per factor de belemmeringen en bevorderende factoren op een rij, met het bewijs (uit interviews, vragenlijst of gegevens) en hoe zwaar ze wegen.\n\nBeschrijf per belangrijke belemmering wat er moet veranderen om het doelgedrag mogelijk te maken.',
        en: 'List the barriers and enablers per factor, with the evidence (from interviews, survey or data) and how heavily they weigh.\n\nFor each important barrier, describe what must change for the target behaviour to occur.',
      },
      tips: [
        {
          nl: 'Weeg zwaarder wat vaak terugkomt en door meerdere bronnen wordt bevestigd.',
          en: 'Give more weight to what recurs often and is confirmed by several sources.',
        },
        { nl: 'Vergeet de bevorderende factoren niet: daar kun je op voortbouwen.', en: 'Do not forget the enablers: you can build on them.' },
      ],
      examples: [
        {
          nl: 'Diagnose in een ggz-team: medewerkers weten niet wat een datalek is (psychologische capaciteit) en melden zou "collega’s verraden" (sociale omgeving).',
          en: 'Diagnosis in a mental-health team: staff do not know what a breach is (psychological capability) and reporting would mean "betraying colleagues" (social opportunity).',
        },
      ],
      worksheet: {
        nl: 'COM-B-analyse: per factor de belemmerende en bevorderende factoren, met bewijs en gewicht.',
        en: 'COM-B analysis: per factor the barriers and enablers, with evidence and weight.',
      },
    },
  ],
};

import type { StepGuidance } from '../types.js';

export const step4: StepGuidance = {
  number: 4,
  title: { nl: 'Interventies kiezen', en: 'Choose interventions' },
  summary: {
    nl: 'Je koppelt de belemmeringen aan interventiefuncties, bedenkt concrete interventies en kiest de beste op praktische criteria.',
    en: 'You link the barriers to intervention functions, think up concrete interventions and choose the best ones on practical criteria.',
  },
  roles: {
    responsible: ['projectLead'],
    accountable: ['board'],
    // The team manager is asked, not only told: the interventions land in his team's work (Wegwijzer role table).
    consulted: ['careStaff', 'teamManager', 'communication', 'training', 'applicationManager'],
    informed: ['stakeholders'],
  },
  substeps: [
    {
      // Memory, attention and decision processes → training, environmental restructuring, enablement: the TDF-to-function link of the BCW guide (Michie, Atkins & West 2014; Cane, O’Connor & Michie 2012), core/interventions/functions.ts.
      key: '4.1',
      title: { nl: 'Koppel de diagnose aan interventiefuncties', en: 'Link the diagnosis to intervention functions' },
      purpose: {
        nl: 'Je bepaalt per belemmering welke soorten interventie (interventiefuncties) erbij passen, met het Behaviour Change Wheel.',
        en: 'For each barrier you determine which kinds of intervention (intervention functions) fit, using the Behaviour Change Wheel.',
      },
      approach: {
        nl: 'Er zijn negen interventiefuncties: voorlichting, overtuiging, beloning, dwang, training, beperking, aanpassing van de omgeving, modellering (voorbeeldgedrag) en facilitering. Niet elke functie werkt voor elke factor.\n\nGebruik de koppeltabel: een kennistekort vraagt om voorlichting of training, een gewoonte eerder om aanpassing van de omgeving of modellering (voorbeeldgedrag). Vergeten mensen het, of ontbreekt de aandacht op het drukke moment? Dan helpt ook een geheugensteun op de plek zelf: aanpassing van de omgeving.\n\nWegwijs zet de functies op volgorde: eerst de functies die de meeste en zwaarste belemmeringen dekken.',
        en: 'There are nine intervention functions: education, persuasion, incentivisation, coercion, training, restriction, environmental restructuring, modelling and enablement. Not every function works for every factor.\n\nUse the linking table: a lack of knowledge calls for education or training, a habit rather for environmental restructuring or modelling. Do people forget, or lack attention at the busy moment? Then a prompt at the spot itself helps too: environmental restructuring.\n\nWegwijs orders the functions: first those that cover the most and heaviest barriers.',
      },
      tips: [{ nl: 'Begin bij de zwaarste belemmeringen uit de diagnose.', en: 'Start with the heaviest barriers from the diagnosis.' }],
      examples: [
        {
          nl: 'Medewerkers vinden de verantwoording bij de noodknop zinloos (bewuste motivatie) → voorlichting met feedback: een periodieke infographic met cijfers.',
          en: 'Staff find the emergency-access justification pointless (reflective motivation) → education with feedback: a periodic infographic with figures.',
        },
      ],
      worksheet: {
        nl: 'Per belemmering de COM-B-factor en de passende interventiefuncties.',
        en: 'Per barrier the COM-B factor and the fitting intervention functions.',
      },
    },
    {
      key: '4.2',
      title: { nl: 'Bedenk concrete interventies', en: 'Generate concrete interventions' },
      purpose: {
        nl: 'Je bedenkt zoveel mogelijk concrete interventies per functie en maakt daaruit een shortlist.',
        en: 'You think up as many concrete interventions per function as possible and make a shortlist from them.',
      },
      approach: {
        nl: 'Brainstorm eerst op hoeveelheid en oordeel pas daarna. Doe dit bij voorkeur met mensen uit de doelgroep en met collega’s van communicatie, HR en opleiding. Kijk ook naar voorbeelden uit andere zorgorganisaties.\n\nLaat daarna elk kernteamlid zijn vijf favorieten kiezen (stippen plakken). De interventies met de meeste stemmen vormen de shortlist.',
        en: 'Brainstorm for quantity first and judge only afterwards. Preferably do this with people from the target group and with colleagues from communication, HR and training. Also look at examples from other care organisations.\n\nThen let each core-team member pick their five favourites (dot voting). The interventions with the most votes form the shortlist.',
      },
      tips: [
        {
          nl: 'Een interventie mag klein zijn: een knop, een sticker, een vaste vraag in de overdracht.',
          en: 'An intervention may be small: a button, a sticker, a standard question at handover.',
        },
        {
          nl: 'Combineer functies: voorlichting werkt beter samen met facilitering.',
          en: 'Combine functions: education works better together with enablement.',
        },
      ],
      examples: [
        {
          nl: 'Een ziekenhuis bedacht een meldknop voor phishing in de mailclient, een oefenapp om phishing te herkennen en een korte uitleg in het teamoverleg.',
          en: 'A hospital came up with a phishing report button in the mail client, a practice app to recognise phishing and a short explanation in the team meeting.',
        },
      ],
      worksheet: {
        nl: 'Alle bedachte interventies per functie, de stemmen en de shortlist.',
        en: 'All generated interventions per function, the votes and the shortlist.',
      },
    },
    {
      key: '4.3',
      title: { nl: 'Beoordeel en kies', en: 'Assess and choose' },
      purpose: {
        nl: 'Je beoordeelt de shortlist op praktische criteria en kiest de interventies die je gaat uitvoeren.',
        en: 'You assess the shortlist on practical criteria and choose the interventions you will carry out.',
      },
      approach: {
        nl: 'Wij gebruiken hiervoor de APEASE-criteria: betaalbaarheid, uitvoerbaarheid, effectiviteit, aanvaardbaarheid, bijwerkingen en gelijkheid. Elk kernteamlid beoordeelt elke kandidaat.\n\nBespreek waar de beoordelingen uiteenlopen en leg de keuze en de reden vast.',
        en: 'We use the APEASE criteria for this: affordability, practicability, effectiveness, acceptability, side-effects and equity. Each core-team member rates every candidate.\n\nDiscuss where the ratings differ and record the choice and its reason.',
      },
      tips: [
        {
          nl: 'Grote verschillen in beoordeling zijn waardevol: daar zitten de aannames.',
          en: 'Large differences in ratings are valuable: that is where the assumptions are.',
        },
        {
          nl: 'Let op gelijkheid: werkt de interventie ook voor nachtdienst en flexkrachten?',
          en: 'Mind equity: does the intervention also work for night shifts and temporary staff?',
        },
      ],
      examples: [
        {
          nl: 'Een tap-badge met automatische vergrendeling scoorde hoog op effectiviteit maar laag op betaalbaarheid; het team koos eerst voor een pilot op één afdeling.',
          en: 'A tap badge with automatic lock scored high on effectiveness but low on affordability; the team chose a pilot on one ward first.',
        },
      ],
      worksheet: {
        nl: 'Per interventie de functie, de aangepakte factor, de APEASE-beoordelingen en de keuze.',
        en: 'Per intervention the function, the factor addressed, the APEASE ratings and the choice.',
      },
    },
    {
      key: '4.4',
      title: { nl: 'Maak de interventies concreet', en: 'Make the interventions concrete' },
      purpose: {
        nl: 'Je werkt elke gekozen interventie uit tot een plan dat iemand morgen kan uitvoeren, inclusief hoe je het effect meet.',
        en: 'You work out each chosen intervention into a plan someone could carry out tomorrow, including how you will measure its effect.',
      },
      approach: {
        nl: 'Beschrijf per interventie: wat precies, voor wie, door wie, wanneer, met welke materialen en hoe je het effect meet.\n\nKoppel de meting aan een indicator die je in stap 6 terugziet, zoals het aantal datalekmeldingen of het percentage gemelde phishingmails.',
        en: 'Describe per intervention: what exactly, for whom, by whom, when, with which materials and how you will measure the effect.\n\nLink the measurement to an indicator you will see again in step 6, such as the number of breach reports or the share of phishing e-mails reported.',
      },
      tips: [{ nl: 'Wijs per interventie één eigenaar aan.', en: 'Assign one owner per intervention.' }],
      examples: [
        {
          nl: 'Per team een privacy-aandachtsvelder die maandelijks in de huddle een herkenbaar voorbeeld bespreekt, met een turflijst van het aantal besproken situaties.',
          en: 'A privacy champion per team who discusses a recognisable example in the monthly huddle, with a tally of the situations discussed.',
        },
      ],
      worksheet: {
        nl: 'Per interventie: wat, voor wie, door wie, wanneer, materialen en de effectmeting.',
        en: 'Per intervention: what, for whom, by whom, when, materials and the effect measurement.',
      },
    },
  ],
};

import type { StepGuidance } from '../types.js';

export const step5: StepGuidance = {
  number: 5,
  title: { nl: 'Interventies uitvoeren', en: 'Carry out the interventions' },
  summary: {
    nl: 'Je zet de interventies om in acties met een actiehouder en datum, test waar nodig eerst klein, en volgt de voortgang in een vast overleg.',
    en: 'You turn the interventions into actions with an owner and date, test small first where needed, and follow progress in a regular check-in.',
  },
  roles: {
    responsible: ['projectLead', 'teamManager'],
    accountable: ['board'],
    consulted: ['careStaff', 'applicationManager'],
    informed: ['communication', 'training', 'stakeholders'],
  },
  substeps: [
    {
      key: '5.1',
      title: { nl: 'Maak een actieplan', en: 'Make an action plan' },
      purpose: {
        nl: 'Per interventie leg je de acties vast, met een actiehouder en een datum, en een communicatieplan dat de doelgroep echt bereikt.',
        en: 'Per intervention you record the actions, with an owner and a date, and a communication plan that really reaches the target group.',
      },
      approach: {
        nl: 'Splits elke interventie op in acties die één persoon kan afronden. Geef elke actie een actiehouder en een datum.\n\nVraag de doelgroep via welke kanalen je hen bereikt: teamoverleg, intranet, schermbeveiliging, huddles of de overdracht. Spreek af hoe het eigenaarschap in de loop van de tijd van het kernteam naar de lijn (teammanagers) gaat.',
        en: 'Split each intervention into actions one person can complete. Give each action an owner and a date.\n\nAsk the target group which channels reach them: team meeting, intranet, screen savers, huddles or handover. Agree how ownership moves over time from the core team to the line organisation (team managers).',
      },
      tips: [
        { nl: 'Een actie zonder naam en datum gebeurt meestal niet.', en: 'An action without a name and a date usually does not happen.' },
        { nl: 'Gebruik kanalen die de doelgroep al gebruikt, in plaats van nieuwe.', en: 'Use channels the target group already uses, rather than new ones.' },
      ],
      examples: [
        {
          nl: 'In een VVT-organisatie ging de uitleg over het meldformulier mee in de vaste overdracht van de avonddienst.',
          en: 'In an elderly-care organisation the explanation of the report form became part of the regular evening-shift handover.',
        },
      ],
      worksheet: {
        nl: 'Actieplan met acties, actiehouders, data en status, en het communicatieplan.',
        en: 'Action plan with actions, owners, dates and status, and the communication plan.',
      },
    },
    {
      key: '5.2',
      title: { nl: 'Test, stel bij en rol uit', en: 'Pilot, adjust and roll out' },
      purpose: {
        nl: 'Waar het zinvol is, probeer je een interventie eerst op kleine schaal uit, stelt bij en rolt daarna breder uit.',
        en: 'Where it makes sense, you try an intervention on a small scale first, adjust it and then roll it out more widely.',
      },
      approach: {
        nl: 'Kies één afdeling of team voor de pilot en spreek vooraf af wat "geslaagd" betekent.\n\nVraag na een paar weken wat werkt en wat niet, pas de interventie aan en rol dan uit naar de rest van de doelgroep.',
        en: 'Pick one ward or team for the pilot and agree beforehand what "successful" means.\n\nAfter a few weeks, ask what works and what does not, adapt the intervention and then roll it out to the rest of the target group.',
      },
      tips: [{ nl: 'Kies voor de pilot een team met een enthousiaste leidinggevende.', en: 'Choose a team with an enthusiastic manager for the pilot.' }],
      examples: [
        {
          nl: 'Een ziekenhuis testte de adrescontrole bij verzenden eerst op de polikliniek; na twee aanpassingen in de tekst ging het ziekenhuisbreed live.',
          en: 'A hospital tested the address check on sending at the outpatient clinic first; after two changes to the wording it went live hospital-wide.',
        },
      ],
    },
    {
      key: '5.3',
      title: { nl: 'Volg de voortgang', en: 'Monitor progress' },
      purpose: {
        nl: 'Het kernteam of het duo overlegt regelmatig over voortgang, knelpunten, besluiten en volgende acties.',
        en: 'The core team or the duo meets regularly about progress, obstacles, decisions and next actions.',
      },
      approach: {
        nl: 'Houd het voortgangsoverleg in een vast ritme, bijvoorbeeld elke twee weken. Bespreek open en verlopen acties en neem besluiten.\n\nLeg besluiten en nieuwe acties meteen vast, zodat iedereen weet wat er is afgesproken.',
        en: 'Hold the check-in at a fixed rhythm, for example every two weeks. Discuss open and overdue actions and take decisions.\n\nRecord decisions and new actions right away, so everyone knows what was agreed.',
      },
      tips: [
        {
          nl: 'Een kort overleg van een half uur dat doorgaat, is beter dan een lang overleg dat vervalt.',
          en: 'A short half-hour check-in that goes ahead beats a long one that gets cancelled.',
        },
      ],
      examples: [
        {
          nl: 'Het duo van een forensische kliniek (privacy officer en security officer) werkte met een vaste agenda van drie punten: acties, knelpunten, besluiten.',
          en: 'The duo of a forensic clinic (privacy officer and security officer) used a fixed three-item agenda: actions, obstacles, decisions.',
        },
      ],
      worksheet: {
        nl: 'Verslagen van het voortgangsoverleg met besluiten en nieuwe acties.',
        en: 'Minutes of the check-ins with decisions and new actions.',
      },
    },
  ],
};

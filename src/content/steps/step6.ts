import type { StepGuidance } from '../types.js';

export const step6: StepGuidance = {
  number: 6,
  title: { nl: 'Verankeren en rapporteren', en: 'Anchor and report' },
  summary: {
    nl: 'Je meet het effect, verankert wat werkt in de organisatie en rapporteert aan het bestuur en de belanghebbenden.',
    en: 'You measure the effect, embed what works in the organisation and report to the board and the stakeholders.',
  },
  roles: {
    responsible: ['projectLead', 'teamManager'],
    accountable: ['board'],
    // Measuring behaviour by observation or logs needs the works council's consent (WOR art. 27 lid 1 onder l).
    consulted: ['securityOfficer', 'dpo', 'worksCouncil'],
    informed: ['stakeholders', 'communication'],
  },
  substeps: [
    {
      key: '6.1',
      title: { nl: 'Meet het effect', en: 'Measure the effect' },
      purpose: {
        nl: 'Je vergelijkt de situatie na de interventies (1-meting) met de 0-meting en stelt vast of het doelgedrag is veranderd.',
        en: 'You compare the situation after the interventions (follow-up measurement) with the baseline and establish whether the target behaviour has changed.',
      },
      approach: {
        nl: 'Doe de 1-meting van het gedrag op dezelfde manier en in dezelfde groep als de 0-meting (zie het werkblad effectmeting). Vergelijk met de streefwaarde die je vooraf stelde.\n\nHerhaal ook de vragenlijst per COM-B-factor: die laat zien of de gedragsfactoren veranderd zijn, niet of het gedrag veranderd is. Zijn de groepen te klein om een verschil vast te stellen, zeg dat dan eerlijk.',
        en: 'Take the follow-up measurement of the behaviour the same way and in the same group as the baseline (see the measurement worksheet). Compare with the target you set beforehand.\n\nRepeat the survey per COM-B factor too: it shows whether the behavioural factors changed, not whether the behaviour did. If the groups are too small to establish a difference, say so honestly.',
      },
      tips: [
        {
          nl: 'Meer meldingen kunnen een goed teken zijn: het gedrag "melden" is dan toegenomen.',
          en: 'More reports can be a good sign: the behaviour "reporting" has then increased.',
        },
        { nl: 'Meet op hetzelfde moment in het jaar als de 0-meting, als dat kan.', en: 'Measure at the same time of year as the baseline, if you can.' },
      ],
      examples: [
        {
          nl: 'Na een half jaar vulde 92% de verantwoording bij de noodknop in, tegen 61% bij de 0-meting.',
          en: 'After six months, 92% filled in the emergency-access justification, against 61% at baseline.',
        },
      ],
      worksheet: {
        nl: 'Effectmeting: wat en hoe je meet, de opzet (voor/na of vergelijking van groepen), de streefwaarde, en de uitkomsten van 0-meting en 1-meting.',
        en: 'Effect measurement: what and how you measure, the design (before/after or group comparison), the target, and the results of baseline and follow-up.',
      },
    },
    {
      key: '6.2',
      title: { nl: 'Veranker wat werkt', en: 'Anchor what works' },
      purpose: {
        nl: 'Je zorgt dat wat werkt blijft werken, ook als het traject voorbij is en het kernteam ander werk doet.',
        en: 'You make sure that what works keeps working, even after the programme ends and the core team moves on.',
      },
      approach: {
        nl: 'Leg per werkende interventie vast waar die een vaste plek krijgt: in beleid, het inwerkprogramma, werkinstructies, terugkerende training, de PDCA-cyclus of het managementsysteem volgens NEN 7510.\n\nWijs per onderdeel een eigenaar in de lijn aan.',
        en: 'For each intervention that works, record where it gets a permanent place: in policy, onboarding, work instructions, recurring training, the PDCA cycle or the NEN 7510 management system.\n\nAssign an owner in the line organisation for each item.',
      },
      tips: [{ nl: 'Neem de uitkomsten mee in de directiebeoordeling van NEN 7510.', en: 'Include the results in the NEN 7510 management review.' }],
      examples: [
        {
          nl: 'Een ggz-instelling nam de uitleg over datalekken op in de introductiedag voor nieuwe medewerkers, met HR als eigenaar.',
          en: 'A mental-health institution added the explanation of data breaches to the introduction day for new staff, with HR as the owner.',
        },
      ],
      worksheet: {
        nl: 'Verankeringslijst: per onderdeel (beleid, inwerken, werkinstructie, training, PDCA, managementsysteem) wat er verankerd wordt en door wie.',
        en: 'Anchoring checklist: per item (policy, onboarding, work instruction, training, PDCA, management system) what is embedded and by whom.',
      },
    },
    {
      key: '6.3',
      title: { nl: 'Rapporteer', en: 'Report' },
      purpose: {
        nl: 'Je rapporteert aan het bestuur en de belanghebbenden over het hele traject en kiest het volgende probleem.',
        en: 'You report to the board and the stakeholders on the whole programme and choose the next problem.',
      },
      approach: {
        nl: 'Beschrijf kort het probleem, het doelgedrag, de analyse, de interventies, de resultaten en de lessen. Het hele traject levert zo het plan van aanpak en een eindrapportage op.\n\nSluit af met een voorstel voor het volgende probleem uit de lijst van stap 1.1.',
        en: 'Briefly describe the problem, the target behaviour, the analysis, the interventions, the results and the lessons. The whole programme thus yields the plan of approach and a final report.\n\nFinish with a proposal for the next problem from the list of step 1.1.',
      },
      tips: [
        { nl: 'Begin de rapportage met het resultaat; details kunnen in een bijlage.', en: 'Start the report with the result; details can go in an appendix.' },
        { nl: 'Bedank de doelgroep zichtbaar: dat helpt bij het volgende traject.', en: 'Thank the target group visibly: it helps with the next programme.' },
      ],
      examples: [
        {
          nl: 'Een ziekenhuis presenteerde de resultaten in tien minuten aan de raad van bestuur en kreeg direct akkoord voor een traject over wachtwoorden.',
          en: 'A hospital presented the results to the executive board in ten minutes and got approval for a programme on passwords right away.',
        },
      ],
      worksheet: {
        nl: 'Rapportage aan het bestuur: probleem, doelgedrag, analyse, interventies, resultaten, lessen en het volgende probleem.',
        en: 'Report to the board: problem, target behaviour, analysis, interventions, results, lessons and the next problem.',
      },
    },
  ],
};

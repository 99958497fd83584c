import type { StepGuidance } from '../types.js';

export const step2: StepGuidance = {
  number: 2,
  title: { nl: 'Doelgedrag bepalen', en: 'Define the target behaviour' },
  summary: {
    nl: 'Je vertaalt het probleem naar concreet, zichtbaar gedrag en beschrijft precies wie wat, wanneer en waar moet doen.',
    en: 'You translate the problem into concrete, observable behaviour and describe exactly who should do what, when and where.',
  },
  roles: {
    responsible: ['projectLead'],
    accountable: ['board'],
    consulted: ['careStaff', 'teamManager', 'securityOfficer'],
    informed: ['communication', 'training'],
  },
  substeps: [
    {
      key: '2.1',
      title: { nl: 'Maak een lijst van gedragingen', en: 'List behaviours' },
      purpose: {
        nl: 'Je zet alle gedragingen van medewerkers op een rij die bijdragen aan het gekozen probleem, als handelingen die je kunt zien.',
        en: 'You list all staff behaviours that contribute to the chosen problem, as actions you can observe.',
      },
      approach: {
        nl: 'Vraag je bij elk gedrag af: kan ik zien of horen dat iemand dit doet? "Voorzichtig zijn" of "bewust zijn" kun je niet zien; "het adres controleren voordat je een mail met {patiënt}gegevens verstuurt" wel.\n\nBetrek mensen uit de doelgroep: zij weten welke handelingen in de praktijk tot het probleem leiden.',
        en: 'For each behaviour, ask yourself: can I see or hear someone doing this? "Being careful" or "being aware" cannot be observed; "checking the address before sending an e-mail with {patient} data" can.\n\nInvolve people from the target group: they know which actions lead to the problem in practice.',
      },
      tips: [
        {
          nl: 'Schrijf elk gedrag als wie wat doet, bijvoorbeeld: "Een verpleegkundige vergrendelt het scherm als ze wegloopt." Dan blijft het een handeling die je kunt zien.',
          en: 'Write each behaviour as who does what, for example: "A nurse locks the screen when she walks away." That keeps it an action you can see.',
        },
        { nl: 'Noteer ook gewenst gedrag dat nu al goed gaat.', en: 'Also note desired behaviour that already goes well.' },
      ],
      examples: [
        {
          nl: 'Bij het probleem "datalekken worden te laat gemeld" hoorden onder meer: een fout herkennen als datalek, de leidinggevende inlichten, en het meldformulier invullen.',
          en: 'For the problem "breaches are reported too late" the behaviours included: recognising a mistake as a breach, telling the manager, and filling in the report form.',
        },
      ],
      worksheet: {
        nl: 'Lijst van concrete, waarneembare gedragingen die met het probleem samenhangen.',
        en: 'List of concrete, observable behaviours linked to the problem.',
      },
    },
    {
      key: '2.2',
      title: { nl: 'Kies het doelgedrag', en: 'Choose the target behaviour' },
      purpose: {
        nl: 'Je kiest het gedrag (of een paar nauw verwante gedragingen) waarmee je het meeste verschil maakt.',
        en: 'You choose the behaviour (or a few closely related ones) that makes the most difference.',
      },
      approach: {
        nl: 'Beoordeel elk gedrag op drie vragen: hoeveel invloed heeft het op het probleem, hoe makkelijk is het te veranderen, en kun je het meten?\n\nKies het gedrag dat op alle drie goed scoort. Een gedrag met veel invloed dat bijna niet te veranderen is, bewaar je voor later.',
        en: 'Rate each behaviour on three questions: how much impact does it have on the problem, how easy is it to change, and can you measure it?\n\nChoose the behaviour that scores well on all three. Keep a behaviour with high impact that is hardly changeable for later.',
      },
      tips: [
        {
          nl: 'Beoordeel samen met iemand uit de doelgroep; die schat veranderbaarheid het best in.',
          en: 'Rate together with someone from the target group; they judge changeability best.',
        },
        { nl: 'Meetbaarheid bepaalt of je straks effect kunt laten zien.', en: 'Measurability decides whether you can show an effect later.' },
      ],
      examples: [
        {
          nl: 'Een ziekenhuis koos "de verantwoording invullen bij gebruik van de noodknop in het EPD": veel impact, goed meetbaar via logging.',
          en: 'A hospital chose "filling in the justification when using the emergency access in the patient record": high impact, well measurable through logs.',
        },
      ],
      worksheet: {
        nl: 'Per gedrag de impact, veranderbaarheid en meetbaarheid, en de keuze.',
        en: 'Per behaviour its impact, changeability and measurability, and the choice.',
      },
    },
    {
      key: '2.3',
      title: { nl: 'Beschrijf het doelgedrag precies', en: 'Specify the target behaviour' },
      purpose: {
        nl: 'Je legt vast wie wat doet, wanneer, waar, hoe vaak en waarmee, en hoe de gewenste situatie eruitziet.',
        en: 'You record who does what, when, where, how often and with what, and what the desired situation looks like.',
      },
      approach: {
        nl: 'Beschrijf de doelgroep: welke medewerkers, welke afdelingen, welke beroepen en hoeveel mensen.\n\nBeschrijf het gedrag zo dat een buitenstaander het zou herkennen. Sluit af met één zin die iedereen in het traject kan onthouden.\n\nGaat er een vragenlijst uit? Schrijf het gedrag dan ook in de twee vormen die de stellingen gebruiken: "de reden invullen bij gebruik van de noodknop" en "de reden in te vullen bij gebruik van de noodknop". Zo worden de stellingen gewone zinnen.',
        en: 'Describe the target group: which staff, which departments, which professions and how many people.\n\nDescribe the behaviour so that an outsider would recognise it. Finish with one sentence everyone in the programme can remember.\n\nSending out a survey? Then also write the behaviour in the forms its statements use (in English one: "fill in the reason when using the emergency button"), so the statements read as plain sentences.',
      },
      tips: [
        {
          nl: 'Hoe preciezer de doelgroep, hoe gerichter je interventies later.',
          en: 'The more precise the target group, the more focused your interventions later.',
        },
        { nl: 'Toets de beschrijving bij twee mensen uit de doelgroep.', en: 'Test the description with two people from the target group.' },
      ],
      examples: [
        {
          nl: '"Verpleegkundigen van de afdelingen interne geneeskunde controleren bij elke mail met patiëntgegevens de ontvanger voordat ze op verzenden klikken."',
          en: '"Nurses of the internal medicine wards check the recipient of every e-mail with patient data before they click send."',
        },
      ],
      worksheet: {
        nl: 'Specificatie van het doelgedrag (wie, wat, wanneer, waar, hoe vaak, waarmee), de doelgroep en de gewenste situatie.',
        en: 'Target behaviour specification (who, what, when, where, how often, with what), the target group and the desired situation.',
      },
    },
  ],
};

import type { StepGuidance } from '../types.js';

export const step1: StepGuidance = {
  number: 1,
  title: { nl: 'Voorbereiding', en: 'Preparation' },
  summary: {
    nl: 'Je kiest één concreet probleem waarin gedrag van medewerkers een rol speelt, stelt een kernteam samen en maakt een planning.',
    en: 'You choose one concrete problem in which staff behaviour plays a part, form a core team and make a plan.',
  },
  roles: {
    responsible: ['projectLead'],
    accountable: ['board'],
    consulted: ['securityOfficer', 'dpo', 'teamManager'],
    informed: ['communication', 'training'],
  },
  substeps: [
    {
      key: '1.1',
      title: { nl: 'Kies het probleem', en: 'Choose the problem' },
      purpose: {
        nl: 'Je maakt een lijst van informatieveiligheidsproblemen waarin gedrag meespeelt en kiest er één om mee te beginnen. Eén probleem tegelijk houdt het traject behapbaar.',
        en: 'You list information-security problems in which behaviour plays a part and pick one to start with. One problem at a time keeps the programme manageable.',
      },
      approach: {
        nl: 'Verzamel kandidaat-problemen uit verschillende bronnen: zorgen van het bestuur, een brainstorm met collega’s uit verschillende disciplines, de risicoanalyse volgens NEN 7510, interne en externe audits, de directiebeoordeling, incident- en datalekregistraties, klachten en risico’s uit projecten.\n\nBeschrijf per probleem wat er misgaat (beschikbaarheid, integriteit of vertrouwelijkheid van gegevens, of naleving van de AVG) en welk gedrag van medewerkers daarbij hoort.\n\nGeef elk probleem een score, bijvoorbeeld op impact, het aandeel van gedrag, urgentie en draagvlak bij het bestuur. Kies het probleem met de beste verhouding en schrijf op waarom.',
        en: 'Collect candidate problems from several sources: board concerns, a brainstorm with colleagues from different disciplines, the NEN 7510 risk analysis, internal and external audits, the management review, incident and breach registrations, complaints and risks seen in projects.\n\nFor each problem, describe what goes wrong (availability, integrity or confidentiality of data, or compliance with the GDPR) and which staff behaviour is involved.\n\nScore each problem, for example on impact, the share of behaviour in it, urgency and board support. Choose the one with the best balance and write down why.',
      },
      tips: [
        { nl: 'Kies liever een klein, concreet probleem dan een groot, vaag thema.', en: 'Prefer a small, concrete problem over a large, vague theme.' },
        {
          nl: 'Een probleem dat het bestuur al zorgen baart, krijgt sneller tijd en geld.',
          en: 'A problem the board already worries about gets time and money sooner.',
        },
        {
          nl: 'Bewaar de andere problemen: ze vormen de lijst voor je volgende traject.',
          en: 'Keep the other problems: they form the list for your next programme.',
        },
      ],
      examples: [
        {
          nl: 'Een ziekenhuis zag in de datalekregistratie dat de meeste meldingen over e-mail aan de verkeerde ontvanger gingen, en koos dat als eerste probleem.',
          en: 'A hospital saw in its breach register that most reports concerned e-mail to the wrong recipient, and chose that as its first problem.',
        },
      ],
      worksheet: {
        nl: 'Probleemlijst met per probleem de bron, waarom het ertoe doet, het gedrag dat meespeelt en de score; daarnaast het gekozen probleem met de onderbouwing.',
        en: 'Problem list with, per problem, its source, why it matters, the behaviour involved and its score; plus the chosen problem with the rationale.',
      },
    },
    {
      key: '1.2',
      title: { nl: 'Stel het kernteam samen', en: 'Form the core team' },
      purpose: {
        nl: 'Een klein team met verschillende disciplines draagt het traject. Zo combineer je kennis van informatieveiligheid met kennis van de werkvloer.',
        en: 'A small team with different disciplines carries the programme. That way you combine knowledge of information security with knowledge of the work floor.',
      },
      approach: {
        nl: 'Zorg in elk geval voor: de privacy- of securitydeskundige(n), iemand uit de zorgpraktijk waar het gedrag plaatsvindt, communicatie, HR of opleiding, kwaliteit of beleid, IT of applicatiebeheer, en een sponsor uit het management.\n\nSpreek per lid af welke taken het oppakt en hoeveel uur het beschikbaar is. Werk je als duo van twee trajectleiders, verdeel dan de taken expliciet.',
        en: 'Make sure you have at least: the privacy or security expert(s), someone from the care practice where the behaviour happens, communication, HR or learning, quality or policy, IT or application management, and a sponsor from management.\n\nAgree per member which tasks they take on and how many hours they have. If you work as a duo of two programme leads, split the tasks explicitly.',
      },
      tips: [
        {
          nl: 'Iemand van de werkvloer in het team voorkomt oplossingen die in de praktijk niet werken.',
          en: 'Someone from the work floor on the team prevents solutions that do not work in practice.',
        },
        { nl: 'Houd het team klein: vijf tot acht mensen is genoeg.', en: 'Keep the team small: five to eight people is enough.' },
        {
          nl: 'Spreek per stap af wie het werk doet, wie eindverantwoordelijk is, wie je vooraf raadpleegt en wie je achteraf informeert. Pas de tabel bij elke stap aan in de navigator.',
          en: 'Agree per step who does the work, who is accountable, whom you consult beforehand and whom you inform afterwards. Adapt the table of each step in the navigator.',
        },
      ],
      examples: [
        {
          nl: 'In een VVT-organisatie schoof een wijkverpleegkundige aan; zij wist precies wanneer collega’s onderweg gegevens delen.',
          en: 'In an elderly-care organisation a district nurse joined; she knew exactly when colleagues share data on the road.',
        },
      ],
      worksheet: {
        nl: 'Kernteam: leden, hun rol in het team, afdeling, taken en beschikbare uren.',
        en: 'Core team: members, their role in the team, department, tasks and available hours.',
      },
    },
    {
      key: '1.3',
      title: { nl: 'Breng belanghebbenden en draagvlak in kaart', en: 'Map stakeholders and support' },
      purpose: {
        nl: 'Je weet wie het traject raakt, wie beslist en wie kan helpen of tegenwerken, en hoe je hen betrekt.',
        en: 'You know who is affected by the programme, who decides and who can help or block it, and how you involve them.',
      },
      approach: {
        nl: 'Noem alle belanghebbenden: de doelgroep, hun leidinggevenden, het bestuur, de ondernemingsraad, de cliëntenraad, IT en leveranciers.\n\nBepaal per belanghebbende hoe groot het belang en de invloed zijn. Wie veel invloed heeft, betrek je actief; wie vooral belang heeft, houd je goed op de hoogte.',
        en: 'Name all stakeholders: the target group, their managers, the board, the works council, the client council, IT and suppliers.\n\nFor each one, judge how large their interest and influence are. Involve those with much influence actively; keep those with mainly an interest well informed.',
      },
      tips: [
        {
          nl: 'Spreek vooraf met de ondernemingsraad als je gedrag gaat meten of observeren.',
          en: 'Talk to the works council beforehand if you will measure or observe behaviour.',
        },
        { nl: 'Leg vast wanneer je wie informeert, zodat niemand verrast wordt.', en: 'Record when you inform whom, so no one is taken by surprise.' },
      ],
      examples: [
        {
          nl: 'Een ggz-instelling betrok de cliëntenraad bij een traject over het delen van dossiers; dat gaf steun bij medewerkers.',
          en: 'A mental-health institution involved its client council in a programme on sharing records; that earned support among staff.',
        },
      ],
      worksheet: {
        nl: 'Belanghebbenden met hun belang, invloed, en hoe en wanneer je hen betrekt.',
        en: 'Stakeholders with their interest, influence, and how and when you involve them.',
      },
    },
    {
      key: '1.4',
      title: { nl: 'Maak een planning', en: 'Make a plan' },
      purpose: {
        nl: 'Je legt vast wanneer je welke stap doet, hoe vaak het kernteam overlegt en wanneer het bestuur wat hoort. Ook plan je nu al de metingen.',
        en: 'You record when you take each step, how often the core team meets and when the board hears what. You also plan the measurements now.',
      },
      approach: {
        nl: 'Zet mijlpalen per stap op een tijdlijn en kies een vast ritme voor het voortgangsoverleg, bijvoorbeeld elke twee weken.\n\nPlan de 0-meting vóór je interventies kiest en uitvoert (stap 4 en 5), en de 1-meting na de uitvoering. Denk na over wat je meet: het gedrag zelf, door te kijken of te tellen in logbestanden en registraties. Vraag het medewerkers alleen als het niet anders kan. Leg dit vast in het werkblad effectmeting.\n\nNoteer welke middelen je nodig hebt en wanneer je het bestuur informeert.',
        en: 'Place milestones per step on a timeline and choose a fixed rhythm for the check-ins, for example every two weeks.\n\nPlan the baseline measurement before you choose and run interventions (steps 4 and 5), and the follow-up measurement after them. Think about what you will measure: the behaviour itself, by watching or by counting in logs and records. Ask staff only when nothing else works. Record this in the measurement worksheet.\n\nNote the resources you need and when you inform the board.',
      },
      tips: [
        { nl: 'Zet het voortgangsoverleg meteen als reeks in de agenda’s.', en: 'Put the check-ins in everyone’s calendar as a series straight away.' },
        { nl: 'Reken op drie tot zes maanden voor een eerste traject.', en: 'Allow three to six months for a first programme.' },
      ],
      examples: [
        {
          nl: 'Een forensisch-psychiatrisch centrum plande de 0-meting in de week vóór de eerste interventie, en de 1-meting drie maanden later.',
          en: 'A forensic psychiatric centre planned the baseline in the week before the first intervention, and the follow-up three months later.',
        },
      ],
      worksheet: {
        nl: 'Planning met mijlpalen per stap, het overlegritme, middelen en momenten om het bestuur te informeren.',
        en: 'Plan with milestones per step, the meeting rhythm, resources and moments to inform the board.',
      },
    },
  ],
};

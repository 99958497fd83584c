export const priorities = {
  intro: 'Beoordeel elk gedrag uit deelstap 2.1: hoeveel draagt het bij aan het probleem, hoe goed is het te veranderen en kun je zien of het verandert?',
  noBehaviours: 'Er staan nog geen gedragingen in deelstap 2.1.',
  toList: 'Naar de gedragslijst (2.1)',
  criteria: {
    impact: 'Impact op het probleem',
    changeability: 'Veranderbaarheid',
    measurability: 'Meetbaarheid',
  },
  rankingTitle: 'Prioriteit',
  priority: 'Gemiddelde',
  behaviour: 'Gedrag',
  chartLabel: 'Gedragingen naar impact (verticaal) en veranderbaarheid (horizontaal); gekozen gedrag is gevuld.',
  quadrants: {
    topLeft: 'Belangrijk, lastig te veranderen',
    topRight: 'Beste kandidaten',
    bottomLeft: 'Laat liggen',
    bottomRight: 'Makkelijk, weinig effect',
  },
  choose: 'Kies het doelgedrag (één, of een paar die nauw samenhangen)',
  rationale: 'Waarom dit gedrag?',
};

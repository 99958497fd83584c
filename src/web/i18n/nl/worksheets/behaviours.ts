export const behaviours = {
  problem: 'Het probleem',
  intro:
    'Beschrijf gedrag dat je kunt zien: wie doet wat, op welk moment. Niet “voorzichtig zijn”, maar “controleert het adres voordat hij een e-mail met patiëntgegevens verstuurt”.',
  examplesIntro: 'Neem de gedragingen van een voorbeeld over en pas ze aan.',
  behaviourN: 'Gedrag {{n}}',
  description: 'Wie doet wat?',
  link: 'Hoe draagt dit gedrag bij aan het probleem?',
  add: 'Gedrag toevoegen',
  vague: 'Dit beschrijft een houding of kennis ({{words}}), geen gedrag dat je kunt zien. Wat doet iemand precies, en wanneer?',
};

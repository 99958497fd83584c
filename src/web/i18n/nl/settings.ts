export const settings = {
  pageTitle: 'Instellingen',
  name: 'Naam van de organisatie',
  minGroupSize: 'Minimale groepsgrootte voor resultaten',
  minGroupSizeHint: 'Uitkomsten van vragenlijsten tonen we nooit voor groepen kleiner dan dit aantal (3 tot 50; standaard 5), zodat niemand te herleiden is.',
  defaultLocale: 'Standaardtaal',
  defaultLocaleHint: 'De taal van berichten aan medewerkers zonder account, zoals vragenlijsten en het meldformulier.',
};

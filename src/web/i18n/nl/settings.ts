export const settings = {
  pageTitle: 'Instellingen',
  name: 'Naam van de organisatie',
  minGroupSize: 'Minimale groepsgrootte voor resultaten',
  minGroupSizeHint: 'Uitkomsten van vragenlijsten tonen we nooit voor groepen kleiner dan dit aantal (3 tot 50; standaard 5), zodat niemand te herleiden is.',
  defaultLocale: 'Standaardtaal',
  defaultLocaleHint: 'De taal van berichten aan medewerkers zonder account, zoals vragenlijsten en het meldformulier.',
  breachReport: {
    title: 'Datalek melden door medewerkers',
    intro: 'Medewerkers melden een (mogelijk) datalek via deze link, ook zonder account. Zet de link op het intranet en hang de QR-code op bij de teampost. De privacyfunctionaris krijgt elke melding meteen per e-mail.',
    link: 'Link naar het meldformulier',
    qrAlt: 'QR-code naar het meldformulier voor datalekken',
    downloadPng: 'QR-code downloaden (PNG, om te printen)',
    downloadSvg: 'QR-code downloaden (SVG)',
    requiresLogin: 'Inloggen verplicht om te melden',
    requiresLoginHint: 'Alleen medewerkers met een account kunnen dan melden, en hun account wordt bij de melding vastgelegd. Staat dit uit, dan kan iedereen met de link melden zonder dat bekend is wie.',
  },
};

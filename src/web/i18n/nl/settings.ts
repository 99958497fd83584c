export const settings = {
  pageTitle: 'Instellingen',
  name: 'Naam van de organisatie',
  minGroupSize: 'Minimale groepsgrootte voor resultaten',
  minGroupSizeHint:
    'Uitkomsten van vragenlijsten en kennischecks tonen we nooit voor groepen kleiner dan dit aantal (3 tot 50; standaard 5), zodat niemand te herleiden is. Een wijziging geldt voor wat je daarna opent: een open of gesloten vragenlijst houdt het aantal van het moment van openen.',
  defaultLocale: 'Standaardtaal',
  defaultLocaleHint: 'De taal van berichten aan medewerkers zonder account, zoals vragenlijsten en het meldformulier.',
  sectorHint: 'Tekst die het team al heeft overgenomen, zoals in werkbladen en vragenlijsten, blijft zoals hij is.',
  surveyInvitationsPerDay: 'Uitnodigingen voor vragenlijsten per dag',
  surveyInvitationsPerDayHint:
    'Zoveel e-mails met een uitnodiging voor een vragenlijst kan je organisatie per dag versturen (0 tot {{max}}, de grens van deze installatie; standaard 500; 0 zet uitnodigen per e-mail uit). Een lijst die er niet meer in past, gaat helemaal niet de deur uit. De grens voorkomt dat een account wordt misbruikt om uit naam van je organisatie phishing of spam te versturen.',
  surveyInvitationsToday: 'Vandaag gebruikt: {{used}} van {{perDay}}; er kunnen er nog {{remaining}} uit.',
  breachReport: {
    title: 'Datalek melden door medewerkers',
    intro:
      'Medewerkers melden een (mogelijk) datalek via deze link, ook zonder account. Zet de link op het intranet en hang de QR-code op bij de teampost. De privacy officer krijgt elke melding meteen per e-mail.',
    link: 'Link naar het meldformulier',
    qrAlt: 'QR-code naar het meldformulier voor datalekken',
    downloadPng: 'QR-code downloaden (PNG, om te printen)',
    downloadSvg: 'QR-code downloaden (SVG)',
    requiresLogin: 'Inloggen verplicht om te melden',
    requiresLoginHint:
      'Alleen medewerkers met een account kunnen dan melden, en hun account wordt bij de melding vastgelegd. Staat dit uit, dan kan iedereen met de link melden zonder dat bekend is wie.',
  },
  apDetails: {
    title: 'Gegevens voor meldingen bij de AP',
    intro:
      'Het meldformulier van de Autoriteit Persoonsgegevens vraagt deze gegevens bij elk datalek. Vul ze hier één keer in; het datalekregister zet ze klaar. De brief aan de betrokkenen noemt de FG en de klachtenfunctionaris. Is er geen FG, dan noemt de brief het contactpunt.',
    address: 'Adres van de organisatie',
    kvkNumber: 'KvK-nummer',
    sector: 'Sector',
    dpoRegistrationNumber: 'Registratienummer van de FG bij de AP',
    contactName: 'Contactpunt (naam of afdeling)',
    contactEmail: 'E-mailadres van het contactpunt',
    contactPhone: 'Telefoonnummer van het contactpunt',
    dpo: {
      title: 'Functionaris gegevensbescherming (FG)',
      hint: 'De brief aan de betrokkenen noemt de FG als contactpunt voor vragen over het datalek.',
    },
    dpoName: 'Naam van de FG',
    dpoEmail: 'E-mailadres van de FG',
    dpoPhone: 'Telefoonnummer van de FG',
    complaints: {
      title: 'Klachtenfunctionaris',
      hint: 'Elke zorgaanbieder heeft een klachtenfunctionaris (Wkkgz). De brief noemt hem of haar voor klachten over de zorg.',
    },
    complaintsName: 'Naam van de klachtenfunctionaris',
    complaintsEmail: 'E-mailadres van de klachtenfunctionaris',
    complaintsPhone: 'Telefoonnummer van de klachtenfunctionaris',
    complaintsUrl: 'Webpagina over klachten',
    cbwApplies: 'Valt onder de Cyberbeveiligingswet (NIS2)',
    cbwAppliesHint:
      'Zet dit aan als de organisatie een essentiële of belangrijke entiteit is onder de Cyberbeveiligingswet. Dan loopt bij een significant incident ook een klok van 24 uur: binnen die tijd gaat een vroegtijdige waarschuwing naar het CSIRT. Staat standaard uit.',
    save: 'AP-gegevens opslaan',
  },
  data: {
    save: 'Bewaartermijn opslaan',
    title: 'Bewaartermijn en export',
    surveyResponsesMonths: {
      label: 'Ruwe antwoorden van vragenlijsten bewaren (maanden)',
      hint: 'Zoveel maanden nadat een vragenlijst gesloten is, worden de losse antwoorden verwijderd; de uitkomsten blijven, want die zijn bij het sluiten geteld. Leeg laten: alles bewaren.',
    },
    knowledgeResponsesMonths: {
      label: 'Ruwe antwoorden van kennischecks bewaren (maanden)',
      hint: 'Zoveel maanden nadat een kennischeck gesloten is, worden de losse antwoorden van medewerkers verwijderd; de uitkomsten (scores per scenario en afdeling, en het aantal deelnemers) blijven, want die zijn bij het sluiten geteld. Leeg laten: alles bewaren.',
    },
    exportIntro:
      'Een exportbestand (JSON) bevat alles van de organisatie, voor een back-up of een verhuizing naar een andere server. Wachtwoorden, sessies en geheimen gaan niet mee. Ook de antwoorden op vragenlijsten en kennischecks niet: van een gesloten vragenlijst of kennischeck gaan de uitkomsten mee zoals je ze nu ziet, van een open vragenlijst of kennischeck niets. Sluit die dus eerst als je verhuist. Bewaar het bestand even zorgvuldig als de gegevens zelf.',
    export: 'Exportbestand downloaden',
  },
  mailCheck: {
    title: 'E-mail',
    intro:
      'Wegwijs mailt uitnodigingen voor vragenlijsten, herinneringen voor het overleg en meldingen van datalekken. Stuur jezelf een testmail om te zien of de mailinstellingen van deze installatie werken.',
    send: 'Stuur mij een testmail',
    sent: 'Testmail verstuurd naar {{email}}. Komt hij niet aan, kijk dan ook in de map met ongewenste e-mail.',
  },
};

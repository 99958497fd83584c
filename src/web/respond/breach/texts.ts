import type { Locale } from '#core/locale.js';

/**
 * The breach report form's own texts (the examples, the decision aid and the choices' labels come
 * from src/content/breach.ts). Dutch is the source; English has exactly the same keys. {patiënten}
 * and {patients} become the organisation's word once its form is loaded (core/sector.ts).
 */
const nl = {
  brand: 'Wegwijs',
  languageLabel: 'Taal',
  documentTitle: 'Datalek melden',
  title: 'Datalek melden',
  loading: 'Het meldformulier wordt geladen…',
  step: (n: number) => `Stap ${n} van 2`,
  intro: 'Is er iets misgegaan met gegevens over {patiënten} of collega’s? Meld het hier, meteen, ook als het al is opgelost.',
  introOpen: 'Je hebt geen account nodig. We bewaren geen gegevens over je apparaat of je IP-adres.',
  loggedInAs: (name: string) => `Je bent ingelogd als ${name}. Je organisatie legt je account vast bij de melding.`,

  checkHeading: 'Is dit een datalek?',
  checkIntro: 'Een datalek is meer dan een hack. Loop deze vragen langs:',
  examplesHeading: 'Voorbeelden van datalekken',
  nonExamplesHeading: 'Geen datalek',
  examplesHint: 'Open een voorbeeld voor de uitleg.',
  examplesToggle: (n: number) => `Twijfel je nog? Lees de uitleg en ${n} voorbeelden`,
  aidHeading: 'De vragen uitgelegd',
  whenInDoubt: 'Bij twijfel: meld het. Een melding die geen datalek blijkt, is nooit verkeerd.',
  selfCheckLegend: 'Denk je dat dit een datalek is?',
  selfCheckRequired: 'Kies een antwoord. Twijfel je? Kies dan “Ik twijfel”.',
  selfCheckNo: 'Weet je niet zeker dat niemand de gegevens kon zien? Of dat er niets kwijt of veranderd is? Meld het dan toch.',
  next: 'Verder naar de vragen',
  back: 'Terug naar stap 1',

  patientDataTitle: 'Geen namen van {patiënten}',
  patientData:
    'Vul geen namen, geboortedata, BSN of andere gegevens van {patiënten} in. Beschrijf wat er gebeurde en geef aantallen, bijvoorbeeld “een overdrachtslijst van 12 {patiënten}”.',
  noPatientData: 'Geen namen of andere patiëntgegevens.',
  optional: '(niet verplicht)',

  whatHeading: 'Wat is er gebeurd?',
  whatHappened: 'Beschrijf wat er gebeurde',
  whatHappenedHint: 'Wat ging er mis, waar en hoe merkte je het?',
  incidentKind: 'Wat voor soort incident is het?',
  happenedAt: 'Wanneer gebeurde het?',
  happenedAtHint: 'Laat leeg als je het niet weet.',
  noticedAt: 'Wanneer merkte je het?',
  nowButton: 'Nu',
  happenedAfterNoticed: 'Dit moment ligt na het moment waarop je het merkte.',

  dataHeading: 'Welke gegevens en hoeveel mensen?',
  dataKinds: 'Om welke gegevens gaat het?',
  dataKindsHint: 'Kies alles wat van toepassing is.',
  peopleBand: 'Over hoeveel mensen gaat het ongeveer?',
  ongoing: 'Loopt het lek nog?',

  doneHeading: 'Wat is er al gedaan?',
  actionsTaken: 'Wat heb je of heeft iemand anders al gedaan?',
  actionsTakenHint: 'Bijvoorbeeld: e-mail teruggeroepen, ontvanger gevraagd te verwijderen, wachtwoord gewijzigd.',
  department: 'Afdeling of team',
  departmentHint: 'Waar gebeurde het? Dat helpt bij de statistieken.',

  contactHeading: 'Contact',
  contactIntro: 'Mag de privacy officer je bellen of mailen met vragen? Vul dan je gegevens in. Je mag ook anoniem melden.',
  contactName: 'Je naam',
  contactPhone: 'Telefoonnummer',
  contactEmail: 'E-mailadres',

  required: 'Dit veld is verplicht.',
  chooseOne: 'Kies een antwoord.',
  chooseAtLeastOne: 'Kies er minstens één.',
  summaryTitle: (n: number) => (n === 1 ? 'Er is 1 vraag nog niet goed ingevuld' : `Er zijn ${n} vragen nog niet goed ingevuld`),
  summaryIntro: 'Vul deze vragen nog in of verbeter ze:',
  submit: 'Melding versturen',
  sending: 'Bezig met versturen…',
  sendFailedTitle: 'Versturen is niet gelukt',
  networkError: 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw; je antwoorden staan nog op deze pagina.',

  doneTitle: 'Je melding is ontvangen',
  referenceLabel: 'Meldnummer',
  nextHeading: 'Wat gebeurt er nu?',
  closePage: 'Je kunt deze pagina nu sluiten.',

  loginTitle: 'Log eerst in',
  loginBody: 'Je organisatie vraagt je in te loggen voordat je een datalek meldt. Log in en open deze link daarna opnieuw.',
  loginLink: 'Inloggen',
  notFoundTitle: 'Deze link klopt niet',
  notFoundBody:
    'We kunnen dit meldformulier niet vinden. Controleer of je de hele link hebt overgenomen, of vraag je leidinggevende of de privacy officer om de juiste link.',
  loadFailedTitle: 'Het meldformulier kon niet worden geladen',
  loadFailedBody:
    'Controleer je internetverbinding en probeer het opnieuw. Lukt het niet? Meld het datalek dan meteen telefonisch bij de privacy officer of de servicedesk.',
  retry: 'Opnieuw proberen',
};

export type BreachTexts = typeof nl;

const en: BreachTexts = {
  brand: 'Wegwijs',
  languageLabel: 'Language',
  documentTitle: 'Report a data breach',
  title: 'Report a data breach',
  loading: 'Loading the report form…',
  step: (n: number) => `Step ${n} of 2`,
  intro: 'Did something go wrong with data about {patients} or colleagues? Report it here, at once, also when it has been fixed already.',
  introOpen: 'You do not need an account. We keep nothing about your device or your IP address.',
  loggedInAs: (name: string) => `You are logged in as ${name}. Your organisation records your account with the report.`,

  checkHeading: 'Is this a data breach?',
  checkIntro: 'A data breach is more than a hack. Go through these questions:',
  examplesHeading: 'Examples of data breaches',
  nonExamplesHeading: 'Not a data breach',
  examplesHint: 'Open an example for the explanation.',
  examplesToggle: (n: number) => `Still unsure? Read the explanation and ${n} examples`,
  aidHeading: 'The questions explained',
  whenInDoubt: 'When in doubt, report it. A report that turns out not to be a breach is never wrong.',
  selfCheckLegend: 'Do you think this is a data breach?',
  selfCheckRequired: 'Choose an answer. Unsure? Then choose “I am not sure”.',
  selfCheckNo: 'Report it anyway unless you are sure nobody could see the data and nothing was lost or changed.',
  next: 'On to the questions',
  back: 'Back to step 1',

  patientDataTitle: 'No names of {patients}',
  patientData:
    'Do not enter names, dates of birth, BSN or other data of {patients}. Describe what happened and give numbers, for example “a handover list of 12 {patients}”.',
  noPatientData: 'No names or other patient data.',
  optional: '(optional)',

  whatHeading: 'What happened?',
  whatHappened: 'Describe what happened',
  whatHappenedHint: 'What went wrong, where, and how did you notice?',
  incidentKind: 'What kind of incident is it?',
  happenedAt: 'When did it happen?',
  happenedAtHint: 'Leave empty if you do not know.',
  noticedAt: 'When did you notice it?',
  nowButton: 'Now',
  happenedAfterNoticed: 'This moment is after the moment you noticed it.',

  dataHeading: 'Which data and how many people?',
  dataKinds: 'Which data are involved?',
  dataKindsHint: 'Choose all that apply.',
  peopleBand: 'Roughly how many people are involved?',
  ongoing: 'Is the breach still going on?',

  doneHeading: 'What has been done already?',
  actionsTaken: 'What have you or others done already?',
  actionsTakenHint: 'For example: recalled the e-mail, asked the recipient to delete it, changed a password.',
  department: 'Department or team',
  departmentHint: 'Where did it happen? That helps the statistics.',

  contactHeading: 'Contact',
  contactIntro: 'May the privacy officer call or e-mail you with questions? Then fill in your details. You may also report anonymously.',
  contactName: 'Your name',
  contactPhone: 'Phone number',
  contactEmail: 'E-mail address',

  required: 'This field is required.',
  chooseOne: 'Choose an answer.',
  chooseAtLeastOne: 'Choose at least one.',
  summaryTitle: (n: number) => (n === 1 ? '1 question is not filled in correctly yet' : `${n} questions are not filled in correctly yet`),
  summaryIntro: 'Please fill in or correct these questions:',
  submit: 'Send report',
  sending: 'Sending…',
  sendFailedTitle: 'Sending did not work',
  networkError: 'There is no connection to the server. Check your internet connection and try again; your answers are still on this page.',

  doneTitle: 'Your report has been received',
  referenceLabel: 'Reference number',
  nextHeading: 'What happens now?',
  closePage: 'You can close this page now.',

  loginTitle: 'Log in first',
  loginBody: 'Your organisation asks you to log in before you report a data breach. Log in, then open this link again.',
  loginLink: 'Log in',
  notFoundTitle: 'This link is not right',
  notFoundBody: 'We cannot find this report form. Check that you copied the whole link, or ask your manager or the privacy officer for the right link.',
  loadFailedTitle: 'The report form could not be loaded',
  loadFailedBody:
    'Check your internet connection and try again. Still not working? Then report the breach by phone to the privacy officer or the service desk at once.',
  retry: 'Try again',
};

export const BREACH_TEXTS: Record<Locale, BreachTexts> = { nl, en };

import type { Locale } from '#core/locale.js';

/**
 * The respondent page's own texts (it does not load the main app's i18n). Dutch is the source;
 * the English dictionary must have exactly the same keys and the same kind of value (the type
 * below refuses a missing or an extra key).
 */
const nl = {
  brand: 'Wegwijs',
  documentTitle: 'Vragenlijst',
  languageLabel: 'Taal',
  loading: 'De vragenlijst wordt geladen…',
  anonymity:
    'Je antwoorden zijn anoniem: we bewaren niet wie je bent, je IP-adres of het tijdstip — alleen de dag. Uitkomsten tonen we alleen voor groepen van minstens enkele mensen.',
  groupsHeading: 'Over jou',
  groupsIntro: 'Deze vragen zijn niet verplicht. Ze helpen om uitkomsten per groep te bekijken.',
  preferNotToSay: 'Zeg ik liever niet',
  statementsHeading: 'Stellingen',
  statementsIntro:
    'Geef bij elke stelling aan in hoeverre je het ermee eens bent. Alle stellingen zijn verplicht. Weet je het niet, of past een stelling niet bij je werk? Kies dan “Weet ik niet / niet van toepassing”.',
  dontKnow: 'Weet ik niet / niet van toepassing',
  progress: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
  submit: 'Antwoorden versturen',
  sending: 'Bezig met versturen…',
  summaryTitle: (missing: number) => (missing === 1 ? 'Er is nog 1 stelling niet beantwoord' : `Er zijn nog ${missing} stellingen niet beantwoord`),
  summaryIntro: 'Kies bij deze stellingen nog een antwoord:',
  itemRequired: 'Kies een antwoord bij deze stelling.',
  sendFailedTitle: 'Versturen is niet gelukt',
  networkError: 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw; je antwoorden staan nog op deze pagina.',
  thanksTitle: 'Bedankt voor het invullen!',
  thanksBody: 'Je antwoorden zijn verstuurd. Je kunt deze pagina nu sluiten.',
  closedTitle: 'Deze vragenlijst is gesloten',
  closedBody: 'Er kunnen geen antwoorden meer bij. Bedankt voor je belangstelling.',
  invitationNeededTitle: 'Gebruik de link uit je uitnodiging',
  invitationNeededBody: 'Deze vragenlijst is alleen te beantwoorden via de persoonlijke link uit je uitnodiging (e-mail).',
  notFoundTitle: 'Deze link klopt niet',
  notFoundBody: 'We kunnen deze vragenlijst niet vinden. Controleer of je de hele link hebt overgenomen, of vraag om een nieuwe link.',
  loadFailedTitle: 'De vragenlijst kon niet worden geladen',
  loadFailedBody: 'Controleer je internetverbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  previewNoSend: 'Dit is een voorbeeld voor het team. Versturen kan hier niet.',
};

export type Texts = typeof nl;

const en: Texts = {
  brand: 'Wegwijs',
  documentTitle: 'Survey',
  languageLabel: 'Language',
  loading: 'Loading the survey…',
  anonymity:
    'Your answers are anonymous: we do not keep who you are, your IP address or the time — only the day. We only show results for groups of at least several people.',
  groupsHeading: 'About you',
  groupsIntro: 'These questions are optional. They help to look at results per group.',
  preferNotToSay: 'Prefer not to say',
  statementsHeading: 'Statements',
  statementsIntro:
    'For each statement, indicate how much you agree with it. All statements are required. If you do not know, or a statement does not fit your work, choose “Don’t know / not applicable”.',
  dontKnow: 'Don’t know / not applicable',
  progress: (answered: number, total: number) => `${answered} of ${total} answered`,
  submit: 'Send answers',
  sending: 'Sending…',
  summaryTitle: (missing: number) => (missing === 1 ? '1 statement has not been answered yet' : `${missing} statements have not been answered yet`),
  summaryIntro: 'Please choose an answer for these statements:',
  itemRequired: 'Choose an answer for this statement.',
  sendFailedTitle: 'Sending did not work',
  networkError: 'There is no connection to the server. Check your internet connection and try again; your answers are still on this page.',
  thanksTitle: 'Thank you for taking part!',
  thanksBody: 'Your answers have been sent. You can close this page now.',
  closedTitle: 'This survey is closed',
  closedBody: 'No more answers can be added. Thank you for your interest.',
  invitationNeededTitle: 'Use the link from your invitation',
  invitationNeededBody: 'This survey can only be answered through the personal link in your invitation (email).',
  notFoundTitle: 'This link is not right',
  notFoundBody: 'We cannot find this survey. Check that you copied the whole link, or ask for a new one.',
  loadFailedTitle: 'The survey could not be loaded',
  loadFailedBody: 'Check your internet connection and try again.',
  retry: 'Try again',
  previewNoSend: 'This is a preview for the team. Answers cannot be sent from here.',
};

export const TEXTS: Record<Locale, Texts> = { nl, en };

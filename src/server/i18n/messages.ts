import type { Locale } from '#core/locale.js';

/** Every message the API can send, in every interface language. */
const MESSAGES = {
  unauthenticated: { nl: 'Je bent niet ingelogd.', en: 'You are not logged in.' },
  forbidden: { nl: 'Je hebt geen toestemming voor deze actie.', en: 'You are not allowed to do this.' },
  notFound: { nl: 'Niet gevonden.', en: 'Not found.' },
  routeNotFound: { nl: 'Deze API-route bestaat niet.', en: 'This API route does not exist.' },
  validation: { nl: 'Controleer de invoer.', en: 'Please check your input.' },
  malformedJson: { nl: 'De verzonden gegevens zijn geen geldige JSON.', en: 'The data sent is not valid JSON.' },
  unsupportedMediaType: {
    nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
    en: 'Send the data as JSON (Content-Type: application/json).',
  },
  payloadTooLarge: { nl: 'De verzonden gegevens zijn te groot.', en: 'The data sent is too large.' },
  nestedTooDeep: {
    nl: 'De verzonden gegevens zijn te diep genest: hoogstens {max} niveaus.',
    en: 'The data sent is nested too deeply: at most {max} levels.',
  },
  csrf: {
    nl: 'De beveiligingscontrole van dit verzoek is mislukt. Laad de pagina opnieuw.',
    en: 'The security check of this request failed. Please reload the page.',
  },
  tooManyRequests: {
    nl: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
    en: 'Too many attempts. Please wait a moment and try again.',
  },
  invalidCredentials: { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is incorrect.' },
  attemptsThrottled: {
    nl: 'Te veel mislukte pogingen vanaf dit apparaat. Wacht {minutes} min. en probeer het dan opnieuw.',
    en: 'Too many failed attempts from this device. Wait {minutes} min. and then try again.',
  },
  codesThrottled: {
    nl: 'Te veel verkeerde codes voor dit account. Wacht {minutes} min. en probeer het dan opnieuw.',
    en: 'Too many wrong codes for this account. Wait {minutes} min. and then try again.',
  },
  codesThrottledLogin: {
    nl: 'Te veel verkeerde codes voor dit account. Wacht {minutes} min. en log dan opnieuw in met je e-mailadres en wachtwoord.',
    en: 'Too many wrong codes for this account. Wait {minutes} min. and then log in again with your e-mail address and password.',
  },
  passwordTooShort: {
    nl: 'Kies een wachtwoord van minstens {min} tekens. Een zin van een paar woorden werkt goed.',
    en: 'Choose a password of at least {min} characters. A sentence of a few words works well.',
  },
  passwordTooLong: { nl: 'Een wachtwoord mag hoogstens {max} tekens hebben.', en: 'A password may have at most {max} characters.' },
  passwordCommon: {
    nl: 'Dit wachtwoord is te bekend of te makkelijk te raden. Kies een ander.',
    en: 'This password is too common or too easy to guess. Choose another one.',
  },
  passwordPersonal: {
    nl: 'Gebruik geen naam, e-mailadres of organisatienaam in je wachtwoord.',
    en: 'Do not use your name, e-mail address or organisation name in your password.',
  },
  passwordRepetitive: {
    nl: 'Dit wachtwoord bestaat uit herhalingen of een reeks. Kies een ander.',
    en: 'This password consists of repetitions or a sequence. Choose another one.',
  },
  emailTaken: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  setupDone: { nl: 'De installatie is al ingericht.', en: 'This installation has already been set up.' },
  importDuplicateKey: {
    nl: 'Deze rij staat twee keer in het exportbestand: een eerdere rij van deze tabel heeft dezelfde sleutel.',
    en: 'This row is in the export file twice: an earlier row of this table has the same key.',
  },
  importReference: {
    nl: 'Dit verwijst naar iets wat niet in het exportbestand staat (of een id komt twee keer voor).',
    en: 'This refers to something that is not in the export file (or an id occurs twice).',
  },
  setupTokenInvalid: {
    nl: 'Deze installatielink is ongeldig of al gebruikt. Kijk in de console voor een geldige link.',
    en: 'This set-up link is invalid or already used. See the console for a valid link.',
  },
  inviteInvalid: {
    nl: 'Deze uitnodiging is ongeldig, verlopen of al gebruikt. Vraag een nieuwe aan.',
    en: 'This invitation is invalid, expired or already used. Ask for a new one.',
  },
  lastAdmin: {
    nl: 'De organisatie moet minstens één actieve beheerder houden.',
    en: 'The organisation must keep at least one active administrator.',
  },
  notSelf: { nl: 'Je kunt je eigen account niet deactiveren.', en: 'You cannot deactivate your own account.' },
  userNotInvited: { nl: 'Deze gebruiker heeft zijn uitnodiging al geaccepteerd.', en: 'This user has already accepted the invitation.' },
  userInactive: { nl: 'Deze gebruiker is niet actief.', en: 'This user is not active.' },
  alreadyOnTeam: { nl: 'Deze persoon zit al in het kernteam.', en: 'This person is already on the core team.' },
  teamNeedsLead: {
    nl: 'Alleen een trajectleider of beheerder kan iemand aan het kernteam toevoegen of eruit halen.',
    en: 'Only a programme lead or an admin can add someone to the core team or take them off it.',
  },
  unknownSubstep: { nl: 'Deze deelstap bestaat niet.', en: 'This sub-step does not exist.' },
  worksheetIncomplete: {
    nl: 'Deze deelstap kan nog niet op klaar: het werkblad is nog niet compleet.',
    en: 'This sub-step cannot be marked done yet: its worksheet is not complete.',
  },
  noWorksheetForm: {
    nl: 'Deze deelstap heeft geen werkbladformulier; stuur alleen notities.',
    en: 'This sub-step has no worksheet form; send notes only.',
  },
  versionConflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd (versie {current}). Laad de nieuwste versie en probeer opnieuw.',
    en: 'Someone else changed this in the meantime (version {current}). Load the latest version and try again.',
  },
  surveyNotDraft: {
    nl: 'Deze vragenlijst is al geopend; de vragen liggen vast. Maak een kopie om iets te veranderen.',
    en: 'This survey has already been opened; its questions are fixed. Make a copy to change anything.',
  },
  surveyNotClosed: {
    nl: 'Uitkomsten zijn er zodra de vragenlijst gesloten is.',
    en: 'Results are available once the survey is closed.',
  },
  surveyNotOpen: { nl: 'Deze vragenlijst staat niet open.', en: 'This survey is not open.' },
  surveyRepeatsStatement: {
    nl: 'Deze vragenlijst vraagt een stelling twee keer en kan zo niet open. Pas hem aan: bij opslaan zie je welke stelling het is.',
    en: 'This survey asks a statement twice and cannot open like this. Change it: saving shows which statement it is.',
  },
  surveyClosed: {
    nl: 'Deze vragenlijst is gesloten. Er kunnen geen antwoorden meer bij.',
    en: 'This survey is closed. No more answers can be added.',
  },
  surveyTokenRequired: {
    nl: 'Deze vragenlijst is alleen te beantwoorden via de persoonlijke link uit je uitnodiging.',
    en: 'This survey can only be answered through the personal link in your invitation.',
  },
  surveyTokenUnknown: { nl: 'Deze uitnodigingslink is niet geldig.', en: 'This invitation link is not valid.' },
  surveyTokenUsed: {
    nl: 'Met deze uitnodiging is de vragenlijst al ingevuld. Dank je wel!',
    en: 'This invitation has already been used to answer the survey. Thank you!',
  },
  testMailNoSmtp: {
    nl: 'Deze installatie kan geen e-mail versturen: SMTP_URL is niet ingesteld. Zie de handleiding voor beheerders (docs/operations.md).',
    en: 'This installation cannot send e-mail: SMTP_URL is not set. See the operator guide (docs/operations.md).',
  },
  testMailFailed: {
    nl: 'De mailserver nam de testmail niet aan. Zijn antwoord: {reason}',
    en: 'The mail server did not accept the test mail. Its answer: {reason}',
  },
  mailNotConfigured: {
    nl: 'Deze installatie kan geen e-mail versturen (SMTP_URL is niet ingesteld). Deel de link of de QR-code.',
    en: 'This installation cannot send e-mail (SMTP_URL is not set). Share the link or the QR code instead.',
  },
  surveyInvitationLimit: {
    nl: 'Vandaag kunnen er nog {remaining} uitnodigingen uit (de grens is {perDay} per dag); deze lijst heeft er {requested}. Er is niets verstuurd: verstuur er minder of wacht tot morgen. De grens voorkomt dat uitnodigingen worden misbruikt voor phishing of spam; een beheerder kan haar aanpassen bij Instellingen.',
    en: 'Today {remaining} more invitations can go out (the limit is {perDay} a day); this list has {requested}. Nothing was sent: send fewer or wait until tomorrow. The limit keeps invitations from being misused for phishing or spam; an administrator can change it under Settings.',
  },
  surveyInvitationsAboveMax: {
    nl: 'Deze installatie staat hoogstens {max} uitnodigingen per dag toe.',
    en: 'This installation allows at most {max} invitations a day.',
  },
  surveyTitleHasLink: {
    nl: 'De titel van deze vragenlijst bevat een webadres of e-mailadres, en een uitnodiging mag geen andere link bevatten dan die naar de vragenlijst (phishing). Deel de link of de QR-code, of maak een nieuwe vragenlijst met een andere titel.',
    en: 'The title of this survey contains a web or e-mail address, and an invitation may hold no link but the one to the survey (phishing). Share the link or the QR code, or make a new survey with another title.',
  },
  unknownTechnique: { nl: 'Deze techniek staat niet in de BCT-taxonomie.', en: 'This technique is not in the BCT taxonomy.' },
  unknownBarrier: {
    nl: 'Deze belemmering staat niet (meer) in de gedragsdiagnose van 3.4.',
    en: 'This barrier is not (or no longer) in the behavioural diagnosis of 3.4.',
  },
  unknownIntervention: { nl: 'Deze interventie staat niet in de bibliotheek.', en: 'This intervention is not in the library.' },
  votesUsedUp: {
    nl: 'Je hebt al je {max} stippen verdeeld. Haal er eerst een weg.',
    en: 'You have placed all {max} of your dots. Take one back first.',
  },
  candidateNotChosen: {
    nl: 'Maak alleen een gekozen interventie concreet. Kies haar eerst in 4.3.',
    en: 'Only a chosen intervention can be made concrete. Choose it in 4.3 first.',
  },
  actionOwnerUnknown: {
    nl: 'Deze actiehouder is geen actieve gebruiker van je organisatie. Vul alleen een naam in.',
    en: 'This action owner is not an active user of your organisation. Enter just a name instead.',
  },
  actionCandidateUnknown: {
    nl: 'Een actie hoort bij een interventie die in 4.3 is gekozen.',
    en: 'An action belongs to an intervention chosen in 4.3.',
  },
  anchoringOwnerUnknown: {
    nl: 'Deze eigenaar is geen actieve gebruiker van je organisatie. Vul alleen een naam in.',
    en: 'This owner is not an active user of your organisation. Enter just a name instead.',
  },
  actionCheckinUnknown: {
    nl: 'Dit voortgangsoverleg hoort niet bij dit traject.',
    en: 'This check-in does not belong to this programme.',
  },
  checkinDateTaken: {
    nl: 'Er is al een voortgangsoverleg op deze datum vastgelegd. Wijzig dat overleg of kies een andere datum.',
    en: 'A check-in has already been recorded on this date. Change that check-in or choose another date.',
  },
  measurementKpiUnknown: {
    nl: 'Kies een KPI van dit traject.',
    en: 'Choose a KPI of this programme.',
  },
  measurementKpiNotBehaviour: {
    nl: 'De effectmeting volgt het gedrag zelf. Kies een KPI die het gedrag telt, geen score van een vragenlijst of kennischeck.',
    en: 'The effect measurement follows the behaviour itself. Choose a KPI that counts the behaviour, not a survey or knowledge-check score.',
  },
  targetChangeReasonRequired: {
    nl: 'De 0-meting is gedaan. Verander je nu de 0-meting, de datum ervan of de streefwaarde? Schrijf dan op waarom: dat komt bij de afwijkingen in het werkblad effectmeting.',
    en: 'The baseline has been taken. Are you changing the baseline, its date or the target value now? Then write down why: it goes with the deviations in the measurement worksheet.',
  },
  measurementDeviationsFull: {
    nl: 'Het werkblad effectmeting heeft al {max} afwijkingen. Haal eerst een afwijking weg die het team zelf schreef.',
    en: 'The measurement worksheet already has {max} deviations. First remove a deviation the team wrote itself.',
  },
  measurementOutcomeKpiInUse: {
    nl: 'Het werkblad effectmeting telt het gedrag met deze KPI. Kies daar eerst een andere KPI.',
    en: 'The measurement worksheet counts the behaviour with this KPI. Choose another KPI there first.',
  },
  fixedChangedDeviation: {
    nl: '{changes} na de 0-meting. Reden: {reason}',
    en: '{changes} after the baseline. Reason: {reason}',
  },
  fixedChange: { nl: '{what} veranderd van {before} naar {after}', en: '{what} changed from {before} to {after}' },
  fixedBaseline: { nl: '0-meting', en: 'baseline' },
  fixedBaselineDate: { nl: 'datum van de 0-meting', en: 'baseline date' },
  fixedTarget: { nl: 'streefwaarde', en: 'target value' },
  outcomeKpiChangedDeviation: {
    nl: 'KPI die het gedrag telt veranderd van {before} naar {after} na de 0-meting.',
    en: 'KPI that counts the behaviour changed from {before} to {after} after the baseline.',
  },
  measurementDecisionTooEarly: {
    nl: 'Een besluit na de 1-meting kan pas als die 1-meting er is: een meting van de KPI na de dag van de 0-meting.',
    en: 'A decision after the follow-up measurement needs that measurement: a measurement of the KPI after the day of the baseline.',
  },
  kpiCandidateUnknown: {
    nl: 'Een KPI hoort bij een interventie die in 4.3 is gekozen, of bij geen enkele.',
    en: 'A KPI belongs to an intervention chosen in 4.3, or to none.',
  },
  baselineNotClosed: {
    nl: 'Een herhaalmeting herhaalt een gesloten vragenlijst. Sluit de eerste vragenlijst eerst in 3.3.',
    en: 'A repeat survey repeats a closed survey. Close the first survey in 3.3 first.',
  },
  breachReportLoginRequired: {
    nl: 'Je organisatie vraagt je in te loggen voordat je een datalek meldt. Log in en open de meldlink daarna opnieuw.',
    en: 'Your organisation asks you to log in before you report a data breach. Log in, then open the report link again.',
  },
  breachReportOtherOrganisation: {
    nl: 'Deze meldlink hoort bij een andere organisatie dan je account. Gebruik de meldlink van je eigen organisatie.',
    en: 'This report link belongs to another organisation than your account. Use the report link of your own organisation.',
  },
  knowledgeCheckNotDraft: {
    nl: 'Deze kennischeck is al geopend; de scenario’s liggen vast.',
    en: 'This knowledge check has already been opened; its scenarios are fixed.',
  },
  knowledgeCheckNotOpen: { nl: 'Deze kennischeck staat niet open.', en: 'This knowledge check is not open.' },
  knowledgeCheckClosed: {
    nl: 'Deze kennischeck is gesloten. Er kunnen geen antwoorden meer bij.',
    en: 'This knowledge check is closed. No more answers can be added.',
  },
  knowledgeProgrammeUnknown: {
    nl: 'Koppel de kennischeck aan een traject waar je aan werkt, of aan geen.',
    en: 'Link the knowledge check to a programme you work on, or to none.',
  },
  cohortCodeUnknown: {
    nl: 'Deze code hoort bij geen masterclass. Controleer de code die je van de trainer kreeg.',
    en: 'This code belongs to no masterclass. Check the code the trainer gave you.',
  },
  cohortCodeThrottled: {
    nl: 'Te veel verkeerde codes. Probeer het over {minutes} minuten opnieuw.',
    en: 'Too many wrong codes. Try again in {minutes} minutes.',
  },
  cohortOwn: { nl: 'Dit is een masterclass van je eigen organisatie.', en: 'This is a masterclass of your own organisation.' },
  cohortClosed: { nl: 'Deze masterclass is afgesloten.', en: 'This masterclass has been closed.' },
  cohortFull: { nl: 'Deze masterclass is vol. Vraag de trainer om meer plaatsen.', en: 'This masterclass is full. Ask the trainer for more places.' },
  cohortAlreadyJoined: {
    nl: 'Je organisatie doet al mee aan deze masterclass.',
    en: 'Your organisation already takes part in this masterclass.',
  },
  participantNotOnTeam: {
    nl: 'Kies deelnemers uit het kernteam van het traject.',
    en: 'Choose participants from the core team of the programme.',
  },
  sessionInPast: { nl: 'Een nieuwe bijeenkomst kan niet in het verleden beginnen.', en: 'A new session cannot start in the past.' },
  commentParentUnknown: { nl: 'Deze reactie bestaat niet (meer).', en: 'This comment does not exist (any more).' },
  cohortRetentionLonger: {
    nl: 'De masterclass is afgesloten. De bewaartermijn kan nu alleen korter worden: de organisaties deelden onder de termijn die toen gold.',
    en: 'The masterclass is closed. The retention can only become shorter now: the organisations shared under the term that applied then.',
  },
  roleplayNotInSubgroup: { nl: 'Kies iemand uit je subgroep.', en: 'Choose someone from your subgroup.' },
  roleplayRoundOrPeople: {
    nl: 'Kies drie mensen of geef een rondenummer, niet allebei.',
    en: 'Choose three people or give a round number, not both.',
  },
  roleplayTooFew: {
    nl: 'Voor een oefenronde zijn minstens drie mensen in de subgroep nodig.',
    en: 'A practice round needs at least three people in the subgroup.',
  },
  subgroupParticipationUnknown: {
    nl: 'Deze organisatie doet niet (meer) mee aan de masterclass. Kies een organisatie uit de deelnemers.',
    en: 'This organisation does not take part in the masterclass (any more). Choose an organisation from the participants.',
  },
  submissionWorksheetMissing: {
    nl: 'Dit werkblad is nog niet ingevuld in jullie traject. Sla het eerst op, of lever alleen tekst in.',
    en: 'This worksheet has not been filled in in your programme yet. Save it first, or hand in text only.',
  },
  submissionWorksheetNotShareable: {
    nl: 'Dit werkblad noemt medewerkers bij naam en blijft daarom in je organisatie. Kies een ander werkblad of lever tekst in.',
    en: 'This worksheet names staff and so stays in your organisation. Choose another worksheet or hand in text.',
  },
  submissionWorksheetNotShared: {
    nl: 'Jullie organisatie deelt dit werkblad niet met de trainers. Vraag je beheerder om het eerst met de trainers te delen (tab Delen), of lever alleen tekst in.',
    en: 'Your organisation does not share this worksheet with the trainers. Ask your admin to share this worksheet with the trainers first (tab Sharing), or hand in text only.',
  },
  exchangeCopyOwn: {
    nl: 'Deze interventie heeft je eigen organisatie gedeeld. Die staat al in je eigen bibliotheek.',
    en: 'Your own organisation shared this intervention. It is already yours.',
  },
  exchangeCopiedBefore: {
    nl: 'Je organisatie heeft deze interventie al overgenomen. Je vindt haar in je eigen bibliotheek.',
    en: 'Your organisation already copied this intervention. You find it in your own library.',
  },
  breachClosed: { nl: 'Dit datalek is afgesloten; het register ligt vast.', en: 'This breach is closed; its register entry is final.' },
  breachNotANextStep: {
    nl: 'Deze status volgt niet op de huidige. De volgorde is: gemeld, in triage, beoordeeld, gemeld bij de AP, afgesloten.',
    en: 'This status does not follow the current one. The order is: reported, in triage, assessed, notified to the AP, closed.',
  },
  breachDecisionRequired: {
    nl: 'Leg eerst het besluit over melden vast, met de onderbouwing.',
    en: 'Record the notification decision first, with its reasoning.',
  },
  breachDecisionNotToNotify: {
    nl: 'Het laatste besluit is om niet bij de AP te melden. Leg een nieuw besluit vast als je toch meldt.',
    en: 'The latest decision is not to notify the AP. Record a new decision if you notify after all.',
  },
  breachDecisionToNotify: {
    nl: 'Het laatste besluit is om bij de AP te melden. Zet het lek eerst op "gemeld bij de AP", of leg een nieuw besluit vast.',
    en: 'The latest decision is to notify the AP. Mark the breach as notified first, or record a new decision.',
  },
  breachApNotifiedAtRequired: { nl: 'Vul in wanneer de melding bij de AP is gedaan.', en: 'Enter when the AP was notified.' },
  breachLateReasonRequired: {
    nl: 'De melding is na de 72 uur gedaan. Geef de reden van de vertraging (AVG art. 33 lid 1).',
    en: 'The notification came after the 72 hours. Give the reason for the delay (GDPR art. 33(1)).',
  },
  breachSubjectsInformedAtRequired: {
    nl: 'Het besluit is om de betrokkenen te informeren. Vul in wanneer dat is gebeurd.',
    en: 'The decision is to inform the people involved. Enter when that happened.',
  },
  breachRegisterIncomplete: {
    nl: 'Het register is nog niet compleet: vul eerst de ontbrekende feiten in.',
    en: 'The register entry is not complete yet: fill in the missing facts first.',
  },
  breachAwarenessUnconfirmed: {
    nl: 'Bevestig eerst het moment waarop de organisatie het lek kende: daar lopen de 72 uur vanaf.',
    en: 'First confirm the moment the organisation knew of the breach: the 72 hours run from it.',
  },
  breachAwareReasonRequired: {
    nl: 'Geef de reden: je kiest een later moment dan dat van de melder, of wijzigt een bevestigd moment.',
    en: "Give the reason: you choose a later moment than the reporter's, or change a confirmed moment.",
  },
  breachApNotNotified: {
    nl: 'Dit kan pas als het lek bij de AP is gemeld.',
    en: 'This is only possible once the breach has been notified to the AP.',
  },
  breachApReferenceRequired: {
    nl: 'Leg eerst het meldnummer van de AP vast: een aanvulling, wijziging of intrekking gaat onder dat nummer.',
    en: "Record the AP's notification number (meldnummer) first: a supplement, change or withdrawal goes under that number.",
  },
  breachFollowUpBeforeNotification: {
    nl: 'Een vervolgmelding kan niet eerder zijn verstuurd dan de melding zelf.',
    en: 'A follow-up cannot have been sent before the notification itself.',
  },
  breachReceivedBeforeSent: {
    nl: 'De AP kan de ontvangst niet eerder hebben bevestigd dan het bericht is verstuurd.',
    en: 'The AP cannot have confirmed receipt before the message was sent.',
  },
  breachNotForThisStep: { nl: 'Dit hoort niet bij deze stap.', en: 'This does not belong to this step.' },
  breachMomentInFuture: { nl: 'Dit moment ligt in de toekomst.', en: 'This moment is in the future.' },
  passwordLoginDisabled: {
    nl: 'Je organisatie laat je inloggen met je organisatieaccount, niet met een wachtwoord. Kies "Inloggen met je organisatieaccount".',
    en: 'Your organisation has you log in with your organisation account, not with a password. Choose "Log in with your organisation account".',
  },
  loginChallengeExpired: {
    nl: 'Het inloggen duurde te lang. Vul je e-mailadres en wachtwoord opnieuw in.',
    en: 'Logging in took too long. Enter your e-mail address and password again.',
  },
  totpInvalidCode: { nl: 'Deze code klopt niet of is al gebruikt.', en: 'This code is incorrect or has already been used.' },
  totpAlreadyEnabled: {
    nl: 'Tweestapsverificatie staat al aan. Zet haar eerst uit om een nieuwe app te koppelen.',
    en: 'Two-step verification is already on. Turn it off first to link a new app.',
  },
  totpNotPending: { nl: 'Begin eerst met het instellen van tweestapsverificatie.', en: 'Start setting up two-step verification first.' },
  totpNotEnabled: { nl: 'Tweestapsverificatie staat niet aan.', en: 'Two-step verification is not on.' },
  totpResetOwn: {
    nl: 'Je eigen tweestapsverificatie reset je hier niet. Zet haar uit bij Wachtwoord wijzigen, met je wachtwoord en een code.',
    en: 'You cannot reset your own two-step verification here. Turn it off under Change password, with your password and a code.',
  },
  totpLocalOnly: {
    nl: 'Tweestapsverificatie is er voor accounts met een wachtwoord. Met je organisatieaccount regelt je organisatie dat.',
    en: 'Two-step verification is for accounts with a password. With your organisation account, your organisation takes care of it.',
  },
  ssoLoginNameTaken: { nl: 'Deze inlognaam gebruikt een andere organisatie al.', en: 'Another organisation already uses this login name.' },
  ssoClientSecretRequired: {
    nl: 'Vul het clientgeheim in dat je van je identiteitsprovider kreeg.',
    en: 'Enter the client secret you got from your identity provider.',
  },
  issuerNotPublic: {
    nl: 'Dit adres wijst naar een intern of lokaal netwerk; daar maakt Wegwijs geen verbinding mee. Vul het openbare https-adres van de identiteitsprovider in, of vraag de beheerder van deze server om de provider toe te staan.',
    en: 'This address points into an internal or local network, which Wegwijs does not connect to. Enter the public https address of the identity provider, or ask the administrator of this server to allow the provider.',
  },
  databaseUnavailable: {
    nl: 'Wegwijs kan even niet bij zijn gegevens. Probeer het over een paar seconden opnieuw.',
    en: 'Wegwijs cannot reach its data right now. Please try again in a few seconds.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

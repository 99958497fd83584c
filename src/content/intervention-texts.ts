import type { LocalizedText } from '#core/locale.js';
import type { InterventionFunction } from '#core/interventions/functions.js';
import type { ApeaseCriterion } from '#core/interventions/apease.js';
import type { Effort, TargetBehaviourTag } from '#core/interventions/library.js';
import type { IndicatorKey } from '#core/interventions/indicators.js';

/**
 * Interface texts for step 4 (choosing interventions): the nine intervention functions, the
 * APEASE criteria, target-behaviour tags, effort sizes and the indicators a plan can measure.
 * Dutch texts are plain language (B1, "je"). {patiënt} and {patient} stand for the person
 * receiving the organisation's care: src/core/sector.ts fills in the sector's word.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/** Name and one-sentence explanation of each intervention function of the Behaviour Change Wheel. */
export const FUNCTION_TEXT: Record<InterventionFunction, { name: LocalizedText; description: LocalizedText }> = {
  education: {
    name: t('Voorlichting', 'Education'),
    description: t(
      'Zorgt voor meer kennis en begrip, bijvoorbeeld over wat een datalek is en waarom je het meldt.',
      'Increases knowledge and understanding, for example of what counts as a data breach and why you report it.',
    ),
  },
  persuasion: {
    name: t('Overtuiging', 'Persuasion'),
    description: t(
      'Raakt gevoelens en overtuigingen, bijvoorbeeld met het verhaal van een {patiënt} wiens gegevens op straat kwamen.',
      'Uses communication to stir feelings or change beliefs, for example with the story of a {patient} whose data was leaked.',
    ),
  },
  incentivisation: {
    name: t('Beloning', 'Incentivisation'),
    description: t(
      'Zorgt dat je iets goeds verwacht als je het gedrag laat zien, bijvoorbeeld een compliment van de teamleider na een melding.',
      'Creates an expectation of reward, for example praise from the team leader after someone reports an incident.',
    ),
  },
  coercion: {
    name: t('Dwang', 'Coercion'),
    description: t(
      'Zorgt dat je een gevolg verwacht als je het niet doet, bijvoorbeeld doordat gebruik van de noodknop wordt vastgelegd en misbruik wordt besproken.',
      'Creates an expectation of cost or consequence, for example by logging emergency access and addressing misuse.',
    ),
  },
  training: {
    name: t('Training', 'Training'),
    description: t(
      'Leert vaardigheden door te oefenen, bijvoorbeeld een nepphishingmail herkennen en melden.',
      'Builds skills through practice, for example spotting and reporting a practice phishing mail.',
    ),
  },
  restriction: {
    name: t('Beperking', 'Restriction'),
    description: t(
      'Gebruikt regels die de kans op ongewenst gedrag kleiner maken, bijvoorbeeld het blokkeren van usb-sticks.',
      'Uses rules that reduce the opportunity for unwanted behaviour, for example blocking USB sticks.',
    ),
  },
  environmentalRestructuring: {
    name: t('Aanpassing van de omgeving', 'Environmental restructuring'),
    description: t(
      'Verandert de fysieke of sociale omgeving, bijvoorbeeld een meldknop in het mailprogramma.',
      'Changes the physical or social context, for example a report button in the mail client.',
    ),
  },
  modelling: {
    name: t('Modellering (voorbeeldgedrag)', 'Modelling'),
    description: t(
      'Geeft een voorbeeld om na te doen, bijvoorbeeld een leidinggevende die zijn scherm altijd vergrendelt.',
      'Provides an example to copy, for example a manager who always locks their screen.',
    ),
  },
  enablement: {
    name: t('Facilitering', 'Enablement'),
    description: t(
      'Geeft middelen of haalt drempels weg, verder dan voorlichting of training, bijvoorbeeld veilige mail die werkt op de telefoon die je gebruikt.',
      'Increases means or reduces barriers beyond education and training, for example secure mail that works on the phone staff actually use.',
    ),
  },
};

/** Name and rating question of each APEASE criterion; every question is phrased so that 5 is good. */
export const APEASE_TEXT: Record<ApeaseCriterion, { name: LocalizedText; question: LocalizedText }> = {
  affordability: {
    name: t('Betaalbaarheid', 'Affordability'),
    question: t('Kunnen we het betalen binnen het budget dat er is?', 'Can we pay for it within the budget we have?'),
  },
  practicability: {
    name: t('Uitvoerbaarheid', 'Practicability'),
    question: t(
      'Kunnen we het uitvoeren zoals bedoeld, met de mensen en de tijd die er zijn?',
      'Can we carry it out as intended, with the people and time we have?',
    ),
  },
  effectiveness: {
    name: t('Effectiviteit', 'Effectiveness (and cost-effectiveness)'),
    question: t(
      'Verandert het gedrag echt, en is het effect de moeite en kosten waard?',
      'Does it really change the behaviour, and is the effect worth the effort and cost?',
    ),
  },
  acceptability: {
    name: t('Aanvaardbaarheid', 'Acceptability'),
    question: t('Vinden medewerkers, leidinggevenden en {patiënten} het redelijk?', 'Do staff, managers and {patients} find it reasonable?'),
  },
  sideEffects: {
    name: t('Bijwerkingen en veiligheid', 'Side-effects and safety'),
    question: t(
      'Blijft het vrij van ongewenste gevolgen, ook voor de zorg aan {patiënten}?',
      'Is it free of unwanted consequences, including for {patient} care?',
    ),
  },
  equity: {
    name: t('Gelijkheid', 'Equity'),
    question: t(
      'Werkt het even goed voor iedereen, ook voor nachtdienst, invallers en minder digitaalvaardige collega’s?',
      'Does it work equally well for everyone, including night shifts, temporary staff and less digitally skilled colleagues?',
    ),
  },
};

/** Short labels for the target behaviours an intervention can fit. */
export const BEHAVIOUR_TAG_TEXT: Record<TargetBehaviourTag, LocalizedText> = {
  'breach-reporting': t('Datalekken melden', 'Reporting data breaches'),
  'email-recipient': t('Adres controleren voor het versturen', 'Checking the address before sending'),
  'secure-sharing': t('Veilig delen', 'Sharing securely'),
  'record-access': t('Alleen dossiers inzien waar je een behandelrelatie mee hebt', 'Accessing records only with a care relationship'),
  'emergency-access': t('Noodknop verantwoorden', 'Justifying emergency access'),
  'phishing-reporting': t('Phishing melden', 'Reporting phishing'),
  'screen-locking': t('Scherm vergrendelen', 'Locking the screen'),
  passwords: t('Wachtwoorden', 'Passwords'),
  paper: t('Papier en printen', 'Paper and printing'),
  'mobile-devices': t('Telefoon en tablet', 'Mobile devices'),
  'social-media': t('Sociale media', 'Social media'),
  general: t('Algemeen', 'General'),
};

/** Rough size of the work an intervention takes. */
export const EFFORT_TEXT: Record<Effort, LocalizedText> = {
  low: t('Weinig (een paar uur)', 'Low (a few hours)'),
  medium: t('Gemiddeld (enkele weken)', 'Medium (a few weeks)'),
  high: t('Veel (een project)', 'High (a project)'),
};

/**
 * The indicators a plan can name. `source` says where the number comes from: the first four
 * are fed by Wegwijs itself (survey, breach register, knowledge checks), the rest the team counts.
 */
export const INDICATOR_TEXT: Record<
  IndicatorKey,
  { name: LocalizedText; unit: LocalizedText; source: 'survey' | 'breaches' | 'knowledgeChecks' | 'manual'; hint: LocalizedText }
> = {
  surveyFactorScore: {
    name: t('Score in de vragenlijst', 'Survey factor score'),
    unit: t('gemiddelde score (1–5)', 'mean score (1–5)'),
    source: 'survey',
    hint: t(
      'Komt uit de vragenlijst van stap 3: de gemiddelde score op de factor die je wilt veranderen.',
      'Comes from the step 3 survey: the mean score on the factor you want to change.',
    ),
  },
  breachReports: {
    name: t('Gemelde datalekken', 'Reported data breaches'),
    unit: t('meldingen per maand', 'reports per month'),
    source: 'breaches',
    hint: t(
      'Komt uit het datalekregister: hoeveel (bijna-)datalekken er per maand gemeld worden.',
      'Comes from the breach register: how many (near-)breaches are reported each month.',
    ),
  },
  breachHandledInTime: {
    name: t('Binnen 72 uur afgehandeld', 'Handled within 72 hours'),
    unit: t('% van de datalekken', '% of breaches'),
    source: 'breaches',
    // AVG art. 33 lid 1: the notification itself is due within 72 hours after the organisation became
    // aware; what counts as handled is core/breach/statistics.ts handlingTiming.
    hint: t(
      'Komt uit het datalekregister: per maand het deel van de datalekken dat binnen 72 uur is afgehandeld. Afgehandeld betekent: de Autoriteit Persoonsgegevens (AP) is gemeld, of er is besloten om niet te melden. De 72 uur lopen vanaf het moment dat de organisatie het wist.',
      'Comes from the breach register: each month, the share of breaches handled within 72 hours. Handled means: the Dutch Data Protection Authority (AP) was notified, or it was decided not to notify. The 72 hours run from the moment the organisation became aware.',
    ),
  },
  knowledgeCheckScore: {
    name: t('Score kennischeck', 'Knowledge check score'),
    unit: t('% goede antwoorden', '% correct answers'),
    source: 'knowledgeChecks',
    hint: t(
      'Komt uit de kennischecks: het deel van de vragen dat medewerkers goed beantwoorden.',
      'Comes from the knowledge checks: the share of questions staff answer correctly.',
    ),
  },
  phishingReportRate: {
    name: t('Meldingen van oefenphishing', 'Practice phishing reports'),
    unit: t('%', '%'),
    source: 'manual',
    hint: t(
      'Het deel van de medewerkers dat een oefenphishingmail meldt via de meldknop.',
      'The share of staff who report a practice phishing mail via the report button.',
    ),
  },
  phishingClickRate: {
    name: t('Klikken op oefenphishing', 'Practice phishing clicks'),
    unit: t('%', '%'),
    source: 'manual',
    hint: t('Het deel van de medewerkers dat op de link in een oefenphishingmail klikt.', 'The share of staff who click the link in a practice phishing mail.'),
  },
  emergencyAccessJustified: {
    name: t('Noodknop met reden', 'Emergency access with a reason'),
    unit: t('%', '%'),
    source: 'manual',
    hint: t(
      'Het deel van de keren dat de noodknop is gebruikt met een ingevulde reden, uit het logboek van het dossiersysteem.',
      'The share of emergency accesses with a reason filled in, from the record system’s log.',
    ),
  },
  unlockedScreens: {
    name: t('Onvergrendelde schermen', 'Unlocked screens'),
    unit: t('aantal per ronde', 'number per round'),
    source: 'manual',
    hint: t(
      'Loop een vaste ronde over de afdeling en tel de computers die onbeheerd en niet vergrendeld zijn.',
      'Walk a fixed round of the ward and count the computers left unattended and unlocked.',
    ),
  },
  misdirectedMail: {
    name: t('Mail naar verkeerd adres', 'Misdirected mail'),
    unit: t('meldingen per maand', 'reports per month'),
    source: 'manual',
    hint: t(
      'Tel hoe vaak per maand mail of post bij de verkeerde ontvanger terechtkomt, bijvoorbeeld uit meldingen bij de privacy officer.',
      'Count how often each month mail or post reaches the wrong recipient, for example from reports to the privacy officer.',
    ),
  },
  trainingCompletion: {
    name: t('Training afgerond', 'Training completion'),
    unit: t('%', '%'),
    source: 'manual',
    hint: t(
      'Het deel van de medewerkers in de doelgroep dat de training heeft afgerond, uit de leeromgeving.',
      'The share of staff in the target group who completed the training, from the learning system.',
    ),
  },
  observedBehaviour: {
    name: t('Gezien gedrag', 'Observed behaviour'),
    unit: t('% van de keren', '% of occasions'),
    source: 'manual',
    hint: t(
      'Kijk een vaste periode mee in de praktijk en noteer hoe vaak je het gewenste gedrag ziet.',
      'Observe practice for a fixed period and note how often you see the desired behaviour.',
    ),
  },
};

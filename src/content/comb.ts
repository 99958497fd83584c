import type { LocalizedText } from '../core/locale.js';
import { COMB_FACTORS, type CombFactor } from '../core/comb.js';

/**
 * Reference content for step 3 (behavioural analysis): what each COM-B factor means, interview
 * questions, tips for interviewers, a bank of survey statements and the answer scales.
 *
 * Templates contain the placeholder `{behaviour}` exactly once. The team's behaviour phrase is a
 * bare infinitive phrase ("de reden invullen bij gebruik van de noodknop" / "fill in the reason
 * when using the emergency access"), so Dutch templates put it in quotes or after a colon, and
 * English templates put it where a "to"-infinitive fits.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/** Names and a short "what to look for" per factor, so teams can code findings consistently. */
export const COMB_FACTOR_TEXT: Record<CombFactor, { name: LocalizedText; component: LocalizedText; lookFor: LocalizedText }> = {
  'C-psy': {
    name: t('Psychologische capaciteit', 'Psychological capability'),
    component: t('Capaciteit', 'Capability'),
    lookFor: t(
      'Kennis en begrip: weet iemand wat er moet gebeuren en waarom, kan hij het onthouden en heeft hij er aandacht voor op het juiste moment?',
      'Knowledge and understanding: do people know what to do and why, can they remember it and do they pay attention to it at the right moment?',
    ),
  },
  'C-phy': {
    name: t('Fysieke capaciteit', 'Physical capability'),
    component: t('Capaciteit', 'Capability'),
    lookFor: t(
      'Lichamelijke vaardigheden: kan iemand het middel goed zien, lezen en bedienen, en heeft hij de handigheid en het uithoudingsvermogen die nodig zijn?',
      'Physical skills: can people see, read and operate the tool properly, and do they have the dexterity and stamina it takes?',
    ),
  },
  'O-phy': {
    name: t('Fysieke omgeving', 'Physical opportunity'),
    component: t('Omgeving', 'Opportunity'),
    lookFor: t(
      'Tijd, middelen en werkwijze: is er genoeg tijd, werken de software, apparatuur en werkplek mee, en passen beleid en werkprocessen bij het gedrag?',
      'Time, means and ways of working: is there enough time, do the software, equipment and workplace help, and do policy and work processes fit the behaviour?',
    ),
  },
  'O-soc': {
    name: t('Sociale omgeving', 'Social opportunity'),
    component: t('Omgeving', 'Opportunity'),
    lookFor: t(
      'Collega’s, leidinggevenden en cultuur: wat doen anderen, wat is normaal in het team en wat verwacht de leidinggevende?',
      'Colleagues, managers and culture: what do others do, what is normal in the team and what does the manager expect?',
    ),
  },
  'M-ref': {
    name: t('Bewuste motivatie', 'Reflective motivation'),
    component: t('Motivatie', 'Motivation'),
    lookFor: t(
      'Overtuigingen en doelen: vindt iemand het gedrag belangrijk en nuttig, is hij van plan het te doen en vindt hij het bij zijn rol passen?',
      'Beliefs and goals: do people find the behaviour important and useful, do they intend to do it and do they see it as part of their role?',
    ),
  },
  'M-aut': {
    name: t('Onbewuste motivatie', 'Automatic motivation'),
    component: t('Motivatie', 'Motivation'),
    lookFor: t(
      'Gewoontes, impulsen en gevoel: doet iemand het automatisch of juist uit gewoonte niet, en geeft het een goed of een onprettig gevoel?',
      'Habits, impulses and feelings: do people do it automatically or skip it out of habit, and does it feel good or uneasy?',
    ),
  },
};

/**
 * Open, neutral interview questions per factor. They ask for examples and experiences rather
 * than opinions about people, so answers can be coded as barriers or enablers afterwards.
 */
export const INTERVIEW_QUESTIONS: Record<CombFactor, LocalizedText[]> = {
  'C-psy': [
    t('Wat moet je weten of kunnen om "{behaviour}" goed te doen?', 'What do you need to know or be able to do to {behaviour}?'),
    t(
      'Hoe zou je aan een nieuwe collega uitleggen wat "{behaviour}" inhoudt en waarom het nodig is?',
      'How would you explain to a new colleague how to {behaviour} and why it is needed?',
    ),
    t(
      'Wanneer twijfelde je de laatste keer over "{behaviour}"? Wat was er toen onduidelijk?',
      'When were you last unsure how to {behaviour}? What was unclear at that moment?',
    ),
    t(
      'Is het weleens gebeurd dat je er niet aan dacht om "{behaviour}" te doen? Wat speelde er toen?',
      'Has it ever happened that you did not think to {behaviour}? What was going on at the time?',
    ),
  ],
  'C-phy': [
    t(
      'Hoe makkelijk is "{behaviour}" voor je in de praktijk, bijvoorbeeld het lezen van het scherm of het bedienen van de knoppen?',
      'How easy is it for you in practice to {behaviour}, for example reading the screen or pressing the right buttons?',
    ),
    t(
      'Wanneer lukte het de laatste keer niet om "{behaviour}" te doen omdat iets lastig te zien, te lezen of te bedienen was?',
      'When did you last find it hard to {behaviour} because something was difficult to see, read or operate?',
    ),
    t(
      'Wat maakt "{behaviour}" lastig als je moe bent, haast hebt of handschoenen draagt?',
      'What makes it hard to {behaviour} when you are tired, in a hurry or wearing gloves?',
    ),
  ],
  'O-phy': [
    t(
      'Heb je genoeg tijd om "{behaviour}" te doen? Kun je een voorbeeld geven van een drukke dienst?',
      'Do you have enough time to {behaviour}? Can you give an example from a busy shift?',
    ),
    t(
      'Helpen de systemen, apparaten en je werkplek je bij "{behaviour}", of zitten ze juist in de weg?',
      'Do the systems, devices and your workplace help you to {behaviour}, or do they get in the way?',
    ),
    t(
      'Hoe passen de werkafspraken en procedures op je afdeling bij "{behaviour}"?',
      'How well do the procedures and ways of working in your department make it possible to {behaviour}?',
    ),
    t(
      'Denk aan de laatste keer dat het niet lukte om "{behaviour}" te doen. Wat zat er toen in de weg?',
      'Think of the last time you could not {behaviour}. What got in the way?',
    ),
  ],
  'O-soc': [
    t('Hoe pakken je collega’s "{behaviour}" aan? Kun je een voorbeeld geven?', 'How do your colleagues go about it when they need to {behaviour}? Can you give an example?'),
    t(
      'Wat verwacht je leidinggevende van "{behaviour}", en hoe merk je dat?',
      'What does your manager expect when it comes to having to {behaviour}, and how can you tell?',
    ),
    t(
      'Is het in je team gewoon om "{behaviour}" te doen? Wanneer merkte je dat de laatste keer?',
      'Is it usual in your team to {behaviour}? When did you last notice that?',
    ),
    t(
      'Hoe reageren anderen als iemand wel of juist niet "{behaviour}" doet?',
      'How do others react when someone does or does not {behaviour}?',
    ),
  ],
  'M-ref': [
    t(
      'Waarom zou "{behaviour}" belangrijk zijn, denk je? Of waarom juist niet?',
      'Why would it matter to {behaviour}, do you think? Or why not?',
    ),
    t(
      'Wat levert "{behaviour}" op, voor jou, je cliënten of de organisatie?',
      'What is gained when you {behaviour}, for you, your clients or the organisation?',
    ),
    t(
      'Vind je dat "{behaviour}" bij jouw werk hoort? Waarom wel of niet?',
      'Do you see it as part of your job to {behaviour}? Why or why not?',
    ),
    t(
      'Wat zou er kunnen gebeuren als niemand meer "{behaviour}" doet?',
      'What could happen if nobody took the trouble to {behaviour}?',
    ),
  ],
  'M-aut': [
    t(
      'Doe je "{behaviour}" zonder erbij na te denken, of moet je er bewust aan denken?',
      'Do you {behaviour} without thinking, or do you have to remind yourself?',
    ),
    t(
      'Wat doe je uit gewoonte op het moment dat "{behaviour}" aan de orde is?',
      'What do you do out of habit at the moment when you could {behaviour}?',
    ),
    t(
      'Hoe voelt het als je "{behaviour}" doet: prettig, vervelend of onwennig?',
      'How does it feel when you {behaviour}: good, annoying or awkward?',
    ),
    t(
      'Denk aan een druk moment waarop je "{behaviour}" moest doen. Wat deed je toen vanzelf?',
      'Think of a busy moment when you had to {behaviour}. What did you do almost automatically?',
    ),
  ],
};

/** Tips for whoever holds the interviews: keep them safe, neutral and useful for coding. */
export const INTERVIEWER_TIPS: LocalizedText[] = [
  t(
    'Stel open, neutrale vragen. Laat niet merken welk antwoord je verwacht en vermijd vragen als "Je weet toch dat…?".',
    'Ask open, neutral questions. Do not hint at the answer you expect, and avoid questions like "You do know that…, don’t you?".',
  ),
  t(
    'Vraag door naar concrete voorbeelden: "Wanneer gebeurde dat de laatste keer?" en "Wat deed je toen?".',
    'Ask for concrete examples: "When did that last happen?" and "What did you do then?".',
  ),
  t(
    'Zeg aan het begin dat er geen foute antwoorden zijn. Het gaat niet om de persoon, maar om wat het gedrag makkelijk of moeilijk maakt.',
    'Say at the start that there are no wrong answers. The interview is not about the person but about what makes the behaviour easy or hard.',
  ),
  t(
    'Schrijf geen namen van collega’s, cliënten of patiënten op. Noteer alleen rollen, zoals "een collega" of "de leidinggevende".',
    'Do not write down names of colleagues, clients or patients. Note roles only, such as "a colleague" or "the manager".',
  ),
  t(
    'Noteer geen gegevens van patiënten of cliënten, ook niet als iemand een voorbeeld met details geeft.',
    'Do not record any patient or client data, even when someone gives an example with details.',
  ),
  t(
    'Luister meer dan je praat. Stilte is niet erg: vaak komt het belangrijkste antwoord daarna.',
    'Listen more than you talk. Silence is fine: the most useful answer often comes right after it.',
  ),
  t(
    'Codeer na het gesprek elke bevinding als belemmerende of bevorderende factor, en geef aan bij welke COM-B-factor die hoort.',
    'After the interview, code each finding as a barrier or an enabler and tag it with the COM-B factor it belongs to.',
  ),
  t(
    'Meestal zijn 5 tot 8 interviews genoeg. Je kunt stoppen als je geen nieuwe factoren meer hoort.',
    'Usually 5 to 8 interviews are enough. You can stop when you no longer hear new factors.',
  ),
];

/** A survey statement from the bank, rated on an agreement scale. */
export interface SurveyBankItem {
  /** Stable id (kebab case, prefixed with the factor) so stored answers stay linked to the item. */
  id: string;
  factor: CombFactor;
  text: LocalizedText;
}

/**
 * Statements per factor, all positively worded: agreeing means the factor supports the
 * behaviour, so a low factor score points at a barrier.
 */
const BANK_BY_FACTOR: Record<CombFactor, { id: string; text: LocalizedText }[]> = {
  'C-psy': [
    { id: 'cpsy-know-how', text: t('Ik weet precies hoe ik "{behaviour}" moet doen.', 'I know exactly how to {behaviour}.') },
    { id: 'cpsy-understand-why', text: t('Ik begrijp waarom "{behaviour}" nodig is.', 'I understand why it is necessary to {behaviour}.') },
    { id: 'cpsy-remember', text: t('Op het juiste moment denk ik eraan om "{behaviour}" te doen.', 'I remember to {behaviour} at the right moment.') },
    {
      id: 'cpsy-attention',
      text: t('Ook als het druk is, kan ik mijn aandacht houden bij "{behaviour}".', 'Even when it is busy, I keep enough focus to {behaviour} properly.'),
    },
  ],
  'C-phy': [
    {
      id: 'cphy-read',
      text: t('Ik kan alles goed lezen wat ik nodig heb om "{behaviour}" te doen.', 'I can easily read everything I need in order to {behaviour}.'),
    },
    {
      id: 'cphy-operate',
      text: t(
        'Ik kan de apparaten en programma’s voor "{behaviour}" goed bedienen.',
        'I can easily operate the devices and software needed to {behaviour}.',
      ),
    },
    { id: 'cphy-skills', text: t('Ik heb de handigheid die nodig is om "{behaviour}" te doen.', 'I have the practical skills it takes to {behaviour}.') },
    {
      id: 'cphy-stamina',
      text: t('Ook na een lange dienst lukt het me om "{behaviour}" te doen.', 'Even at the end of a long shift I can still {behaviour}.'),
    },
  ],
  'O-phy': [
    { id: 'ophy-time', text: t('Ik heb genoeg tijd om "{behaviour}" te doen.', 'I have enough time to {behaviour}.') },
    {
      id: 'ophy-tools',
      text: t('Mijn systemen en apparaten maken het makkelijk om "{behaviour}" te doen.', 'The systems and devices I use make it easy to {behaviour}.'),
    },
    {
      id: 'ophy-procedures',
      text: t('Onze werkprocessen en procedures helpen me om "{behaviour}" te doen.', 'Our work processes and procedures help me to {behaviour}.'),
    },
    {
      id: 'ophy-workplace',
      text: t('Op mijn werkplek is alles aanwezig om "{behaviour}" te doen.', 'My workplace has everything I need in order to {behaviour}.'),
    },
  ],
  'O-soc': [
    { id: 'osoc-colleagues', text: t('Ik zie dat mijn collega’s "{behaviour}" ook doen.', 'I see my colleagues {behaviour} as well.') },
    {
      id: 'osoc-manager',
      text: t('Mijn leidinggevende vindt het belangrijk dat wij "{behaviour}" doen.', 'My manager thinks it is important that we {behaviour}.'),
    },
    { id: 'osoc-team-norm', text: t('In mijn team is het normaal om "{behaviour}" te doen.', 'In my team it is normal to {behaviour}.') },
    {
      id: 'osoc-speak-up',
      text: t(
        'Collega’s spreken elkaar vriendelijk aan als iemand "{behaviour}" vergeet.',
        'Colleagues kindly remind each other when someone forgets to {behaviour}.',
      ),
    },
  ],
  'M-ref': [
    { id: 'mref-important', text: t('Ik vind het belangrijk om "{behaviour}" te doen.', 'I think it is important to {behaviour}.') },
    { id: 'mref-useful', text: t('Het helpt onze cliënten echt als ik "{behaviour}" doe.', 'It really helps our clients when I {behaviour}.') },
    { id: 'mref-intention', text: t('Ik ben van plan om elke keer "{behaviour}" te doen.', 'I intend to {behaviour} every time it is needed.') },
    { id: 'mref-role', text: t('Het hoort bij mijn werk om "{behaviour}" te doen.', 'It is part of my job to {behaviour}.') },
  ],
  'M-aut': [
    { id: 'maut-habit', text: t('Het is voor mij een gewoonte geworden om "{behaviour}" te doen.', 'It has become a habit for me to {behaviour}.') },
    { id: 'maut-automatic', text: t('Ik doe "{behaviour}" zonder erbij na te denken.', 'I {behaviour} without having to think about it.') },
    { id: 'maut-feels-good', text: t('Het geeft me een goed gevoel om "{behaviour}" te doen.', 'It gives me a good feeling to {behaviour}.') },
    {
      id: 'maut-uneasy-skipping',
      text: t('Ik zou me onprettig voelen als ik "{behaviour}" niet deed.', 'I would feel uneasy if I did not {behaviour}.'),
    },
  ],
};

/** The bank as one list, in the method's factor order. */
export const SURVEY_ITEM_BANK: readonly SurveyBankItem[] = COMB_FACTORS.flatMap((factor) =>
  BANK_BY_FACTOR[factor].map((item) => ({ id: item.id, factor, text: item.text })),
);

/**
 * Grouping questions for the survey, so results can be shown per department and profession
 * (only for groups with enough respondents). Departments differ per organisation, hence free text.
 */
export const GROUPING_PRESETS: {
  department: { question: LocalizedText };
  profession: { question: LocalizedText; options: { id: string; label: LocalizedText }[] };
} = {
  department: { question: t('Op welke afdeling werk je?', 'Which department do you work in?') },
  profession: {
    question: t('Welke functie past het best bij jouw werk?', 'Which role best describes your job?'),
    options: [
      { id: 'nurse', label: t('Verpleegkundige', 'Nurse') },
      { id: 'carer', label: t('Verzorgende of helpende', 'Carer or care assistant') },
      { id: 'doctor', label: t('Arts', 'Doctor') },
      { id: 'allied-health', label: t('Paramedicus of behandelaar', 'Allied health professional or therapist') },
      { id: 'medical-support', label: t('(Para)medisch ondersteuner', 'Medical support staff') },
      { id: 'administration', label: t('Secretariaat of administratie', 'Secretarial or administrative staff') },
      { id: 'it-facilities', label: t('ICT of facilitair', 'IT or facilities') },
      { id: 'management', label: t('Management', 'Management') },
      { id: 'other', label: t('Anders', 'Other') },
    ],
  },
};

/** Labels of the agreement scale points, from most negative to most positive. */
export const SCALE_LABELS: { 5: LocalizedText[]; 7: LocalizedText[] } = {
  5: [
    t('Helemaal oneens', 'Strongly disagree'),
    t('Oneens', 'Disagree'),
    t('Neutraal', 'Neutral'),
    t('Eens', 'Agree'),
    t('Helemaal eens', 'Strongly agree'),
  ],
  7: [
    t('Helemaal oneens', 'Strongly disagree'),
    t('Oneens', 'Disagree'),
    t('Enigszins oneens', 'Somewhat disagree'),
    t('Neutraal', 'Neutral'),
    t('Enigszins eens', 'Somewhat agree'),
    t('Eens', 'Agree'),
    t('Helemaal eens', 'Strongly agree'),
  ],
};

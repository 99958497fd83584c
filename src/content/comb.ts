import type { Locale, LocalizedText } from '#core/locale.js';
import { COMB_FACTORS, type CombFactor, type TdfDomain } from '#core/comb.js';
import type { GuideTemplates } from '#core/research/interviews.js';
import { inSector, type Sector } from '#core/sector.js';

/**
 * Reference content for step 3 (behavioural analysis): what each COM-B factor means, interview
 * questions, tips for interviewers, the interview's opening and closing scripts and the duo's
 * tips, a bank of survey statements and the answer scales.
 *
 * Templates contain the placeholder `{behaviour}` exactly once (a script: in one of its lines). The team's behaviour phrase is a
 * bare infinitive phrase ("de reden invullen bij gebruik van de noodknop" / "fill in the reason
 * when using the emergency access"), so Dutch templates put it in quotes or after a colon, and
 * English templates put it where a "to"-infinitive fits. The survey statements, which staff read,
 * are whole sentences without quotes instead: see `BANK_BY_FACTOR`. The scripts, which staff hear,
 * have no quotes either (nobody hears them): the Dutch ones name it after "over", as a noun phrase.
 *
 * {patiënt} and {patient} stand for the person receiving the organisation's care:
 * src/core/sector.ts fills in the sector's word.
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
 * Names of the TDF domains Wegwijs carries (src/core/comb.ts), with what to look for and the source
 * the interface names where a domain changes a proposal: the domain's definition is Cane, O'Connor &
 * Michie 2012 ("the ability to retain information, focus selectively on aspects of the environment and
 * choose between two or more alternatives"), its intervention functions the BCW guide's.
 */
export const TDF_DOMAIN_TEXT: Record<TdfDomain, { name: LocalizedText; lookFor: LocalizedText; source: string }> = {
  memoryAttentionDecision: {
    name: t('Geheugen, aandacht en besluitvorming', 'Memory, attention and decision processes'),
    lookFor: t(
      'Denken mensen er op het juiste moment aan, houden ze hun aandacht erbij als het druk is, en maken ze dan de goede keuze?',
      'Do people remember it at the right moment, keep their attention on it when it is busy, and make the right choice then?',
    ),
    source: 'Theoretical Domains Framework (Cane, O’Connor & Michie 2012); Behaviour Change Wheel (Michie, Atkins & West 2014)',
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
    t(
      'Hoe pakken je collega’s "{behaviour}" aan? Kun je een voorbeeld geven?',
      'How do your colleagues go about it when they need to {behaviour}? Can you give an example?',
    ),
    t(
      'Wat verwacht je leidinggevende van "{behaviour}", en hoe merk je dat?',
      'What does your manager expect when it comes to having to {behaviour}, and how can you tell?',
    ),
    t(
      'Is het in je team gewoon om "{behaviour}" te doen? Wanneer merkte je dat de laatste keer?',
      'Is it usual in your team to {behaviour}? When did you last notice that?',
    ),
    t('Hoe reageren anderen als iemand wel of juist niet "{behaviour}" doet?', 'How do others react when someone does or does not {behaviour}?'),
  ],
  'M-ref': [
    t('Waarom zou "{behaviour}" belangrijk zijn, denk je? Of waarom juist niet?', 'Why would it matter to {behaviour}, do you think? Or why not?'),
    t(
      'Wat levert "{behaviour}" op, voor jou, je {patiënten} of de organisatie?',
      'What is gained when you {behaviour}, for you, your {patients} or the organisation?',
    ),
    t('Vind je dat "{behaviour}" bij jouw werk hoort? Waarom wel of niet?', 'Do you see it as part of your job to {behaviour}? Why or why not?'),
    t('Wat zou er kunnen gebeuren als niemand meer "{behaviour}" doet?', 'What could happen if nobody took the trouble to {behaviour}?'),
  ],
  'M-aut': [
    t(
      'Doe je "{behaviour}" zonder erbij na te denken, of moet je er bewust aan denken?',
      'Do you {behaviour} without thinking, or do you have to remind yourself?',
    ),
    t('Wat doe je uit gewoonte op het moment dat "{behaviour}" aan de orde is?', 'What do you do out of habit at the moment when you could {behaviour}?'),
    t('Hoe voelt het als je "{behaviour}" doet: prettig, vervelend of onwennig?', 'How does it feel when you {behaviour}: good, annoying or awkward?'),
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
    'Schrijf geen namen van collega’s of {patiënten} op. Noteer alleen rollen, zoals "een collega" of "de leidinggevende".',
    'Do not write down names of colleagues or {patients}. Note roles only, such as "a colleague" or "the manager".',
  ),
  t(
    'Noteer geen gegevens van {patiënten}, ook niet als iemand een voorbeeld met details geeft.',
    'Do not record any {patient} data, even when someone gives an example with details.',
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

/**
 * Read aloud at the start of each interview, one point per line: the briefing of research practice
 * (purpose, voluntary, what happens with what is said, then consent: Kvale & Brinkmann, InterViews,
 * 2nd ed. 2009, "Ethical issues of interviewing" and "Conducting an interview"). Saying no has no
 * consequences for the job: between employer and employee a yes is free only then (EDPB Guidelines
 * 05/2020 on consent, §21–23). No names and no patient or client data: the Wegwijzer's interviews
 * keep notes without names (steps.md, 3.2), and the notes need nothing more (AVG art. 5 lid 1 sub
 * c, data minimisation). What it says about the notes is what Wegwijs does: the 3.2 worksheet keeps
 * them without a name, with role, department and date; with those they are readable only by whoever
 * may work on the programme (its core-team members, and the organisation's programme leads and
 * administrators); viewers and the audit log get the interviews without them (`redactInterviews`);
 * administrators also get them in the organisation export. The report has only the team's findings
 * (it counts interviews, it does not quote them). It promises no deletion: Wegwijs keeps every
 * version of a worksheet, and removing an interview leaves its notes in the earlier versions.
 */
export const INTERVIEW_OPENING: LocalizedText[] = [
  t('Fijn dat je tijd hebt voor dit gesprek.', 'Thank you for making time for this conversation.'),
  t(
    'Dit gesprek gaat over {behaviour}. We willen weten wat dat makkelijk of moeilijk maakt.',
    'This conversation is about what it takes to {behaviour}. We want to know what makes that easy or hard.',
  ),
  t('We controleren niet wie het goed doet. Er zijn geen foute antwoorden.', 'We are not checking who does it right. There are no wrong answers.'),
  t(
    'Meedoen is vrijwillig. Je mag een vraag overslaan en je mag altijd stoppen.',
    'Taking part is voluntary. You may skip a question and you may stop at any time.',
  ),
  t('Niet meedoen of stoppen heeft geen gevolgen voor je werk.', 'Not taking part or stopping has no consequences for your work.'),
  t(
    'Noem geen namen van collega’s of {patiënten}. Vertel ook geen gegevens over {patiënten}.',
    'Please do not mention names of colleagues or {patients}. Do not share details about {patients} either.',
  ),
  t('Eén van ons stelt de vragen. De ander maakt aantekeningen.', 'One of us asks the questions. The other takes notes.'),
  t('We schrijven je naam niet op, alleen je rol en afdeling.', 'We do not write down your name, only your role and department.'),
  t('We gebruiken de aantekeningen alleen voor dit onderzoek.', 'We use the notes only for this research.'),
  t(
    'De aantekeningen staan zonder je naam in Wegwijs. Alleen het kernteam, trajectleiders en beheerders van Wegwijs kunnen ze lezen.',
    'The notes are kept in Wegwijs without your name. Only the core team, programme leads and Wegwijs administrators can read them.',
  ),
  t('In de rapportage komen alleen de bevindingen, niet wie wat zei.', 'The report contains only the findings, not who said what.'),
  t('Heb je nog vragen? Vind je het goed dat we beginnen en aantekeningen maken?', 'Do you have any questions? Do you agree that we start and take notes?'),
];

/**
 * Read aloud at the end, one point per line: the debriefing (room to add, thanks, what happens next:
 * Kvale & Brinkmann, as above) and who else to ask, the referral of snowball sampling (Biernacki &
 * Waldorf 1981, "Snowball sampling", Sociological Methods & Research 10(2)). A role or department is
 * enough, so the notes stay without names.
 */
export const INTERVIEW_CLOSING: LocalizedText[] = [
  t(
    'Dit waren onze vragen. Wil je nog iets kwijt over {behaviour}?',
    'Those were our questions. Is there anything else you want to say about what it takes to {behaviour}?',
  ),
  t('Dank je wel voor je tijd en je eerlijke antwoorden.', 'Thank you for your time and your honest answers.'),
  t(
    'We spreken nog meer collega’s. Daarna kiest het kernteam wat er moet veranderen om het makkelijker te maken.',
    'We are talking to more colleagues. Then the core team chooses what has to change to make it easier.',
  ),
  t(
    'Met wie moeten we nog meer praten over dit onderwerp? Een rol of afdeling is genoeg.',
    'Who else should we talk to about this? A role or department is enough.',
  ),
  t(
    'Wil je later nog iets zeggen of vragen? Spreek ons gerust aan of stuur ons een mail.',
    'Do you want to add or ask something later? Just talk to us or send us an e-mail.',
  ),
];

/**
 * How the duo (privacy officer, CISO or security officer) splits an interview: an interviewer and a
 * note-taker who writes remarks word for word and keeps own thoughts apart (Krueger & Casey, Focus
 * Groups, 3rd ed. 2000, "Responsibilities of assistant moderators"), coding together so one reader's
 * view is checked by a second (analyst triangulation: Patton, Qualitative Research & Evaluation
 * Methods, 4th ed. 2015). Swapping roles is our own advice: both practise, and neither steers every
 * conversation. No names, and roles broad enough that nobody is recognised: AVG art. 5 lid 1 sub c.
 */
export const INTERVIEW_DUO_TIPS: LocalizedText[] = [
  t(
    'Verdeel de rollen: één stelt de vragen en luistert, de ander schrijft mee en let op de tijd.',
    'Split the roles: one asks the questions and listens, the other takes notes and keeps time.',
  ),
  t(
    'Wissel na elk interview van rol. Zo oefenen jullie allebei, en stuurt niet één persoon alle gesprekken.',
    'Swap roles after each interview. That way you both practise, and no one person steers every conversation.',
  ),
  t(
    'Begin met de openingstekst en vraag om toestemming. Zet het vinkje pas als het antwoord ja is.',
    'Start with the opening script and ask for consent. Tick it only when the answer is yes.',
  ),
  t(
    'Wie meeschrijft, noteert belangrijke uitspraken letterlijk, tussen aanhalingstekens. Eigen gedachten zet je tussen haakjes. Neem een letterlijke uitspraak niet over als iemand eraan te herkennen is.',
    'The note-taker writes down key remarks word for word, in quotation marks, and puts their own thoughts in brackets. Do not write down a remark word for word if someone could be recognised by it.',
  ),
  t(
    'Schrijf geen namen op, ook niet van collega’s die jullie nog willen spreken. Houd rol en afdeling zo algemeen dat niemand te herkennen is.',
    'Write down no names, not even of colleagues you still want to talk to. Keep role and department broad enough that nobody can be recognised.',
  ),
  t(
    'Codeer direct na het gesprek samen de bevindingen. Zo vangen jullie op wat één van jullie mist.',
    'Code the findings together straight after the interview. That way you catch what one of you missed.',
  ),
];

/** The templates of the interview guide in one language, for `generateInterviewGuide`. */
export function interviewGuideTemplates(locale: Locale, sector: Sector): GuideTemplates {
  const l = (texts: readonly LocalizedText[]) => texts.map((text) => inSector(text[locale], sector));
  return {
    questions: Object.fromEntries(COMB_FACTORS.map((f) => [f, l(INTERVIEW_QUESTIONS[f])])) as Record<CombFactor, string[]>,
    tips: l(INTERVIEWER_TIPS),
    opening: l(INTERVIEW_OPENING),
    closing: l(INTERVIEW_CLOSING),
  };
}

/**
 * The instruments the bank's statements follow. Each statement is the item (or an example the
 * item gives) or domain named in its `source`, put to the team's behaviour in our own Dutch and
 * English; "Wegwijs" marks a statement that is our own.
 */
export const ITEM_SOURCES = {
  'COM-B-Qv1':
    'Keyworth, Epton, Goldthorpe, Calam & Armitage (2020), "Acceptability, reliability, and validity of a brief measure of capabilities, opportunities, and motivations (COM-B)", British Journal of Health Psychology 25(3):474–501, doi:10.1111/bjhp.12417',
  TDF: 'Huijg, Gebhardt, Crone, Dusseldorp & Presseau (2014), "Discriminant content validity of a theoretical domains framework questionnaire for use in implementation research", Implementation Science 9:11, doi:10.1186/1748-5908-9-11',
  Wegwijs: 'Wegwijs, after the COM-B component named',
} as const;
export type ItemInstrument = keyof typeof ITEM_SOURCES;

/** A survey statement from the bank, rated on an agreement scale. */
export interface SurveyBankItem {
  /**
   * Stable id (kebab case, prefixed with the factor) so stored answers stay linked to the item; a
   * statement whose meaning changes gets a new one.
   */
  id: string;
  factor: CombFactor;
  /**
   * The instrument and its item or domain: in English the instrument's own words, in Dutch their
   * translation, so the survey builder shows it in the interface language.
   */
  source: { instrument: ItemInstrument; part: LocalizedText };
  /** The TDF domain the statement measures, where Wegwijs carries it (so a low score can name it). */
  tdf?: TdfDomain;
  text: LocalizedText;
}

/** A COM-B-Qv1 item or a statement of our own: its factor, with what it asks about in brackets. */
const component = (factor: CombFactor, detail?: LocalizedText): LocalizedText => {
  const { name } = COMB_FACTOR_TEXT[factor];
  return detail ? t(`${name.nl} (${detail.nl})`, `${name.en} (${detail.en})`) : name;
};

/** The domains of the TDF questionnaire (Huijg et al. 2014) the bank's statements follow. */
const TDF_PART = {
  knowledge: t('Kennis', 'Knowledge'),
  memory: TDF_DOMAIN_TEXT.memoryAttentionDecision.name,
  environment: t('Omgevingscontext en middelen', 'Environmental context and resources'),
  socialInfluences: t('Sociale invloeden', 'Social influences'),
  consequences: t('Overtuigingen over gevolgen', 'Beliefs about consequences'),
  intentions: t('Intenties', 'Intentions'),
  role: t('Sociale en professionele rol en identiteit', 'Social/professional role and identity'),
  emotion: t('Emotie', 'Emotion'),
};

/**
 * Statements per factor, all positively worded: agreeing means the factor supports the
 * behaviour, so a low factor score points at a barrier. Each is a whole sentence at B1 once the
 * team's phrases are in (src/core/survey/phrases.ts): Dutch templates take `{behaviour}` (the bare
 * infinitive, after "zien" or "dat we") or `{te-behaviour}` (after "om"), English ones `{behaviour}`.
 * Physical capability asks about the body only (eyes, hands, stamina): knowing how is psychological.
 */
const BANK_BY_FACTOR: Record<CombFactor, Omit<SurveyBankItem, 'factor'>[]> = {
  'C-psy': [
    {
      id: 'cpsy-know-how',
      source: { instrument: 'COM-B-Qv1', part: component('C-psy', t('kennis', 'knowledge')) },
      text: t('Ik weet precies wat ik moet doen om {te-behaviour}.', 'I know exactly how to {behaviour}.'),
    },
    {
      id: 'cpsy-understand-why',
      source: { instrument: 'TDF', part: TDF_PART.knowledge },
      text: t('Ik begrijp waarom het nodig is om {te-behaviour}.', 'I understand why it is necessary to {behaviour}.'),
    },
    {
      id: 'cpsy-remember',
      tdf: 'memoryAttentionDecision',
      source: { instrument: 'COM-B-Qv1', part: component('C-psy', t('geheugen', 'memory')) },
      text: t('Ik denk er op het juiste moment aan om {te-behaviour}.', 'At the right moment, I remember to {behaviour}.'),
    },
    {
      id: 'cpsy-attention',
      tdf: 'memoryAttentionDecision',
      source: { instrument: 'TDF', part: TDF_PART.memory },
      text: t('Ook als het druk is, heb ik genoeg aandacht om {te-behaviour}.', 'Even when it is busy, I can pay enough attention to {behaviour}.'),
    },
  ],
  'C-phy': [
    // cphy-read, cphy-operate and cphy-skills asked about reading, software and skill: knowing how,
    // not the body. Their ids stay with the surveys that used them.
    {
      id: 'cphy-physically-able',
      source: { instrument: 'COM-B-Qv1', part: component('C-phy') },
      text: t('Ik ben lichamelijk goed in staat om {te-behaviour}.', 'I am physically able to {behaviour}.'),
    },
    {
      id: 'cphy-eyesight',
      source: { instrument: 'Wegwijs', part: component('C-phy', t('zicht', 'eyesight')) },
      text: t('Mijn ogen zijn goed genoeg om {te-behaviour}.', 'My eyesight is good enough to {behaviour}.'),
    },
    {
      id: 'cphy-hands',
      source: { instrument: 'Wegwijs', part: component('C-phy', t('gebruik van de handen', 'use of the hands')) },
      text: t('Ik kan mijn handen goed genoeg gebruiken om {te-behaviour}.', 'I can use my hands well enough to {behaviour}.'),
    },
    {
      id: 'cphy-stamina',
      source: { instrument: 'COM-B-Qv1', part: component('C-phy', t('uithoudingsvermogen', 'stamina')) },
      // Not "Ook na …": with a behaviour phrase of ten words that is one word over the B1 maximum (docs/glossary.md).
      text: t('Na een lange dienst ben ik lichamelijk fit genoeg om {te-behaviour}.', 'After a long shift I am physically fit enough to {behaviour}.'),
    },
  ],
  'O-phy': [
    {
      id: 'ophy-time',
      source: { instrument: 'COM-B-Qv1', part: component('O-phy', t('tijd', 'time')) },
      text: t('Ik heb genoeg tijd om {te-behaviour}.', 'I have enough time to {behaviour}.'),
    },
    {
      id: 'ophy-tools',
      source: { instrument: 'COM-B-Qv1', part: component('O-phy', t('middelen', 'materials')) },
      text: t('Mijn systemen en apparaten maken het makkelijk om {te-behaviour}.', 'The systems and devices I use make it easy to {behaviour}.'),
    },
    {
      id: 'ophy-procedures',
      source: { instrument: 'TDF', part: TDF_PART.environment },
      text: t('Onze werkafspraken en procedures helpen me om {te-behaviour}.', 'Our ways of working and procedures help me to {behaviour}.'),
    },
    {
      id: 'ophy-workplace',
      source: { instrument: 'TDF', part: TDF_PART.environment },
      text: t('Op mijn werkplek is alles aanwezig om {te-behaviour}.', 'My workplace has everything I need in order to {behaviour}.'),
    },
  ],
  'O-soc': [
    {
      id: 'osoc-colleagues',
      source: { instrument: 'TDF', part: TDF_PART.socialInfluences },
      text: t('Ik zie mijn collega’s {behaviour}.', 'I see my colleagues {behaviour}.'),
    },
    {
      id: 'osoc-manager',
      source: { instrument: 'TDF', part: TDF_PART.socialInfluences },
      text: t('Mijn leidinggevende vindt het belangrijk dat we {behaviour}.', 'My manager thinks it is important that we {behaviour}.'),
    },
    {
      id: 'osoc-team-norm',
      source: { instrument: 'COM-B-Qv1', part: component('O-soc', t('culturele normen', 'cultural norms')) },
      text: t('In mijn team is het normaal om {te-behaviour}.', 'In my team it is normal to {behaviour}.'),
    },
    {
      id: 'osoc-speak-up',
      source: { instrument: 'Wegwijs', part: component('O-soc', t('sociale signalen', 'social cues')) },
      text: t(
        'Collega’s spreken elkaar vriendelijk aan als iemand vergeet om {te-behaviour}.',
        'Colleagues kindly remind each other when someone forgets to {behaviour}.',
      ),
    },
  ],
  'M-ref': [
    {
      id: 'mref-important',
      source: { instrument: 'COM-B-Qv1', part: component('M-ref') },
      text: t('Ik vind het belangrijk om {te-behaviour}.', 'I think it is important to {behaviour}.'),
    },
    {
      id: 'mref-useful',
      source: { instrument: 'TDF', part: TDF_PART.consequences },
      text: t('Het helpt onze {patiënten} echt als we {behaviour}.', 'It really helps our {patients} when we {behaviour}.'),
    },
    {
      id: 'mref-intention',
      source: { instrument: 'TDF', part: TDF_PART.intentions },
      text: t('Ik ben van plan om elke keer {te-behaviour}.', 'I intend to {behaviour} every time it is needed.'),
    },
    {
      id: 'mref-role',
      source: { instrument: 'TDF', part: TDF_PART.role },
      text: t('Het hoort bij mijn werk om {te-behaviour}.', 'It is part of my job to {behaviour}.'),
    },
  ],
  'M-aut': [
    {
      id: 'maut-habit',
      source: { instrument: 'Wegwijs', part: component('M-aut', t('gewoonte', 'habit')) },
      text: t('Het is voor mij een gewoonte geworden om {te-behaviour}.', 'It has become a habit for me to {behaviour}.'),
    },
    {
      id: 'maut-automatic',
      source: { instrument: 'COM-B-Qv1', part: component('M-aut') },
      text: t('Ik hoef er niet bij na te denken om {te-behaviour}.', 'I {behaviour} without having to think about it.'),
    },
    {
      id: 'maut-feels-good',
      source: { instrument: 'TDF', part: TDF_PART.emotion },
      text: t('Het geeft me een goed gevoel om {te-behaviour}.', 'It gives me a good feeling to {behaviour}.'),
    },
    {
      id: 'maut-uneasy-skipping',
      source: { instrument: 'TDF', part: TDF_PART.emotion },
      text: t('Ik voel me onprettig als ik vergeet om {te-behaviour}.', 'I feel uneasy when I forget to {behaviour}.'),
    },
  ],
};

/** The bank as one list, in the method's factor order. */
export const SURVEY_ITEM_BANK: readonly SurveyBankItem[] = COMB_FACTORS.flatMap((factor) => BANK_BY_FACTOR[factor].map((item) => ({ ...item, factor })));

/**
 * The statements a new survey starts with: per factor the bank's first two, so no factor's score
 * rests on one statement. Of physical capability only the first, the general one: eyes, hands and
 * stamina matter for few behaviours, and asked about every behaviour they read as odd.
 */
export const STARTING_STATEMENTS: readonly SurveyBankItem[] = COMB_FACTORS.flatMap((factor) =>
  SURVEY_ITEM_BANK.filter((b) => b.factor === factor).slice(0, factor === 'C-phy' ? 1 : 2),
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
  5: [t('Helemaal oneens', 'Strongly disagree'), t('Oneens', 'Disagree'), t('Neutraal', 'Neutral'), t('Eens', 'Agree'), t('Helemaal eens', 'Strongly agree')],
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

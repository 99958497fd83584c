import type { target as source } from '../../nl/worksheets/target.js';
import type { Translation } from '../../types.js';

export const target: Translation<typeof source> = {
  intro: 'Make the chosen behaviour so concrete that everyone pictures the same thing: who does what, when, where, how often and with what.',
  chosen: 'Chosen in 2.2',
  examplesIntro: 'Fill the form with a worked example and adapt it.',
  who: 'Who',
  targetGroup: 'Target group',
  targetGroupHint: 'For example: nurses',
  departments: 'Departments or locations',
  professions: 'Professions',
  size: 'Size of the target group (roughly)',
  behaviour: 'Behaviour',
  action: 'Does what?',
  actionHint: 'A verb and what you see happen, for example: check the recipient',
  when: 'When?',
  where: 'Where?',
  howOften: 'How often?',
  withWhat: 'With what?',
  phrasesTitle: 'The behaviour in the survey',
  phrasesIntro:
    'The survey’s statements (step 3) put the behaviour into their sentences. Write it for them in two ways, without “I”, “you” or “they”. Dutch needs both, because verbs such as “invullen” split (“in te vullen”); in English the two are the same.',
  infinitive: 'With the whole verb',
  infinitiveHint:
    'As after “I see colleagues …”. For example: de reden invullen bij gebruik van de noodknop (fill in the reason when using the emergency button)',
  teInfinitive: 'With “te”',
  teInfinitiveHint: 'As after “Ik heb genoeg tijd om …” (I have enough time to …). For example: de reden in te vullen bij gebruik van de noodknop',
  situation: 'Situation',
  currentSituation: 'How does it go now?',
  desiredSituation: 'What does it look like when it works?',
  summary: 'The target behaviour in one sentence',
  summaryEmpty: 'Fill in target group and behaviour; the sentence that is shown throughout the programme then appears here.',
};

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
  situation: 'Situation',
  currentSituation: 'How does it go now?',
  desiredSituation: 'What does it look like when it works?',
  summary: 'The target behaviour in one sentence',
  summaryEmpty: 'Fill in target group and behaviour; the sentence that is shown throughout the programme then appears here.',
};

import type { behaviours as source } from '../../nl/worksheets/behaviours.js';
import type { Translation } from '../../types.js';

export const behaviours: Translation<typeof source> = {
  problem: 'The problem',
  intro:
    'Describe behaviour you can see: who does what, at which moment. Not “be careful”, but “checks the address before sending an e-mail with patient data”.',
  examplesIntro: 'Take the behaviours of an example and adapt them.',
  behaviourN: 'Behaviour {{n}}',
  description: 'Who does what?',
  link: 'How does this behaviour contribute to the problem?',
  add: 'Add behaviour',
  vague: 'This describes an attitude or knowledge ({{words}}), not behaviour you can see. What exactly does someone do, and when?',
};

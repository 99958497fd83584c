import type { priorities as source } from '../../nl/worksheets/priorities.js';
import type { Translation } from '../../types.js';

export const priorities: Translation<typeof source> = {
  intro: 'Rate each behaviour from sub-step 2.1: how much does it contribute to the problem, how changeable is it, and can you see whether it changes?',
  noBehaviours: 'There are no behaviours in sub-step 2.1 yet.',
  toList: 'To the behaviour list (2.1)',
  criteria: {
    impact: 'Impact on the problem',
    changeability: 'Changeability',
    measurability: 'Measurability',
  },
  rankingTitle: 'Priority',
  priority: 'Mean',
  behaviour: 'Behaviour',
  chartLabel: 'Behaviours by impact (vertical) and changeability (horizontal); chosen behaviour is filled.',
  quadrants: {
    topLeft: 'Important, hard to change',
    topRight: 'Best candidates',
    bottomLeft: 'Leave aside',
    bottomRight: 'Easy, little effect',
  },
  choose: 'Choose the target behaviour (one, or a few closely related ones)',
  rationale: 'Why this behaviour?',
};

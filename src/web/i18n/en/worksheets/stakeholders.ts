import type { stakeholders as source } from '../../nl/worksheets/stakeholders.js';
import type { Translation } from '../../types.js';

export const stakeholders: Translation<typeof source> = {
  intro: 'Who is affected by the problem, who decides, who can help or block? Place them by interest and influence and agree how and when you involve them.',
  ratingIntro: 'Rate interest and influence; 4 and 5 count as high.',
  stakeholderN: 'Stakeholder {{n}}',
  none: 'The worksheet has no stakeholders yet.',
  name: 'Who (person, role or group)',
  interest: 'What is their interest?',
  interestLevel: 'Interest',
  influenceLevel: 'Influence',
  involvement: 'How do you involve them?',
  when: 'When?',
  whenPlaceholder: 'E.g. at the start, every quarter',
  add: 'Add stakeholder',
  strategy: 'Approach: {{strategy}}',
  strategyUnrated: 'Rate interest and influence to see the approach.',
  strategyHelp: {
    manageClosely: 'High interest and high influence: let them co-decide and meet often.',
    keepSatisfied: 'High influence, less interest: ask for consent in time and keep it short.',
    keepInformed: 'High interest, little influence: keep them up to date and ask for ideas.',
    monitor: 'Little interest and influence: informing now and then is enough.',
  },
  chartTitle: 'Interest and influence',
  chartEmpty: 'Once a stakeholder has a rating for interest and influence, they appear on the grid here.',
  chartLabel: 'Stakeholders by interest (horizontal) and influence (vertical).',
  pointLabel: '{{name}} (interest {{interest}}, influence {{influence}}): {{strategy}}',
  byStrategy: 'By approach',
};

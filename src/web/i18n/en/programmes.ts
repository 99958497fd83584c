import type { programmes as nl } from '../nl/programmes.js';
import type { Translation } from '../types.js';

export const programmes: Translation<typeof nl> = {
  pageTitle: 'Programmes',
  intro: 'A programme tackles one information-security problem with the six steps of the Wegwijzer.',
  new: 'New programme',
  newTitle: 'Start a new programme',
  title: 'Title',
  titleHint: 'Short and concrete, for example "Report data breaches sooner".',
  problem: 'Problem',
  problemHint: 'Which information-security problem do you want to tackle, and why now?',
  create: 'Create programme',
  empty: 'There are no programmes yet.',
  archived: 'Archived',
  progressOf: 'Progress of {{title}}',
  progressText: '{{percent}}% done · now in step {{step}} · core team of {{team}}',
  attention: {
    label: 'Attention',
    now: 'Now in step {{step}}: {{title}}',
    next: 'What now: {{key}} {{title}}',
    allDone: 'What now: all sub-steps are done',
    behind: '{{keys}} not done yet',
    overdue_one: '{{count}} action overdue',
    overdue_other: '{{count}} actions overdue',
    checkin: 'Next check-in: {{date}}',
    noCheckin: 'No check-in planned',
    decisions_one: '{{count}} decision still open',
    decisions_other: '{{count}} decisions still open',
  },
};

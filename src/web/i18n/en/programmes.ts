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
  firstRun: {
    title: 'Getting started',
    intro: 'Take care of these five things first. What is done is ticked off by itself ({{done}} of {{total}} done).',
    items: {
      colleagues: {
        title: 'Invite colleagues',
        hint: 'For example the programme leads, the core team and the privacy officer. They get a link to choose a password.',
        action: 'Go to Users',
      },
      privacyOfficer: {
        title: 'Give someone the privacy officer role',
        hint: 'The privacy officer receives the data breach reports and keeps the breach register. That may be you. A colleague counts once they have accepted the invitation.',
        action: 'Give the role under Users',
      },
      breachLink: {
        title: 'Print the QR code for reporting a data breach',
        hint: 'Download the QR code for a poster on the ward, or copy the link for the intranet.',
        action: 'Go to the report link in Settings',
      },
      apDetails: {
        title: 'Fill in the details for the Dutch Data Protection Authority (AP)',
        hint: 'The address, the Chamber of Commerce number and a contact person with an e-mail address or phone number. Then they need not be typed for every notification.',
        action: 'Go to the AP details in Settings',
      },
      programme: {
        title: 'Start a programme',
        hint: 'A programme tackles one information-security problem, in six steps.',
        action: 'Start a programme',
      },
    },
    dismiss: 'Hide this list',
    dismissTitle: 'Hide this list?',
    dismissText: 'The list disappears for every admin of the organisation. You can still do everything later under Users and Settings.',
    dismissConfirm: 'Hide',
  },
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

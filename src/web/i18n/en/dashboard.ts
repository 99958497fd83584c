import type { dashboard as nl } from '../nl/dashboard.js';
import type { Translation } from '../types.js';

export const dashboard: Translation<typeof nl> = {
  nav: 'Board dashboard',
  title: 'Board dashboard',
  intro: "Where each programme of the organisation stands: the step, the progress, the actions, the next check-in, the KPIs and the anchoring.",
  empty: 'There are no programmes you can view yet.',
  archived: 'Archived',
  open: 'Open {{title}}',
  step: 'Step {{number}}: {{title}}',
  progress: '{{done}} of {{total}} sub-steps done',
  progressLabel: 'Progress of {{title}}',
  actions: {
    label: 'Actions',
    none: 'No actions yet',
    open_one: '{{count}} open action',
    open_other: '{{count}} open actions',
    overdue_one: '{{count}} of them overdue',
    overdue_other: '{{count}} of them overdue',
    noneOverdue: 'none overdue',
    done: '{{count}} done',
  },
  checkins: {
    label: 'Check-ins',
    next: 'Next: {{date}}',
    noNext: 'No next check-in planned',
    last: 'Last recorded: {{date}}',
    noLast: 'No check-in recorded yet',
  },
  kpis: {
    label: 'KPIs',
    none: 'No KPIs yet',
    latest: 'latest measurement {{value}} {{unit}}',
    noMeasurement: 'no measurement yet',
    target: 'target {{value}} {{unit}}',
    noTarget: 'no target',
  },
  documents: 'Documents',
  anchoring: {
    label: 'Anchoring',
    none: 'No anchoring items yet',
    progress: '{{settled}} of {{total}} items settled',
  },
};

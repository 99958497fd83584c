import type { audit as nl } from '../nl/audit.js';
import type { Translation } from '../types.js';

export const audit: Translation<typeof nl> = {
  pageTitle: 'Audit log',
  intro: 'Every change in Wegwijs is listed here: who, what and when, with the situation before and after.',
  filters: 'Audit log filters',
  action: 'Action',
  actionHint: 'For example: login, programme, worksheet',
  entity: 'Part',
  allEntities: 'All parts',
  entities: { organisation: 'Organisation', user: 'User', programme: 'Programme', substep: 'Sub-step' },
  from: 'From',
  to: 'Until',
  apply: 'Filter',
  count: '{{count}} entries',
  tableCaption: 'Audit log, newest first',
  when: 'When',
  who: 'Who',
  details: 'Change',
  showChange: 'Show change ({{entity}})',
  page: { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' },
  pageN: 'Page {{page}}',
};

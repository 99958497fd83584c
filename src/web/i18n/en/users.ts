import type { users as nl } from '../nl/users.js';
import type { Translation } from '../types.js';

export const users: Translation<typeof nl> = {
  pageTitle: 'Users',
  intro: 'Invite colleagues and set their roles. An invitation is a one-time link that is valid for 7 days.',
  inviteTitle: 'Invite a colleague',
  name: 'Name',
  roles: 'Roles',
  rolesOf: 'Roles of {{name}}',
  invite: 'Create invitation',
  linkTitle: 'Invitation link',
  linkExplain: 'Send this link to your colleague yourself. It is valid for 7 days, works once and is shown only once.',
  copyLink: 'Copy link',
  tableCaption: 'All users of your organisation',
  statusLabel: 'Status',
  actions: 'Actions',
  status: { invited: 'Invited', active: 'Active', deactivated: 'Deactivated' },
  lastLogin: 'Last login: {{when}}',
  editRoles: 'Change roles',
  editRolesOf: 'Change roles: {{name}}',
  newLink: 'New link',
  newLinkFor: 'New link: {{name}}',
  deactivate: 'Deactivate',
  deactivateUser: 'Deactivate: {{name}}',
  reactivate: 'Reactivate',
  reactivateUser: 'Reactivate: {{name}}',
};

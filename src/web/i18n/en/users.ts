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
  linkExplain:
    'Send this link to your colleague yourself. It is valid for 7 days, works once and is shown only once. Once your colleague has accepted the invitation, you can add them to a core team.',
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
  twoStep: 'Two-step verification',
  twoStepOn: 'On',
  twoStepOff: 'Off',
  resetTwoStep: 'Reset two-step verification',
  resetTwoStepOf: 'Reset two-step verification: {{name}}',
  resetTwoStepTitle: 'Reset the two-step verification of {{name}}?',
  resetTwoStepText:
    'Only do this when {{name}} has lost both the phone with the app and the recovery codes, and you are sure it really is {{name}} asking. The app link and the recovery codes are removed and {{name}} is logged out everywhere. After that {{name}} logs in with the password only and gets an e-mail about it (if e-mail is set up). Ask {{name}} to turn two-step verification on again right away.',
  resetTwoStepConfirm: 'Reset',
};

import type { auth as nl } from '../nl/auth.js';
import type { Translation } from '../types.js';

export const auth: Translation<typeof nl> = {
  loginTitle: 'Log in',
  loginIntro: 'Log in with the e-mail address and password of your Wegwijs account.',
  email: 'E-mail address',
  password: 'Password',
  loginButton: 'Log in',
  setupHint: 'This installation has not been set up yet. Open the set-up link from the server console to create your organisation.',
  setupTitle: 'Set up Wegwijs',
  setupIntro: 'Create your organisation and the first administrator account. Then invite your colleagues.',
  setupToken: 'Set-up code',
  setupTokenHint: 'It follows #token= in the set-up link the server shows in its console.',
  organisationName: 'Name of the organisation',
  yourName: 'Your name',
  newPassword: 'New password',
  setupButton: 'Create organisation',
  inviteTitle: 'Accept invitation',
  inviteIntro: 'You have been invited to {{organisation}}. Choose a password to activate your account.',
  inviteMissing: 'This link holds no invitation code. Ask your administrator for a new link.',
  inviteButton: 'Activate account',
  passwordTitle: 'Change password',
  currentPassword: 'Current password',
  passwordChanged: 'Your password has been changed. You need to log in again on other devices.',
  passwordButton: 'Change password',
};

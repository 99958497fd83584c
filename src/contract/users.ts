import { z } from 'zod';
import { ROLES } from '#core/roles.js';
import { Instant, type Json } from './common.js';

/** An account of the organisation, as its administrators see it: never a password hash or token. */
export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  status: z.enum(['invited', 'active', 'deactivated']),
  lastLoginAt: Instant.nullable(),
  createdAt: Instant,
});
export type User = Json<typeof User>;

/** In the list only: whether the account logs in with a code from an authenticator app too. */
export const ListedUser = User.extend({ twoStepEnabled: z.boolean() });
export type ListedUser = Json<typeof ListedUser>;

export const UserList = z.object({ users: z.array(ListedUser) });
export type UserList = Json<typeof UserList>;

/** An account after a change. */
export const UserAnswer = z.object({ user: User });
export type UserAnswer = Json<typeof UserAnswer>;

/** The admin passes the invitation link on; the server keeps only its hash. */
export const InviteLink = z.object({ inviteUrl: z.string() });
export type InviteLink = Json<typeof InviteLink>;

export const Invited = InviteLink.extend({ user: User });
export type Invited = Json<typeof Invited>;

/** The colleagues a team can pick from: active accounts, by name. */
export const Colleague = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type Colleague = Json<typeof Colleague>;

export const Directory = z.object({ users: z.array(Colleague) });
export type Directory = Json<typeof Directory>;

/** What the public invitation page shows before the invitee sets a password. */
export const Invitation = z.object({
  email: z.string(),
  name: z.string(),
  organisationName: z.string(),
  /** Set when the invitee logs in with the organisation account only: no password to choose. */
  ssoLoginName: z.string().nullable(),
});
export type Invitation = Json<typeof Invitation>;

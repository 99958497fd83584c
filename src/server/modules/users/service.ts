import { userPolicy } from '#core/policies/index.js';
import type { Role } from '#core/roles.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { hashPassword } from '../../security/passwords.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { SessionsService } from '../sessions/service.js';
import { usersRepository, type UserRow } from './repository.js';

export type { UserRow } from './repository.js';

const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** Catches the users table's unique indexes refusing an address: it is taken (holdsAddress). */
const emailTaken =
  (field?: string) =>
  (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict('emailTaken', field);
    throw error;
  };

export const publicUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles as Role[],
  status: u.status,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});

export function createUsersService(db: Database, deps: { secret: string; audit: AuditService; sessions: SessionsService }) {
  const { audit, secret } = deps;

  function requireManager(actor: SessionActor) {
    authorize(userPolicy.manage, actor);
  }

  async function loadTarget(tx: Database, actor: SessionActor, id: string) {
    const user = await usersRepository.byId(tx, actor.organisationId, id);
    if (!user) throw notFound();
    return user;
  }

  /** An organisation is never left without an active administrator. */
  async function assertAdminRemains(tx: Database, actor: SessionActor, target: UserRow, stillAdmin: boolean) {
    const isActiveAdmin = target.status === 'active' && target.roles.includes('admin');
    if (isActiveAdmin && !stillAdmin && (await usersRepository.countActiveAdmins(tx, actor.organisationId)) <= 1) {
      throw conflict('lastAdmin', 'roles');
    }
  }

  async function issueInvitation(tx: Database, actor: SessionActor, user: UserRow, linkBase: string) {
    const token = randomToken();
    await usersRepository.insertInvitation(tx, {
      organisationId: actor.organisationId,
      userId: user.id,
      tokenHash: hashToken(token, secret),
      expiresAt: new Date(Date.now() + INVITATION_VALID_MS),
      createdBy: actor.userId,
    });
    return `${linkBase}/invite#token=${token}`;
  }

  async function changeStatus(actor: SessionActor, id: string, status: 'active' | 'deactivated') {
    requireManager(actor);
    // Reactivating an account without a password fails when its address has meanwhile gone to an account elsewhere.
    return db
      .transaction(async (tx) => {
        const before = await loadTarget(tx, actor, id);
        if (status === 'deactivated') {
          if (before.id === actor.userId) throw conflict('notSelf');
          await assertAdminRemains(tx, actor, before, false);
          await deps.sessions.endAll(tx, id);
        }
        // A user who never accepted the invitation goes back to "invited", not "active".
        const next = status === 'active' && !before.passwordHash ? 'invited' : status;
        const after = await usersRepository.update(tx, actor.organisationId, id, { status: next });
        await audit.record(tx, asAuditActor(actor), {
          action: status === 'active' ? 'user.reactivate' : 'user.deactivate',
          entity: 'user',
          entityId: id,
          before: { status: before.status },
          after: { status: after.status },
        });
        return publicUser(after);
      })
      .catch(emailTaken());
  }

  return {
    async list(actor: SessionActor) {
      requireManager(actor);
      return (await usersRepository.list(db, actor.organisationId)).map(({ user, twoStepEnabled }) => ({ ...publicUser(user), twoStepEnabled }));
    },

    directory(actor: SessionActor) {
      authorize(userPolicy.directory, actor);
      return usersRepository.listActive(db, actor.organisationId);
    },

    /**
     * Invites an address into the admin's organisation. Only that organisation is looked at: whether
     * the address has an account elsewhere is not the admin's to know (no account enumeration, OWASP
     * Authentication Cheat Sheet), so that invitation is made like any other and cannot be accepted.
     */
    async invite(actor: SessionActor, input: { email: string; name: string; roles: Role[] }, linkBase: string) {
      requireManager(actor);
      // The same address invited twice at the same moment: the unique index lets only one through.
      return db
        .transaction(async (tx) => {
          const email = input.email.trim().toLowerCase();
          if (await usersRepository.byEmailIn(tx, actor.organisationId, email)) throw conflict('emailTaken', 'email');
          const user = await usersRepository.insert(tx, {
            organisationId: actor.organisationId,
            email,
            name: input.name.trim(),
            roles: [...new Set(input.roles)],
            status: 'invited',
          });
          const inviteUrl = await issueInvitation(tx, actor, user, linkBase);
          await audit.record(tx, asAuditActor(actor), { action: 'user.invite', entity: 'user', entityId: user.id, after: publicUser(user) });
          return { user: publicUser(user), inviteUrl };
        })
        .catch(emailTaken('email'));
    },

    reissueInvitation(actor: SessionActor, id: string, linkBase: string) {
      requireManager(actor);
      return db.transaction(async (tx) => {
        const user = await loadTarget(tx, actor, id);
        if (user.status !== 'invited') throw conflict('userNotInvited');
        const inviteUrl = await issueInvitation(tx, actor, user, linkBase);
        await audit.record(tx, asAuditActor(actor), { action: 'user.reinvite', entity: 'user', entityId: id });
        return { inviteUrl };
      });
    },

    update(actor: SessionActor, id: string, changes: { name?: string; roles?: Role[] }) {
      requireManager(actor);
      return db.transaction(async (tx) => {
        const before = await loadTarget(tx, actor, id);
        const roles = changes.roles ? [...new Set(changes.roles)] : undefined;
        if (roles) await assertAdminRemains(tx, actor, before, roles.includes('admin'));
        const after = await usersRepository.update(tx, actor.organisationId, id, {
          ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
          ...(roles ? { roles } : {}),
        });
        await audit.record(tx, asAuditActor(actor), {
          action: 'user.update',
          entity: 'user',
          entityId: id,
          before: { name: before.name, roles: before.roles },
          after: { name: after.name, roles: after.roles },
        });
        return publicUser(after);
      });
    },

    deactivate: (actor: SessionActor, id: string) => changeStatus(actor, id, 'deactivated'),
    reactivate: (actor: SessionActor, id: string) => changeStatus(actor, id, 'active'),

    /** For set-up and the demo: an account that can log in at once (password already checked by the caller). */
    async createActive(tx: Database, input: { organisationId: string; email: string; name: string; roles: Role[]; password: string }) {
      const email = input.email.trim().toLowerCase();
      if (await usersRepository.byEmail(tx, email)) throw conflict('emailTaken', 'email');
      return usersRepository.insert(tx, {
        organisationId: input.organisationId,
        email,
        name: input.name.trim(),
        roles: input.roles,
        status: 'active',
        passwordHash: await hashPassword(input.password),
      });
    },

    /** For the first-run checklist: how many accounts the organisation has, and privacy officers among them. */
    counts: (organisationId: string) => usersRepository.counts(db, organisationId),

    /** For other modules: an active account of the actor's organisation; else 400 on `field`. */
    async findActive(tx: Database, organisationId: string, id: string, field = 'userId') {
      const user = await usersRepository.byId(tx, organisationId, id);
      if (!user || user.status !== 'active') throw invalid('userInactive', field);
      return user;
    },

    /** Public: the invitation behind a link, while it is open and its account still invited; else 400 on `token`. */
    async openInvitation(token: string, now: Date) {
      const found = await usersRepository.openInvitation(db, hashToken(token, secret), now);
      if (!found || found.user.status !== 'invited') throw invalid('inviteInvalid', 'token');
      return found;
    },

    /**
     * The invitee chose a name and password (checked by the caller): the account becomes active.
     * Refused when the address meanwhile holds an account elsewhere: an invitation reserves nothing.
     */
    async acceptInvitation(tx: Database, found: { invitation: { id: string }; user: UserRow }, input: { name: string; passwordHash: string }, now: Date) {
      if (!(await usersRepository.markInvitationUsed(tx, found.invitation.id, now))) throw invalid('inviteInvalid', 'token');
      const user = await usersRepository
        .update(tx, found.user.organisationId, found.user.id, { name: input.name.trim(), passwordHash: input.passwordHash, status: 'active', lastLoginAt: now })
        .catch(emailTaken());
      await audit.record(
        tx,
        { userId: user.id, organisationId: user.organisationId, name: user.name },
        { action: 'user.accept_invitation', entity: 'user', entityId: user.id },
      );
      return user;
    },

    /**
     * The accounts as the ways in (auth, sso, totp) read and change them, inside the caller's
     * transaction: they keep no accounts of their own.
     */
    accounts: {
      byId: usersRepository.byId,
      byEmail: usersRepository.byEmail,
      byEmailIn: usersRepository.byEmailIn,
      insert: usersRepository.insert,
      update: usersRepository.update,
      recordLogin: usersRepository.recordLogin,
      countActiveAdmins: usersRepository.countActiveAdmins,
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;

import { userPolicy } from '../../../core/policies/index.js';
import type { Role } from '../../../core/roles.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import { assertAcceptablePassword, type AuthService } from '../auth/service.js';
import type { OrganisationService } from '../organisation/service.js';
import { ssoRepository } from '../sso/repository.js';
import { usersRepository, type UserRow } from './repository.js';

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

export function createUsersService(
  db: Database,
  deps: { secret: string; audit: AuditService; auth: AuthService; organisations: OrganisationService },
) {
  const { audit, secret } = deps;

  function requireManager(actor: SessionActor) {
    if (!userPolicy.manage(actor)) throw forbidden();
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
    return db.transaction(async (tx) => {
      const before = await loadTarget(tx, actor, id);
      if (status === 'deactivated') {
        if (before.id === actor.userId) throw conflict('notSelf');
        await assertAdminRemains(tx, actor, before, false);
        await usersRepository.deleteSessions(tx, id);
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
    }).catch(emailTaken());
  }

  return {
    async list(actor: SessionActor) {
      requireManager(actor);
      return (await usersRepository.list(db, actor.organisationId)).map(({ user, twoStepEnabled }) => ({ ...publicUser(user), twoStepEnabled }));
    },

    directory(actor: SessionActor) {
      if (!userPolicy.directory(actor)) throw forbidden();
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

    /**
     * Public: what the invitation page shows before the invitee sets a password; `ssoLoginName` when
     * the invitee must log in with the organisation account instead (which accepts the invitation).
     */
    async describeInvitation(token: string) {
      const found = await usersRepository.openInvitation(db, hashToken(token, secret), new Date());
      if (!found || found.user.status !== 'invited') throw invalid('inviteInvalid', 'token');
      const organisation = await deps.organisations.byId(db, found.user.organisationId);
      const sso = await ssoRepository.ssoOnlyFor(db, found.user);
      return { email: found.user.email, name: found.user.name, organisationName: organisation.name, ssoLoginName: sso?.loginName ?? null };
    },

    /** Public: the invitee chooses a password; the account becomes active and is logged in. */
    async acceptInvitation(input: { token: string; name: string; password: string }) {
      const now = new Date();
      const found = await usersRepository.openInvitation(db, hashToken(input.token, secret), now);
      if (!found || found.user.status !== 'invited') throw invalid('inviteInvalid', 'token');
      // An invitation sent before the organisation went SSO-only must not open a password login.
      if (await ssoRepository.ssoOnlyFor(db, found.user)) throw new AppError(403, 'passwordLoginDisabled', 'password');
      const organisation = await deps.organisations.byId(db, found.user.organisationId);
      assertAcceptablePassword(input.password, [input.name, found.user.email, organisation.name], 'password');
      const passwordHash = await hashPassword(input.password);
      // Refused when the address meanwhile holds an account elsewhere: an invitation reserves nothing.
      return db.transaction(async (tx) => {
        if (!(await usersRepository.markInvitationUsed(tx, found.invitation.id, now))) throw invalid('inviteInvalid', 'token');
        const user = await usersRepository.update(tx, organisation.id, found.user.id, {
          name: input.name.trim(),
          passwordHash,
          status: 'active',
          lastLoginAt: now,
        });
        await audit.record(
          tx,
          { userId: user.id, organisationId: organisation.id, name: user.name },
          { action: 'user.accept_invitation', entity: 'user', entityId: user.id },
        );
        return deps.auth.startSession(tx, user, organisation, now);
      }).catch(emailTaken());
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;

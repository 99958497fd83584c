import type { Locale } from '#core/locale.js';
import { homePage, sessionCan } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { AppError, invalid, unauthenticated } from '../../errors.js';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../security/passwords.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { publicOrganisation, type OrganisationService } from '../organisation/service.js';
import { ownView, type ResolvedSession, type SessionsService } from '../sessions/service.js';
import type { SsoService } from '../sso/service.js';
import type { TotpService } from '../totp/service.js';
import type { UserRow, UsersService } from '../users/service.js';
import type { SessionActor } from '../../context.js';
import { issueChallenge, openChallenge } from './challenge.js';

/** What the web app learns about the logged-in user (GET /api/auth/session and after login). */
export function sessionView({ actor, organisation }: ResolvedSession) {
  return {
    authenticated: true as const,
    csrfToken: actor.csrfToken,
    user: { id: actor.userId, name: actor.name, email: actor.email, roles: [...actor.roles], locale: actor.locale },
    organisation: publicOrganisation(organisation),
    can: sessionCan(actor),
    home: homePage(actor),
  };
}

export function createAuthService(
  db: Database,
  deps: {
    secret: string;
    audit: AuditService;
    organisations: OrganisationService;
    sessions: SessionsService;
    users: UsersService;
    sso: SsoService;
    totp: TotpService;
  },
) {
  const { secret, audit, sessions } = deps;
  const { accounts } = deps.users;

  return {
    /**
     * Checks e-mail address and password from the client at `address`, throttled per account and
     * address (sessions/throttle.ts). An unknown e-mail address gets the same answers and the same argon2
     * work (a dummy hash) as a known one. An account with a second factor gets a challenge for the
     * code step instead of a session; its failures are forgotten only once the code is right too,
     * so a known password does not buy unlimited code guesses.
     */
    async login(emailInput: string, password: string, address: string, now = new Date()) {
      const email = emailInput.trim().toLowerCase();
      const attempt = await sessions.throttle.claim(email, address, now);
      const user = await accounts.byEmail(db, email);
      // Where single sign-on is the only way in, every password is wrong, answered and counted as such:
      // a different answer to the right one would confirm a guessed password (one generic answer, as
      // the OWASP Authentication Cheat Sheet asks), and so would a throttle that counted only wrong ones.
      const passwordLogin = user && !(await deps.sso.ssoOnlyFor(user));
      const ok = await verifyPassword(user?.passwordHash ?? null, password);
      if (!user || !ok || !passwordLogin || user.status !== 'active') {
        await attempt.failed();
        if (user) await sessions.recordFailedLogin(user);
        throw new AppError(401, 'invalidCredentials', 'password');
      }
      if (await deps.totp.enabledFor(user.id)) {
        return { totpRequired: true as const, challenge: issueChallenge(user, secret, now) };
      }
      await attempt.succeeded();
      return completeLogin(user, now);
    },

    /** The code step of a password login: a TOTP or recovery code, throttled per address and per account. */
    async loginWithCode(challenge: string, code: string, address: string, now = new Date()) {
      const claim = openChallenge(challenge, secret, now);
      if (!claim) throw new AppError(401, 'loginChallengeExpired', 'code');
      const user = await accounts.byId(db, claim.organisationId, claim.userId);
      // A challenge whose login is done (or the account logged in otherwise since) is refused before a code is spent on it.
      const used = user?.lastLoginAt?.getTime() !== claim.lastLoginAt?.getTime();
      if (!user || user.status !== 'active' || used) throw new AppError(401, 'loginChallengeExpired', 'code');
      if (!(await deps.totp.checkSecondFactor(user, code, address, now, claim.issuedAt))) throw new AppError(401, 'totpInvalidCode', 'code');
      return completeLogin(user, now, claim);
    },

    /**
     * Public: what the invitation page shows before the invitee sets a password; `ssoLoginName` when
     * the invitee must log in with the organisation account instead (which accepts the invitation).
     */
    async describeInvitation(token: string) {
      const found = await deps.users.openInvitation(token, new Date());
      const organisation = await deps.organisations.byId(db, found.user.organisationId);
      const sso = await deps.sso.ssoOnlyFor(found.user);
      return { email: found.user.email, name: found.user.name, organisationName: organisation.name, ssoLoginName: sso?.loginName ?? null };
    },

    /** Public: the invitee chooses a password; the account becomes active and is logged in. */
    async acceptInvitation(input: { token: string; name: string; password: string }) {
      const now = new Date();
      const found = await deps.users.openInvitation(input.token, now);
      // An invitation sent before the organisation went SSO-only must not open a password login.
      if (await deps.sso.ssoOnlyFor(found.user)) throw new AppError(403, 'passwordLoginDisabled', 'password');
      const organisation = await deps.organisations.byId(db, found.user.organisationId);
      assertAcceptablePassword(input.password, [input.name, found.user.email, organisation.name], 'password');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const user = await deps.users.acceptInvitation(tx, found, { name: input.name, passwordHash }, now);
        return sessions.start(tx, user, organisation, now);
      });
    },

    async changePassword(actor: SessionActor, currentPassword: string, newPassword: string) {
      const user = await accounts.byId(db, actor.organisationId, actor.userId);
      if (!user) throw unauthenticated();
      if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalid('invalidCredentials', 'currentPassword');
      assertAcceptablePassword(newPassword, [user.name, user.email], 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await accounts.update(tx, actor.organisationId, actor.userId, { passwordHash });
        // Other devices must log in again with the new password.
        await sessions.endOthers(tx, actor);
        await audit.record(tx, asAuditActor(actor), { action: 'user.password_change', entity: 'user', entityId: actor.userId });
      });
    },

    updateMe: (actor: SessionActor, changes: { name?: string; locale?: Locale }) =>
      db.transaction(async (tx) => {
        const before = await accounts.byId(tx, actor.organisationId, actor.userId);
        if (!before) throw unauthenticated();
        const after = await accounts.update(tx, actor.organisationId, actor.userId, changes);
        await audit.record(tx, asAuditActor(actor), {
          action: 'user.update_profile',
          entity: 'user',
          entityId: actor.userId,
          before: { name: before.name, locale: before.locale },
          after: { name: after.name, locale: after.locale },
        });
        return ownView(after);
      }),
  };

  /** Opens the session; after a second-factor challenge only if no other request completed it first. */
  async function completeLogin(user: UserRow, now: Date, challenge?: { lastLoginAt: Date | null }) {
    return db.transaction(async (tx) => {
      const fresh = await accounts.recordLogin(tx, user, now, challenge);
      if (!fresh) throw new AppError(401, 'loginChallengeExpired', 'code');
      const organisation = await deps.organisations.byId(tx, user.organisationId);
      await sessions.clearExpired(tx, user.id, now);
      const started = await sessions.start(tx, fresh, organisation, now);
      await audit.record(tx, asAuditActor(started.session.actor), { action: 'auth.login', entity: 'user', entityId: user.id });
      return started;
    });
  }
}
export type AuthService = ReturnType<typeof createAuthService>;

import type { LoginThrottleSettings } from '../../../core/login-throttle.js';
import { checkPassword } from '../../../core/password-policy.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../core/locale.js';
import { isRole } from '../../../core/roles.js';
import type { Database } from '../../db/client.js';
import { AppError, invalid, unauthenticated } from '../../errors.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { publicOrganisation, type OrganisationService } from '../organisation/service.js';
import type { OrganisationRow } from '../organisation/repository.js';
import { ssoRepository } from '../sso/repository.js';
import { totpRepository } from '../totp/repository.js';
import { verifySecondFactor } from '../totp/second-factor.js';
import { usersRepository, type UserRow } from '../users/repository.js';
import type { SessionActor } from './actor.js';
import { issueChallenge, openChallenge } from './challenge.js';
import { sessionsRepository } from './repository.js';
import { createLoginThrottle } from './throttle.js';

const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Refuses a new password that breaks the NIST-based rules of core/password-policy. */
export function assertAcceptablePassword(password: string, context: readonly string[], field: string): void {
  const problem = checkPassword(password, context);
  if (!problem) return;
  const { code, ...params } = problem;
  throw invalid(code, field, params);
}

export interface ResolvedSession {
  actor: SessionActor;
  organisation: OrganisationRow;
}

/** The user as their own session shows them, roles and language read as this version knows them. */
const ownView = (user: UserRow) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  roles: user.roles.filter(isRole),
  locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
});

function toActor(user: UserRow, sessionId: string, csrfToken: string): SessionActor {
  const { id, ...own } = ownView(user);
  return { userId: id, organisationId: user.organisationId, ...own, sessionId, csrfToken };
}

/** What the web app learns about the logged-in user (GET /api/auth/session and after login). */
export function sessionView({ actor, organisation }: ResolvedSession) {
  return {
    authenticated: true as const,
    csrfToken: actor.csrfToken,
    user: { id: actor.userId, name: actor.name, email: actor.email, roles: [...actor.roles], locale: actor.locale },
    organisation: publicOrganisation(organisation),
  };
}

export function createAuthService(
  db: Database,
  deps: { secret: string; audit: AuditService; organisations: OrganisationService; loginThrottle?: LoginThrottleSettings },
) {
  const { secret, audit } = deps;
  const throttle = createLoginThrottle(db, secret, deps.loginThrottle);

  /**
   * Opens a session for a user inside the caller's transaction; returns the cookie token. A single
   * sign-on passes the provider's sealed ID token, kept for the logout there.
   */
  async function startSession(tx: Database, user: UserRow, organisation: OrganisationRow, now = new Date(), ssoIdTokenSealed?: string) {
    const token = randomToken();
    const csrfToken = randomToken();
    const id = hashToken(token, secret);
    const expiresAt = new Date(now.getTime() + IDLE_TIMEOUT_MS);
    await sessionsRepository.insert(tx, { id, userId: user.id, organisationId: user.organisationId, csrfToken, expiresAt, ssoIdTokenSealed });
    return { token, expiresAt, session: { actor: toActor(user, id, csrfToken), organisation } };
  }

  return {
    startSession,

    /**
     * Checks e-mail address and password from the client at `address`, throttled per account and
     * address (throttle.ts). An unknown e-mail address gets the same answers and the same argon2
     * work (a dummy hash) as a known one. An account with a second factor gets a challenge for the
     * code step instead of a session; its failures are forgotten only once the code is right too,
     * so a known password does not buy unlimited code guesses.
     */
    async login(emailInput: string, password: string, address: string, now = new Date()) {
      const email = emailInput.trim().toLowerCase();
      const attempt = await throttle.claim(email, address, now);
      const user = await usersRepository.byEmail(db, email);
      // Where single sign-on is the only way in, every password is wrong, answered and counted as such:
      // a different answer to the right one would confirm a guessed password (one generic answer, as
      // the OWASP Authentication Cheat Sheet asks), and so would a throttle that counted only wrong ones.
      const passwordLogin = user && !(await ssoRepository.ssoOnlyFor(db, user));
      const ok = await verifyPassword(user?.passwordHash ?? null, password);
      if (!user || !ok || !passwordLogin || user.status !== 'active') {
        await attempt.failed();
        if (user) await recordFailure(user);
        throw new AppError(401, 'invalidCredentials', 'password');
      }
      if ((await totpRepository.of(db, user.id))?.confirmedAt) {
        return { totpRequired: true as const, challenge: issueChallenge(user, secret, now) };
      }
      await attempt.succeeded();
      return completeLogin(user, now);
    },

    /** The code step of a password login: a TOTP or recovery code, throttled per address and per account. */
    async loginWithCode(challenge: string, code: string, address: string, now = new Date()) {
      const claim = openChallenge(challenge, secret, now);
      if (!claim) throw new AppError(401, 'loginChallengeExpired', 'code');
      const user = await usersRepository.byId(db, claim.organisationId, claim.userId);
      // A challenge whose login is done (or the account logged in otherwise since) is refused before a code is spent on it.
      const used = user?.lastLoginAt?.getTime() !== claim.lastLoginAt?.getTime();
      if (!user || user.status !== 'active' || used) throw new AppError(401, 'loginChallengeExpired', 'code');
      if (!(await checkSecondFactor(user, code, address, now, claim.issuedAt))) throw new AppError(401, 'totpInvalidCode', 'code');
      return completeLogin(user, now, claim);
    },

    checkSecondFactor,

    async resolve(token: string, now = new Date()): Promise<ResolvedSession | null> {
      const id = hashToken(token, secret);
      const row = await sessionsRepository.resolve(db, id, now);
      if (!row) return null;
      const { session, user, organisation } = row;
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        const cap = session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS;
        await sessionsRepository.touch(db, id, now, new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, cap)));
      }
      return { actor: toActor(user, id, session.csrfToken), organisation };
    },

    /** Ends the session; answers the sealed ID token when single sign-on opened it, for the logout at the provider. */
    logout: (actor: SessionActor) =>
      db.transaction(async (tx) => {
        const [ended] = await sessionsRepository.delete(tx, actor.sessionId);
        await audit.record(tx, asAuditActor(actor), { action: 'auth.logout', entity: 'user', entityId: actor.userId });
        return { ssoIdTokenSealed: ended?.ssoIdTokenSealed ?? null };
      }),

    async changePassword(actor: SessionActor, currentPassword: string, newPassword: string) {
      const user = await usersRepository.byId(db, actor.organisationId, actor.userId);
      if (!user) throw unauthenticated();
      if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalid('invalidCredentials', 'currentPassword');
      assertAcceptablePassword(newPassword, [user.name, user.email], 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await usersRepository.update(tx, actor.organisationId, actor.userId, { passwordHash });
        // Other devices must log in again with the new password.
        await sessionsRepository.deleteOthers(tx, actor.userId, actor.sessionId);
        await audit.record(tx, asAuditActor(actor), { action: 'user.password_change', entity: 'user', entityId: actor.userId });
      });
    },

    updateMe: (actor: SessionActor, changes: { name?: string; locale?: Locale }) =>
      db.transaction(async (tx) => {
        const before = await usersRepository.byId(tx, actor.organisationId, actor.userId);
        if (!before) throw unauthenticated();
        const after = await usersRepository.update(tx, actor.organisationId, actor.userId, changes);
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
      const fresh = await usersRepository.recordLogin(tx, user, now, challenge);
      if (!fresh) throw new AppError(401, 'loginChallengeExpired', 'code');
      const organisation = await deps.organisations.byId(tx, user.organisationId);
      await sessionsRepository.deleteExpiredOf(tx, user.id, now);
      const started = await startSession(tx, fresh, organisation, now);
      await audit.record(tx, asAuditActor(started.session.actor), { action: 'auth.login', entity: 'user', entityId: user.id });
      return started;
    });
  }

  /**
   * A second-factor code of the user from the client at `address`, throttled like passwords (one
   * count per account and address for both) and within the account's limit on codes, which
   * `challengeIssuedAt` (of the login's challenge) may have voided. False when the code is wrong.
   */
  async function checkSecondFactor(user: UserRow, code: string, address: string, now = new Date(), challengeIssuedAt?: Date) {
    const codes = await throttle.claimCode(user.id, now, challengeIssuedAt);
    const attempt = await throttle.claim(user.email, address, now, 'code');
    const row = await totpRepository.of(db, user.id);
    if (row && (await verifySecondFactor(db, secret, row, code, now))) {
      await Promise.all([attempt.succeeded(), codes.succeeded()]);
      return true;
    }
    await attempt.failed();
    await recordFailure(user);
    return false;
  }

  /** Nobody is logged in when it happens: the entry names the address that was tried. */
  function recordFailure(user: UserRow) {
    const actor = { userId: null, organisationId: user.organisationId, name: user.email };
    return audit.record(db, actor, { action: 'auth.login_failed', entity: 'user', entityId: user.id });
  }
}
export type AuthService = ReturnType<typeof createAuthService>;

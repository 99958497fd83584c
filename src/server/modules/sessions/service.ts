import type { LoginThrottleSettings } from '#core/login-throttle.js';
import { DEFAULT_LOCALE, isLocale } from '#core/locale.js';
import { isRole } from '#core/roles.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { users } from '../../db/schema.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { OrganisationRow } from '../organisation/service.js';
import { sessionsRepository } from './repository.js';
import { createLoginThrottle } from './throttle.js';

const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

/** An account as the users table holds it: every request's session reads it from there (repository.resolve). */
type Account = typeof users.$inferSelect;

export interface ResolvedSession {
  actor: SessionActor;
  organisation: OrganisationRow;
}

/** The user as their own session shows them, roles and language read as this version knows them. */
export const ownView = (user: Account) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  roles: user.roles.filter(isRole),
  locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
});

function toActor(user: Account, sessionId: string, csrfToken: string): SessionActor {
  const { id, ...own } = ownView(user);
  return { userId: id, organisationId: user.organisationId, ...own, sessionId, csrfToken };
}

/**
 * Who is logged in: the sessions that every way in (password, single sign-on, invitation, set-up,
 * import) opens, and the count of login attempts that guards the password and code steps. Below
 * those ways in, so that each can open a session without depending on the others.
 */
export function createSessionsService(db: Database, deps: { secret: string; audit: AuditService; loginThrottle?: LoginThrottleSettings }) {
  const { secret, audit } = deps;

  return {
    /**
     * Opens a session for a user inside the caller's transaction; returns the cookie token. A single
     * sign-on passes the provider's sealed ID token, kept for the logout there.
     */
    async start(tx: Database, user: Account, organisation: OrganisationRow, now = new Date(), ssoIdTokenSealed?: string) {
      const token = randomToken();
      const csrfToken = randomToken();
      const id = hashToken(token, secret);
      const expiresAt = new Date(now.getTime() + IDLE_TIMEOUT_MS);
      await sessionsRepository.insert(tx, { id, userId: user.id, organisationId: user.organisationId, csrfToken, expiresAt, ssoIdTokenSealed });
      return { token, expiresAt, session: { actor: toActor(user, id, csrfToken), organisation } };
    },

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

    /** The user's sessions on other devices end, e.g. after a new password. */
    endOthers: (tx: Database, actor: SessionActor) => sessionsRepository.deleteOthers(tx, actor.userId, actor.sessionId),

    /** All of an account's sessions end: it was deactivated, or its second factor reset. */
    endAll: (tx: Database, userId: string) => sessionsRepository.deleteAllOf(tx, userId),

    clearExpired: (tx: Database, userId: string, now: Date) => sessionsRepository.deleteExpiredOf(tx, userId, now),

    /** One count for password and code steps alike (throttle.ts). */
    throttle: createLoginThrottle(db, secret, deps.loginThrottle),

    /** A wrong password or code. Nobody is logged in when it happens: the entry names the address that was tried. */
    recordFailedLogin: (account: { id: string; organisationId: string; email: string }) =>
      audit.record(
        db,
        { userId: null, organisationId: account.organisationId, name: account.email },
        { action: 'auth.login_failed', entity: 'user', entityId: account.id },
      ),
  };
}
export type SessionsService = ReturnType<typeof createSessionsService>;

import { LOGIN_THROTTLE, loginWait, type LoginThrottleSettings } from '../../../core/login-throttle.js';
import type { Database } from '../../db/client.js';
import { TooManyAttempts } from '../../errors.js';
import { clientAddressKey } from '../../security/client-address.js';
import { hashToken } from '../../security/tokens.js';
import { loginAttemptsRepository as attempts } from './repository.js';

/** An attempt let through: the caller says how it went. */
export interface LoginAttempt {
  failed(): Promise<void>;
  /** Forgets this address's failures on the account. */
  succeeded(): Promise<void>;
}

/**
 * The waits of core/login-throttle, counted in the database (so they hold across instances). Keyed
 * by the e-mail address as typed, whether an account has it or not: the answers must not tell.
 */
export function createLoginThrottle(db: Database, secret: string, settings: LoginThrottleSettings = LOGIN_THROTTLE) {
  return {
    /** Lets an attempt on `email` from `address` through, or throws 429 with how long to wait. */
    async claim(email: string, address: string, now: Date): Promise<LoginAttempt> {
      const pairKey = hashToken(`login ${email} ${clientAddressKey(address)}`, secret);
      const accountKey = hashToken(`login ${email}`, secret);
      const [pair, accountFailures] = await Promise.all([attempts.of(db, pairKey), attempts.failuresOf(db, accountKey)]);
      const seen = pair && pair.forgetAt > now ? pair.hits : 0;
      const underAttack = accountFailures >= settings.accountCeiling;
      const waitUntil = (pair ? pair.forgetAt.getTime() - settings.memoryMs : 0) + loginWait(seen, underAttack, settings);
      if (waitUntil > now.getTime()) throw new TooManyAttempts(waitUntil - now.getTime());
      // Counted before the password is checked, so that attempts sent at the same moment cannot all pass.
      if (!(await attempts.claim(db, pairKey, seen, now, new Date(now.getTime() + settings.memoryMs)))) {
        throw new TooManyAttempts(loginWait(seen + 1, underAttack, settings));
      }
      return {
        failed: async () => void (await attempts.countFailure(db, accountKey, settings.accountWindowMs)),
        succeeded: async () => void (await attempts.forget(db, pairKey)),
      };
    },
  };
}

import { LOGIN_THROTTLE, loginWait, type LoginThrottleSettings } from '#core/login-throttle.js';
import type { Database } from '../../db/client.js';
import { AppError, TooManyAttempts } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import { clientAddressKey } from '../../security/client-address.js';
import { hashToken } from '../../security/tokens.js';
import { loginAttemptsRepository as attempts } from './repository.js';

/** An attempt let through: the caller says how it went. */
export interface LoginAttempt {
  failed(): Promise<void>;
  /** Forgets this address's failures on the account. */
  succeeded(): Promise<void>;
}

/** The attempts counted under a key that still count, and when the last of them was (ms). */
interface Count {
  key: string;
  seen: number;
  last: number;
}

/**
 * The waits of core/login-throttle, counted in the database (so they hold across instances). Keyed
 * by the e-mail address as typed, whether an account has it or not: the answers must not tell.
 */
export function createLoginThrottle(db: Database, secret: string, settings: LoginThrottleSettings = LOGIN_THROTTLE) {
  async function countOf(key: string, memoryMs: number, now: Date): Promise<Count> {
    const row = await attempts.of(db, key);
    return row && row.forgetAt > now ? { key, seen: row.hits, last: row.forgetAt.getTime() - memoryMs } : { key, seen: 0, last: 0 };
  }

  /**
   * Throws 429 until `wait` has passed after the last attempt counted under any of `counts`. A count
   * that calls for no wait asks for none: an attempt counted a moment after this request began
   * (two sent at once) would otherwise lie "in the future" and refuse it.
   */
  function assertNoWait(counts: Count[], wait: (seen: number) => number, now: Date, message?: MessageKey) {
    const waitUntil = Math.max(...counts.map((c) => (wait(c.seen) > 0 ? c.last + wait(c.seen) : 0)));
    if (waitUntil > now.getTime()) throw new TooManyAttempts(waitUntil - now.getTime(), message);
  }

  /**
   * Counts one more attempt under each of `counts`, before the attempt is checked, so that attempts
   * sent at the same moment cannot pass beyond the free ones: when another was counted meanwhile,
   * this one is counted after it, or gets 429 once that one calls for a wait.
   */
  async function count(counts: Count[], wait: (seen: number) => number, memoryMs: number, now: Date, message?: MessageKey) {
    for (let c of counts) {
      while (!(await attempts.claim(db, c.key, c.seen, now, new Date(now.getTime() + memoryMs)))) {
        c = await countOf(c.key, memoryMs, now);
        assertNoWait([c], wait, now, message);
      }
    }
  }

  return {
    /**
     * Lets an attempt on `email` from `address` through, or throws 429 with how long to wait. The
     * code step of a login passes 'code': it is not under the one-try allowance of an account
     * under attack, whose one try the owner's password step has just used, but under claimCode.
     */
    async claim(email: string, address: string, now: Date, step: 'password' | 'code' = 'password'): Promise<LoginAttempt> {
      const pairKey = hashToken(`login ${email} ${clientAddressKey(address)}`, secret);
      const accountKey = hashToken(`login ${email}`, secret);
      const [pair, accountFailures] = await Promise.all([countOf(pairKey, settings.memoryMs, now), attempts.failuresOf(db, accountKey)]);
      const underAttack = step === 'password' && accountFailures >= settings.accountCeiling;
      // Under attack one try per IPv6 site (/48) rather than per /64: a site's 65,536 /64s would
      // otherwise be as many fresh tries every maxWaitMs. For IPv4 the two keys are one.
      const siteKey = hashToken(`login ${email} ${clientAddressKey(address, 48)}`, secret);
      const counts = underAttack && siteKey !== pairKey ? [pair, await countOf(siteKey, settings.memoryMs, now)] : [pair];
      const wait = (seen: number) => loginWait(seen, underAttack, settings);
      assertNoWait(counts, wait, now);
      await count(counts, wait, settings.memoryMs, now);
      return {
        failed: async () => void (await attempts.countFailure(db, accountKey, settings.accountWindowMs)),
        succeeded: async () => void (await Promise.all([...new Set([pairKey, siteKey])].map((key) => attempts.forget(db, key)))),
      };
    },

    /**
     * Lets a second-factor code for the account through, or throws 429: wrong codes are counted per
     * account, from all addresses together (settings.secondFactor); the answer forgets them once a
     * code is right. `challengeIssuedAt` is when the login challenge the code comes with was issued:
     * once the free codes are spent, a challenge from before the last code tried is void (401), so
     * each further code needs the password step again.
     */
    async claimCode(userId: string, now: Date, challengeIssuedAt?: Date): Promise<{ succeeded(): Promise<void> }> {
      const codes = settings.secondFactor;
      const counted = await countOf(hashToken(`second-factor ${userId}`, secret), codes.memoryMs, now);
      const wait = (seen: number) => loginWait(seen, false, codes);
      const message = challengeIssuedAt ? 'codesThrottledLogin' : 'codesThrottled';
      assertNoWait([counted], wait, now, message);
      if (challengeIssuedAt && counted.seen >= codes.freeFailures && challengeIssuedAt.getTime() <= counted.last) {
        throw new AppError(401, 'loginChallengeExpired', 'code');
      }
      await count([counted], wait, codes.memoryMs, now, message);
      return { succeeded: async () => void (await attempts.forget(db, counted.key)) };
    },
  };
}

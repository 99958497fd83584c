/**
 * Slowing down password guessing without ever locking an account. A lock-out lets anyone keep
 * anyone out, the last administrator included (OWASP Authentication Cheat Sheet, "Account
 * Lockout"); instead each client address gets its own ever longer waits on an account (OWASP ASVS
 * 4.0.3 V2.2.1 names "soft lockouts" and "ever increasing delays between attempts"; NIST SP
 * 800-63B §5.2.2), so the owner at their own address, with the right password, always gets in.
 */
export interface Backoff {
  /** Wrong attempts that may be made before a wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it, up to maxWaitMs. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** How long the failures are remembered after the last attempt. */
  memoryMs: number;
}

/** Per address on an account (the Backoff fields), per account, and for second-factor codes. */
export interface LoginThrottleSettings extends Backoff {
  /**
   * Wrong attempts on one account from all addresses together within accountWindowMs from which
   * the account counts as under attack: from then on every address gets one try per maxWaitMs
   * (after ASVS V2.2.1's "no more than 100 failed attempts per hour … on a single account"; many
   * addresses can still try once each, which only a second factor answers).
   */
  accountCeiling: number;
  accountWindowMs: number;
  /**
   * Second-factor codes on one account from all addresses together (the code step is reached only
   * with the right password, so many addresses must not mean many code guesses): a wait after the
   * free ones, growing with each further wrong code; a right code forgets them.
   */
  secondFactor: Backoff;
}

export const LOGIN_THROTTLE: LoginThrottleSettings = {
  freeFailures: 5,
  firstWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
  memoryMs: 24 * 60 * 60_000,
  accountCeiling: 100,
  accountWindowMs: 60 * 60_000,
  // Ten codes, then 15 minutes, 30, and one an hour after that: far below ASVS 4.0.3 V2.2.1's 100
  // failed attempts per hour on an account, with NIST SP 800-63B §5.2.2's ever longer waits (its
  // example: 30 seconds up to an hour). A 6-digit code with one step of drift either way (3 codes
  // in 10^6) then takes an attacker who has the password decades on average instead of hours.
  secondFactor: { freeFailures: 10, firstWaitMs: 15 * 60_000, maxWaitMs: 60 * 60_000, memoryMs: 24 * 60 * 60_000 },
};

/** How long after its last attempt an address with this many failures on an account (or an account with this many wrong codes) must wait. */
export function loginWait(failures: number, underAttack: boolean, settings: Backoff = LOGIN_THROTTLE): number {
  if (failures === 0) return 0;
  if (underAttack) return settings.maxWaitMs;
  if (failures < settings.freeFailures) return 0;
  return Math.min(settings.maxWaitMs, settings.firstWaitMs * 2 ** (failures - settings.freeFailures));
}

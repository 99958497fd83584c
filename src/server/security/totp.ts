import { Secret, TOTP } from 'otpauth';
import { randomChars } from './tokens.js';

/** RFC 6238 with the defaults every authenticator app understands: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = 'Wegwijs';

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, account: string): string =>
  new TOTP({ issuer: ISSUER, label: account, secret: Secret.fromBase32(secret), period: PERIOD }).toString();

/**
 * The time step a code belongs to, allowing one step of clock drift either way, or null when it
 * matches none. Callers refuse a step at or before the last one used, so a code works only once.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secret), period: PERIOD, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now.getTime() }) + delta;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use codes like "k7m2-p9qx-4t", about 55 bits each: enough that a keyed hash suffices. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = randomChars(RECOVERY_ALPHABET, 11);
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 11)}`;
  });
}

/** How recovery codes are compared: without dashes, spaces or capitals. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

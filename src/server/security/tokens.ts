import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A random URL-safe token for sessions, invitations and set-up links. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** `length` characters drawn uniformly from `alphabet` by the CSPRNG: codes people read and type. */
export const randomChars = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Tokens are stored only as keyed hashes: a database copy alone yields no usable token. */
export const hashToken = (token: string, secret: string): string => createHmac('sha256', secret).update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

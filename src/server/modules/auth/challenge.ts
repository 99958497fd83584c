import { hashToken, sameToken } from '../../security/tokens.js';

/** How long the code step may take after the password was accepted. */
const CHALLENGE_VALID_MS = 5 * 60 * 1000;

const mac = (payload: string, secret: string) => hashToken(`second-factor-challenge:${payload}`, secret);

/**
 * Proof that the password of an account with a second factor was right, handed to the browser for
 * the code step. Signed rather than stored: a guessing attacker gains nothing from it, because
 * every wrong code counts towards the account's limit on codes (the throttle's claimCode), which
 * also voids the challenges issued before that limit was reached. It names the account's last
 * login, which the login it completes moves on: so it completes one login only (the service
 * checks and moves it in one statement), not every login for five minutes.
 */
export function issueChallenge(user: { id: string; organisationId: string; lastLoginAt: Date | null }, secret: string, now: Date): string {
  const payload = `${user.organisationId}.${user.id}.${user.lastLoginAt?.getTime() ?? ''}.${now.getTime() + CHALLENGE_VALID_MS}`;
  return `${payload}.${mac(payload, secret)}`;
}

/** The account a challenge was issued for, its last login then and when, or null when it is forged or expired. */
export function openChallenge(
  challenge: string,
  secret: string,
  now: Date,
): { organisationId: string; userId: string; lastLoginAt: Date | null; issuedAt: Date } | null {
  const parts = challenge.split('.');
  if (parts.length !== 5) return null;
  const [organisationId, userId, lastLogin, expires, signature] = parts as [string, string, string, string, string];
  if (!sameToken(signature, mac(`${organisationId}.${userId}.${lastLogin}.${expires}`, secret))) return null;
  if (Number(expires) <= now.getTime()) return null;
  return { organisationId, userId, lastLoginAt: lastLogin ? new Date(Number(lastLogin)) : null, issuedAt: new Date(Number(expires) - CHALLENGE_VALID_MS) };
}

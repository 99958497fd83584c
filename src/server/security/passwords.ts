import { hash, verify } from '@node-rs/argon2';
import { checkPassword } from '#core/password-policy.js';
import { invalid } from '../errors.js';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('wegwijs-no-such-account-placeholder');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Refuses a new password that breaks the NIST-based rules of core/password-policy. */
export function assertAcceptablePassword(password: string, context: readonly string[], field: string): void {
  const problem = checkPassword(password, context);
  if (!problem) return;
  const { code, ...params } = problem;
  throw invalid(code, field, params);
}

import type { Database } from '../../db/client.js';
import { seal, unseal } from '../../security/sealed.js';
import { hashToken } from '../../security/tokens.js';
import { normaliseRecoveryCode, totpStep } from '../../security/totp.js';
import { totpRepository, type TotpRow } from './repository.js';

export const TOTP_PURPOSE = 'totp-secret';

export const sealTotpSecret = (plain: string, secret: string) => seal(plain, secret, TOTP_PURPOSE);

/** The seed of a row; a seed sealed under an earlier session secret cannot be read, and no code matches it. */
export const totpSecretOf = (row: TotpRow, secret: string) => unseal(row.secretSealed, secret, TOTP_PURPOSE);

export const hashRecoveryCode = (code: string, secret: string) => hashToken(`recovery:${normaliseRecoveryCode(code)}`, secret);

/**
 * Checks a second-factor code: a current TOTP code not used before, or an unused recovery code,
 * which is crossed off. Locking after repeated failures is the caller's business (checkSecondFactor in service.ts).
 */
export async function verifySecondFactor(db: Database, secret: string, row: TotpRow, code: string, now: Date): Promise<boolean> {
  if (!row.confirmedAt) return false;
  const seed = totpSecretOf(row, secret);
  const step = seed ? totpStep(seed, code, now) : null;
  if (step !== null) return totpRepository.useStep(db, row.userId, step);
  return /[a-z]/i.test(code) && totpRepository.useRecoveryCode(db, row.userId, hashRecoveryCode(code, secret));
}

import type { Database } from '../../db/client.js';
import { conflict, invalid, unauthenticated } from '../../errors.js';
import { qrCode } from '../../export/qr.js';
import { verifyPassword } from '../../security/passwords.js';
import { newRecoveryCodes, newTotpSecret, totpStep, totpUri } from '../../security/totp.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { AuthService } from '../auth/service.js';
import { usersRepository } from '../users/repository.js';
import { totpRepository } from './repository.js';
import { hashRecoveryCode, sealTotpSecret, totpSecretOf } from './second-factor.js';

/** Two-step verification with an authenticator app, for accounts that log in with a password. */
export function createTotpService(db: Database, deps: { secret: string; audit: AuditService; auth: AuthService }) {
  const { secret, audit } = deps;

  /** The actor's account, which must have a password: SSO accounts get their second factor from their provider. */
  async function localAccount(actor: SessionActor) {
    const user = await usersRepository.byId(db, actor.organisationId, actor.userId);
    if (!user) throw unauthenticated();
    if (!user.passwordHash) throw conflict('totpLocalOnly');
    return user;
  }

  return {
    async status(actor: SessionActor) {
      const user = await usersRepository.byId(db, actor.organisationId, actor.userId);
      if (!user) throw unauthenticated();
      const row = await totpRepository.of(db, actor.userId);
      return {
        available: Boolean(user.passwordHash),
        enabled: Boolean(row?.confirmedAt),
        recoveryCodesLeft: row?.confirmedAt ? row.recoveryCodes.length : 0,
      };
    },

    /** A new secret, as text and as QR code for the app; it counts only once confirmed with a code. */
    async enrol(actor: SessionActor, password: string) {
      const user = await localAccount(actor);
      if (!(await verifyPassword(user.passwordHash, password))) throw invalid('invalidCredentials', 'password');
      const seed = newTotpSecret();
      return db.transaction(async (tx) => {
        if (!(await totpRepository.startEnrolment(tx, { userId: user.id, organisationId: user.organisationId, secretSealed: sealTotpSecret(seed, secret) }))) {
          throw conflict('totpAlreadyEnabled');
        }
        await audit.record(tx, asAuditActor(actor), { action: 'user.totp_enrol', entity: 'user', entityId: user.id });
        const uri = totpUri(seed, user.email);
        return { secret: seed, uri, qrSvg: String(await qrCode(uri, 'svg')) };
      });
    },

    /** The first code proves the app has the secret; from now on login asks for a code. Answers the recovery codes, shown once. */
    async confirm(actor: SessionActor, code: string, now = new Date()) {
      const user = await localAccount(actor);
      const row = await totpRepository.of(db, user.id);
      if (!row || row.confirmedAt) throw conflict('totpNotPending');
      const seed = totpSecretOf(row, secret);
      const step = seed ? totpStep(seed, code, now) : null;
      if (step === null) throw invalid('totpInvalidCode', 'code');
      const recoveryCodes = newRecoveryCodes();
      await db.transaction(async (tx) => {
        const hashes = recoveryCodes.map((c) => hashRecoveryCode(c, secret));
        if (!(await totpRepository.confirm(tx, user.id, now, step, hashes))) throw conflict('totpNotPending');
        await audit.record(tx, asAuditActor(actor), { action: 'user.totp_enable', entity: 'user', entityId: user.id });
      });
      return { recoveryCodes };
    },

    /** Turning it off needs the password and a code (or recovery code); wrong codes count towards the account lock. */
    async disable(actor: SessionActor, password: string, code: string) {
      const user = await localAccount(actor);
      if (!(await totpRepository.of(db, user.id))?.confirmedAt) throw conflict('totpNotEnabled');
      if (!(await verifyPassword(user.passwordHash, password))) throw invalid('invalidCredentials', 'password');
      if (!(await deps.auth.checkSecondFactor(user, code))) throw invalid('totpInvalidCode', 'code');
      await db.transaction(async (tx) => {
        await totpRepository.remove(tx, user.id);
        await audit.record(tx, asAuditActor(actor), { action: 'user.totp_disable', entity: 'user', entityId: user.id });
      });
    },
  };
}
export type TotpService = ReturnType<typeof createTotpService>;

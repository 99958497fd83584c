import { z } from 'zod';
import { DEFAULT_LOCALE, isLocale } from '#core/locale.js';
import { userPolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { conflict, invalid, notFound, unauthenticated } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { qrCode } from '../../export/qr.js';
import type { Mailer } from '../../mail/mailer.js';
import { verifyPassword } from '../../security/passwords.js';
import { newRecoveryCodes, newTotpSecret, totpStep, totpUri } from '../../security/totp.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import type { SessionsService } from '../sessions/service.js';
import type { UserRow, UsersService } from '../users/service.js';
import { totpRepository } from './repository.js';
import { totpResetMail } from './reset-mail.js';
import { hashRecoveryCode, sealTotpSecret, totpSecretOf, verifySecondFactor } from './second-factor.js';

/** The mail to a user whose second factor an admin reset; the job carries ids only. */
export const TotpResetJob = z.object({ organisationId: z.uuid(), userId: z.uuid(), adminId: z.uuid(), resetAt: z.iso.datetime() });
export type TotpResetJob = z.infer<typeof TotpResetJob>;

/** Queues the mail as part of the reset's own transaction (jobs/scheduled.ts supplies it). */
export type ResetNotifier = (tx: Database, job: TotpResetJob) => Promise<unknown>;

/** Two-step verification with an authenticator app, for accounts that log in with a password. */
export function createTotpService(
  db: Database,
  deps: { secret: string; audit: AuditService; sessions: SessionsService; users: UsersService; organisations: OrganisationService; mailer: Mailer | null },
) {
  const { secret, audit, sessions } = deps;
  const { accounts } = deps.users;
  /** Without a job queue (most API tests) or a mailer, a reset sends no mail. */
  let notifier: ResetNotifier | null = null;

  /** The actor's account, which must have a password: SSO accounts get their second factor from their provider. */
  async function localAccount(actor: SessionActor) {
    const user = await accounts.byId(db, actor.organisationId, actor.userId);
    if (!user) throw unauthenticated();
    if (!user.passwordHash) throw conflict('totpLocalOnly');
    return user;
  }

  /**
   * A second-factor code of the user from the client at `address`, throttled like passwords (one
   * count per account and address for both) and within the account's limit on codes, which
   * `challengeIssuedAt` (of the login's challenge) may have voided. False when the code is wrong.
   */
  async function checkSecondFactor(user: UserRow, code: string, address: string, now = new Date(), challengeIssuedAt?: Date) {
    const codes = await sessions.throttle.claimCode(user.id, now, challengeIssuedAt);
    const attempt = await sessions.throttle.claim(user.email, address, now, 'code');
    const row = await totpRepository.of(db, user.id);
    if (row && (await verifySecondFactor(db, secret, row, code, now))) {
      await Promise.all([attempt.succeeded(), codes.succeeded()]);
      return true;
    }
    await attempt.failed();
    await sessions.recordFailedLogin(user);
    return false;
  }

  return {
    checkSecondFactor,

    /** Whether a password login asks this account for a code. */
    enabledFor: async (userId: string) => Boolean((await totpRepository.of(db, userId))?.confirmedAt),

    async status(actor: SessionActor) {
      const user = await accounts.byId(db, actor.organisationId, actor.userId);
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

    /** Turning it off needs the password and a code (or recovery code), the code throttled as at login. */
    async disable(actor: SessionActor, password: string, code: string, address: string) {
      const user = await localAccount(actor);
      if (!(await totpRepository.of(db, user.id))?.confirmedAt) throw conflict('totpNotEnabled');
      if (!(await verifyPassword(user.passwordHash, password))) throw invalid('invalidCredentials', 'password');
      if (!(await checkSecondFactor(user, code, address))) throw invalid('totpInvalidCode', 'code');
      await db.transaction(async (tx) => {
        await totpRepository.remove(tx, user.id);
        await audit.record(tx, asAuditActor(actor), { action: 'user.totp_disable', entity: 'user', entityId: user.id });
      });
    },

    /**
     * An admin turns off a colleague's two-step verification when phone and recovery codes are
     * lost: secret and recovery codes go, the colleague's sessions end and they are told by mail.
     * Never one's own: that would skip the code that turning it off normally asks for.
     */
    async reset(actor: SessionActor, userId: string, now = new Date()) {
      authorize(userPolicy.manage, actor);
      await db.transaction(async (tx) => {
        const user = await accounts.byId(tx, actor.organisationId, userId);
        if (!user) throw notFound();
        if (user.id === actor.userId) throw conflict('totpResetOwn');
        if (!(await totpRepository.remove(tx, user.id))) throw conflict('totpNotEnabled');
        await sessions.endAll(tx, user.id);
        await audit.record(tx, asAuditActor(actor), { action: 'user.totp_reset', entity: 'user', entityId: user.id });
        if (notifier && deps.mailer) {
          await notifier(tx, { organisationId: actor.organisationId, userId: user.id, adminId: actor.userId, resetAt: now.toISOString() });
        }
      });
    },

    /** Called once the job queue runs: from then on every reset queues its mail. */
    notifyThrough(queue: ResetNotifier) {
      notifier = queue;
    },

    /** Sends the mail of one reset (the 'totp-reset' job); a failing mail server throws, so the queue tries again. */
    async sendResetNotice(data: unknown, linkBase: string) {
      const { mailer } = deps;
      if (!mailer) return;
      const job = TotpResetJob.parse(data);
      const [to, admin] = await Promise.all([accounts.byId(db, job.organisationId, job.userId), accounts.byId(db, job.organisationId, job.adminId)]);
      if (!to || !admin) return;
      const organisation = await deps.organisations.byId(db, job.organisationId);
      const locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
      await mailer.send(
        totpResetMail(
          { to: { email: to.email, name: to.name, locale }, admin: admin.name, organisation: organisation.name, resetAt: new Date(job.resetAt) },
          linkBase,
        ),
      );
    },
  };
}
export type TotpService = ReturnType<typeof createTotpService>;

import type { Sector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import { AppError, conflict, invalid } from '../../errors.js';
import { assertAcceptablePassword } from '../../security/passwords.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import type { AuditService } from '../audit/service.js';
import type { OrganisationService } from '../organisation/service.js';
import type { SessionsService } from '../sessions/service.js';
import type { UsersService } from '../users/service.js';
import { LISTED_DEMO_LOGINS } from './demo-accounts.js';
import { setupRepository } from './repository.js';

/** The secret that keys token hashes: from the environment, else generated once and kept in the database. */
export async function loadSessionSecret(db: Database, configured?: string): Promise<string> {
  return configured ?? setupRepository.settingOrInsert(db, 'session_secret', randomToken(48));
}

/**
 * The header that carries the set-up token of an import, so that it is checked before the body is
 * read: a stranger cannot make the server receive and parse 32 MB (OWASP ASVS 5.0 V2.4
 * anti-automation, V13.1 per-route limits). A cross-site form cannot send a header of its own either.
 */
export const SETUP_TOKEN_HEADER = 'x-setup-token';

/** A set-up token that is not (or no longer) one, sent in the header. */
export const setupTokenRefused = () => new AppError(403, 'setupTokenInvalid', SETUP_TOKEN_HEADER);

export interface SetupInput {
  token: string;
  organisationName: string;
  sector: Sector;
  name: string;
  email: string;
  password: string;
}

export function createSetupService(
  db: Database,
  deps: { secret: string; audit: AuditService; sessions: SessionsService; users: UsersService; organisations: OrganisationService },
) {
  return {
    needsSetup: async () => !(await deps.organisations.hasRealOrganisation()),

    /**
     * For the login page: which demo login holds which roles in which demo organisation (the
     * demo organisation's, the masterclass trainer's, one other participant's), while the demo is all
     * this installation holds; none once a real organisation exists, so a production login page
     * never lists accounts. Never the password: that stays in the server's console.
     */
    demoLogins: async () =>
      (await deps.organisations.demoOrganisation()) && !(await deps.organisations.hasRealOrganisation())
        ? LISTED_DEMO_LOGINS.map(({ email, roles, organisation }) => ({ email, roles, organisation }))
        : [],

    /** A one-time link to create the first organisation, printed in the console; null once set up. */
    async createSetupLink(linkBase: string): Promise<string | null> {
      if (await deps.organisations.hasRealOrganisation()) return null;
      const token = randomToken();
      await setupRepository.replaceToken(db, hashToken(token, deps.secret));
      return `${linkBase}/setup#token=${token}`;
    },

    /**
     * For a request that would set the installation up, before its body is read (an import may be
     * 32 MB): refused when the installation is set up already, or when `token` (from the
     * SETUP_TOKEN_HEADER) is not a set-up token that may still be used. Using it stays the job of
     * the transaction that sets up, so two requests with one token still make one organisation.
     */
    async assertMaySetUp(token: string | undefined) {
      if (await deps.organisations.hasRealOrganisation()) throw conflict('setupDone');
      // Set-up tokens are 43 characters; anything far longer is not one (and is not worth hashing).
      const usable = typeof token === 'string' && token.length <= 128 && (await setupRepository.tokenUnused(db, hashToken(token, deps.secret)));
      if (!usable) throw setupTokenRefused();
    },

    async setup(input: SetupInput) {
      assertAcceptablePassword(input.password, [input.name, input.email, input.organisationName], 'password');
      const now = new Date();
      return db.transaction(async (tx) => {
        if (await deps.organisations.hasRealOrganisation(tx)) throw conflict('setupDone');
        if (!(await setupRepository.useToken(tx, hashToken(input.token, deps.secret), now))) throw invalid('setupTokenInvalid', 'token');
        const organisation = await deps.organisations.create(tx, { name: input.organisationName.trim(), sector: input.sector });
        // The first account administers the organisation and can start programmes straight away.
        const user = await deps.users.createActive(tx, {
          organisationId: organisation.id,
          email: input.email,
          name: input.name,
          roles: ['admin', 'coordinator'],
          password: input.password,
        });
        await deps.audit.record(
          tx,
          { userId: user.id, organisationId: organisation.id, name: user.name },
          {
            action: 'organisation.setup',
            entity: 'organisation',
            entityId: organisation.id,
            after: { name: organisation.name, sector: input.sector, admin: user.email },
          },
        );
        return deps.sessions.start(tx, user, organisation, now);
      });
    },
  };
}
export type SetupService = ReturnType<typeof createSetupService>;

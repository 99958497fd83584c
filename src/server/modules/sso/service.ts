import { z } from 'zod';
import { organisationPolicy } from '#core/policies/index.js';
import { isRole, type Role } from '#core/roles.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, invalid } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { seal, unseal } from '../../security/sealed.js';
import { asAuditActor, type AuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import type { SessionsService } from '../sessions/service.js';
import type { UserRow, UsersService } from '../users/service.js';
import type { OidcClient, PendingLogin } from './oidc.js';
import { ssoRepository, type SsoConfigRow } from './repository.js';

const CLIENT_SECRET = 'sso-client-secret';
const PENDING_LOGIN = 'sso-pending-login';
const ID_TOKEN = 'sso-id-token';

/** The issuer an ID token names: its payload read, not verified (that happened at the login). */
const issuerOf = (idToken: string): unknown => (JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: unknown }).iss;
const sameIssuer = (a: unknown, b: string) => typeof a === 'string' && a.replace(/\/$/, '') === b.replace(/\/$/, '');
/** Time to log in at the provider before the round trip is no longer accepted. */
export const PENDING_LOGIN_MS = 10 * 60 * 1000;

/** Why a single sign-on did not end in a session; the login page explains each in the user's language. */
export type SsoFailureReason = 'unknown' | 'unavailable' | 'expired' | 'refused' | 'noEmail' | 'otherOrganisation' | 'deactivated';

export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    cause?: unknown,
  ) {
    super(reason, { cause });
  }
}

export interface SsoSettings {
  enabled: boolean;
  loginName: string;
  issuer: string;
  clientId: string;
  /** Absent: keep the stored one. */
  clientSecret?: string;
  defaultRole: Role;
  groupClaim: string;
  groupRoles: { group: string; role: Role }[];
  ssoOnly: boolean;
  logoutAtProvider: boolean;
}

/** The settings as the API shows them: never the client secret, only whether there is one. */
const publicSettings = (row: SsoConfigRow) => ({
  enabled: row.enabled,
  loginName: row.loginName,
  issuer: row.issuer,
  clientId: row.clientId,
  clientSecretSet: true,
  defaultRole: row.defaultRole as Role,
  groupClaim: row.groupClaim,
  groupRoles: row.groupRoles as { group: string; role: Role }[],
  ssoOnly: row.ssoOnly,
  logoutAtProvider: row.logoutAtProvider,
  updatedAt: row.updatedAt,
});

const PendingCookie = z.object({ organisationId: z.uuid(), state: z.string(), nonce: z.string(), codeVerifier: z.string(), expires: z.number() });

const claimText = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The address to identify the person by: `email`, or Entra ID's `preferred_username` when it is one. */
function emailOf(claims: Record<string, unknown>): string | undefined {
  if (claims.email_verified === false) return undefined;
  const email = [claimText(claims.email), claimText(claims.preferred_username)].find((v) => v && z.email().max(254).safeParse(v).success);
  return email?.toLowerCase();
}

function nameOf(claims: Record<string, unknown>, email: string): string {
  const given = [claimText(claims.given_name), claimText(claims.family_name)].filter(Boolean).join(' ');
  return (claimText(claims.name) ?? (given || email)).slice(0, 120);
}

/** The roles the groups give, with the default role; null when roles are not taken from groups. */
function rolesFromGroups(config: SsoConfigRow, claims: Record<string, unknown>): Role[] | null {
  const mapping = config.groupRoles;
  if (!config.groupClaim || mapping.length === 0) return null;
  const value = claims[config.groupClaim];
  const groups = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  const mapped = mapping.filter((m) => groups.includes(m.group)).map((m) => m.role);
  return [...new Set([config.defaultRole, ...mapped])].filter(isRole);
}

export function createSsoService(
  db: Database,
  deps: { secret: string; audit: AuditService; sessions: SessionsService; users: UsersService; organisations: OrganisationService; oidc: OidcClient },
) {
  const { secret, audit, oidc } = deps;
  const { accounts } = deps.users;

  const provider = (config: SsoConfigRow) => {
    const clientSecret = unseal(config.clientSecretSealed, secret, CLIENT_SECRET);
    // Sealed under an earlier session secret: the admin must enter it again.
    if (clientSecret === null) throw new SsoFailure('unavailable');
    return { issuer: config.issuer, clientId: config.clientId, clientSecret };
  };

  /** Only an organisation with single sign-on switched on takes part. */
  function usable(config: SsoConfigRow | undefined): SsoConfigRow {
    if (!config?.enabled) throw new SsoFailure('unknown');
    return config;
  }

  /** An existing account for this identity (linked earlier, or by address in the same organisation), or a new one. */
  async function accountFor(tx: Database, config: SsoConfigRow, claims: Record<string, unknown>, now: Date): Promise<{ user: UserRow; created: boolean }> {
    const subject = claimText(claims.sub)!;
    const linked = await ssoRepository.identity(tx, config.organisationId, config.issuer, subject);
    const known = linked && (await accounts.byId(tx, config.organisationId, linked.userId));
    if (known) return { user: known, created: false };

    const email = emailOf(claims);
    if (!email) throw new SsoFailure('noEmail');
    // An address holds one account across the installation: another organisation's is never taken
    // over. Failing that, this organisation's invitation (or deactivated account) for it.
    let user = (await accounts.byEmail(tx, email)) ?? (await accounts.byEmailIn(tx, config.organisationId, email));
    if (user && user.organisationId !== config.organisationId) throw new SsoFailure('otherOrganisation');
    const existing = user && (await ssoRepository.identityOf(tx, user.id));
    // Already linked to someone else at this same provider: the address alone does not move the account.
    if (existing && existing.issuer === config.issuer) throw new SsoFailure('refused');
    const created = !user;
    user ??= await accounts.insert(tx, {
      organisationId: config.organisationId,
      email,
      name: nameOf(claims, email),
      roles: rolesFromGroups(config, claims) ?? [config.defaultRole],
      status: 'active',
      lastLoginAt: now,
    });
    await ssoRepository.link(tx, { userId: user.id, organisationId: config.organisationId, issuer: config.issuer, subject });
    return { user, created };
  }

  /** Roles follow the groups at every login when a mapping is set; the last active administrator stays one. */
  async function syncRoles(tx: Database, config: SsoConfigRow, user: UserRow, claims: Record<string, unknown>) {
    const fromGroups = rolesFromGroups(config, claims);
    if (!fromGroups) return user.roles;
    const roles = [...fromGroups];
    const wasAdmin = user.status === 'active' && user.roles.includes('admin');
    if (wasAdmin && !roles.includes('admin') && (await accounts.countActiveAdmins(tx, config.organisationId)) <= 1) roles.push('admin');
    return roles;
  }

  return {
    /** The organisation's single sign-on when it is the only way in for this account (see the repository), else undefined. */
    ssoOnlyFor: (account: { organisationId: string; roles: readonly string[] }) => ssoRepository.ssoOnlyFor(db, account),

    async settings(actor: SessionActor) {
      authorize(organisationPolicy.update, actor);
      const row = await ssoRepository.of(db, actor.organisationId);
      return row ? publicSettings(row) : null;
    },

    /** Whether the operator allows this issuer on plain http (the settings' schema asks). */
    trustsIssuer: (url: URL) => oidc.trusts(url),

    async saveSettings(actor: SessionActor, input: SsoSettings) {
      authorize(organisationPolicy.update, actor);
      // Said now rather than at the first login: the server will not call into its own network for an organisation.
      if (await oidc.refusal(input.issuer)) throw invalid('issuerNotPublic', 'issuer');
      try {
        return await db.transaction(async (tx) => {
          const before = await ssoRepository.of(tx, actor.organisationId);
          if (!before && !input.clientSecret) throw invalid('ssoClientSecretRequired', 'clientSecret');
          const { clientSecret, ...settings } = input;
          const saved = await ssoRepository.save(tx, {
            organisationId: actor.organisationId,
            ...settings,
            loginName: settings.loginName.toLowerCase(),
            issuer: settings.issuer.replace(/\/$/, ''),
            clientSecretSealed: clientSecret ? seal(clientSecret, secret, CLIENT_SECRET) : before!.clientSecretSealed,
          });
          await audit.record(tx, asAuditActor(actor), {
            action: 'organisation.sso_update',
            entity: 'organisation',
            entityId: actor.organisationId,
            before: before ? publicSettings(before) : null,
            after: { ...publicSettings(saved), clientSecretChanged: Boolean(clientSecret) },
          });
          return publicSettings(saved);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('ssoLoginNameTaken', 'loginName');
        throw error;
      }
    },

    /** Where to send the browser, and the sealed cookie that ties its return to this start. */
    async start(loginNameOrId: string, redirectUri: string, now = new Date()) {
      const config = usable(await ssoRepository.byLoginNameOrId(db, loginNameOrId));
      const { url, pending } = await oidc.authorizationUrl(provider(config), redirectUri).catch((error: unknown) => {
        throw new SsoFailure('unavailable', error);
      });
      const cookie = seal(
        JSON.stringify({ organisationId: config.organisationId, ...pending, expires: now.getTime() + PENDING_LOGIN_MS }),
        secret,
        PENDING_LOGIN,
      );
      return { url: url.href, cookie };
    },

    /**
     * The provider sent the browser back: check the round trip (state, nonce, PKCE, ID token), find
     * or create the account in the organisation the login was started for, and open a session.
     */
    async finish(cookie: string | undefined, callbackUrl: URL, now = new Date()) {
      const opened = cookie ? unseal(cookie, secret, PENDING_LOGIN) : null;
      const parsed = opened ? PendingCookie.safeParse(JSON.parse(opened)) : undefined;
      if (!parsed?.success || parsed.data.expires < now.getTime()) throw new SsoFailure('expired');
      const { organisationId, ...pending } = parsed.data;
      const config = usable(await ssoRepository.of(db, organisationId));
      const { claims, idToken } = await oidc.claims(provider(config), callbackUrl, pending satisfies PendingLogin).catch((error: unknown) => {
        throw new SsoFailure('refused', error);
      });
      if (!claimText(claims.sub)) throw new SsoFailure('refused');

      return db.transaction(async (tx) => {
        const { user, created } = await accountFor(tx, config, claims, now);
        if (user.status === 'deactivated') throw new SsoFailure('deactivated');
        const roles = await syncRoles(tx, config, user, claims);
        // SSO proves who it is: an invitation not yet accepted is accepted by this login.
        const updated = await accounts.update(tx, organisationId, user.id, { roles, status: 'active', lastLoginAt: now });
        const organisation = await deps.organisations.byId(tx, organisationId);
        const started = await deps.sessions.start(tx, updated, organisation, now, seal(idToken, secret, ID_TOKEN));
        const actor: AuditActor = asAuditActor(started.session.actor);
        if (created) await audit.record(tx, actor, { action: 'user.sso_create', entity: 'user', entityId: user.id, after: { email: updated.email, roles } });
        else if (roles.join() !== user.roles.join()) {
          await audit.record(tx, actor, { action: 'user.sso_roles', entity: 'user', entityId: user.id, before: { roles: user.roles }, after: { roles } });
        }
        await audit.record(tx, actor, { action: 'auth.sso_login', entity: 'user', entityId: user.id });
        return started;
      });
    },

    /**
     * Where to send the browser to end the session at the provider too, after an SSO session ended
     * here: null when the organisation turned that off or the provider has no end_session_endpoint.
     */
    async providerLogoutUrl(organisationId: string, idTokenSealed: string, postLogoutRedirectUri: string): Promise<string | null> {
      const config = await ssoRepository.of(db, organisationId);
      // Sealed under an earlier session secret: there is no hint to send.
      const idToken = unseal(idTokenSealed, secret, ID_TOKEN);
      // A session from before the issuer changed: its token means nothing to the new provider.
      if (!config?.logoutAtProvider || idToken === null || !sameIssuer(issuerOf(idToken), config.issuer)) return null;
      return (await oidc.endSessionUrl(provider(config), idToken, postLogoutRedirectUri))?.href ?? null;
    },
  };
}
export type SsoService = ReturnType<typeof createSsoService>;

import { z } from 'zod';
import { LOCALES } from '#core/locale.js';
import { HOME_PAGES, SESSION_RULE_NAMES, type SessionRule } from '#core/policies/session.js';
import { ROLES } from '#core/roles.js';
import { Instant, type Json } from './common.js';
import { Organisation } from './organisation.js';

/** The logged-in user as their own session shows them. */
export const SessionUser = z.object({ id: z.uuid(), name: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)), locale: z.enum(LOCALES) });
export type SessionUser = Json<typeof SessionUser>;

/** What the session's user may do anywhere, one answer per rule of core/policies/session.ts. */
export const SessionCan = z.object(Object.fromEntries(SESSION_RULE_NAMES.map((rule) => [rule, z.boolean()])) as Record<SessionRule, z.ZodBoolean>);
export type SessionCan = Json<typeof SessionCan>;

/**
 * A session just opened or resumed, with the organisation's settings as GET /api/organisation has
 * them, what its user may do and the page they start on; the CSRF token goes in the X-CSRF-Token
 * header of every change.
 */
export const LoggedIn = z.object({
  authenticated: z.literal(true),
  csrfToken: z.string(),
  user: SessionUser,
  organisation: Organisation,
  can: SessionCan,
  home: z.enum(HOME_PAGES),
});
export type LoggedIn = Json<typeof LoggedIn>;

/** GET /api/auth/session: logged in, or not (and then whether the installation is still to be set up). */
export const Session = z.discriminatedUnion('authenticated', [z.object({ authenticated: z.literal(false), needsSetup: z.boolean() }), LoggedIn]);
export type Session = Json<typeof Session>;

/** The password step: a session or, with two-step verification on, a challenge for the code step. */
export const LoginAnswer = z.discriminatedUnion('authenticated', [
  LoggedIn,
  z.object({ authenticated: z.literal(false), totpRequired: z.literal(true), challenge: z.string() }),
]);
export type LoginAnswer = Json<typeof LoginAnswer>;

/** After a single sign-on: the provider's logout address for the browser to go to; else null. */
export const LoggedOut = z.object({ providerLogoutUrl: z.string().nullable() });
export type LoggedOut = Json<typeof LoggedOut>;

export const Me = z.object({ user: SessionUser });
export type Me = Json<typeof Me>;

/** Two-step verification: `available` only for accounts with a password (SSO accounts use their provider's). */
export const TotpStatus = z.object({ available: z.boolean(), enabled: z.boolean(), recoveryCodesLeft: z.number().int() });
export type TotpStatus = Json<typeof TotpStatus>;

/** The new secret, to its own account only, for the authenticator app: as text, as otpauth URI and as QR code. */
export const TotpEnrolment = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export type TotpEnrolment = Json<typeof TotpEnrolment>;

/** Two-step verification is on: the recovery codes, shown once (the server keeps only their hashes). */
export const TotpConfirmed = z.object({ recoveryCodes: z.array(z.string()) });
export type TotpConfirmed = Json<typeof TotpConfirmed>;

/** The organisation's single sign-on: never the client secret, only whether there is one. */
export const SsoSettings = z.object({
  enabled: z.boolean(),
  loginName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  defaultRole: z.enum(ROLES),
  groupClaim: z.string(),
  groupRoles: z.array(z.object({ group: z.string(), role: z.enum(ROLES) })),
  ssoOnly: z.boolean(),
  logoutAtProvider: z.boolean(),
  updatedAt: Instant,
});
export type SsoSettings = Json<typeof SsoSettings>;

/** The settings (null before the first save) with the addresses to register at the provider. */
export const SsoAnswer = z.object({ sso: SsoSettings.nullable(), callbackUrl: z.string(), postLogoutRedirectUri: z.string() });
export type SsoAnswer = Json<typeof SsoAnswer>;

/** A single sign-on step sends the browser on: to the provider, into the app, or back to the login page. */
export const SsoRedirect = { 302: z.void().describe('Redirect to the identity provider, to the app, or to /login?sso=<reason>') } as const;

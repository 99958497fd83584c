import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SsoAnswer, SsoRedirect } from '#contract/auth.js';
import { ROLES } from '#core/roles.js';
import { linkBase, postLogoutRedirectUri, type RouteContext } from '../../context.js';
import { text } from '../../http/schemas.js';
import { requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { PENDING_LOGIN_MS, SsoFailure } from './service.js';

/** Carries state, nonce and PKCE verifier (sealed) from the start to the callback; only those routes see it. */
const PENDING_COOKIE = 'wegwijs_sso';
const PENDING_COOKIE_PATH = '/api/auth/sso';

/** What staff type on the login page: like a host name, so it also reads well in a link. */
const LoginName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'loginNameFormat');

/** The provider's address: https, or plain http where the operator allows it (SSO_ALLOW_PRIVATE_ISSUERS). */
const Issuer = (trusted: (url: URL) => boolean) =>
  z
    .url()
    .max(500)
    .refine((value) => {
      // Zod runs this check after a failed z.url() too.
      const url = URL.canParse(value) ? new URL(value) : null;
      return url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && trusted(url)));
    }, 'issuerNotHttps');

const SsoSettingsBody = (trusted: (url: URL) => boolean) =>
  z
    .object({
      enabled: z.boolean(),
      loginName: LoginName,
      issuer: Issuer(trusted),
      clientId: text().trim().min(1).max(300),
      clientSecret: text().min(1).max(1000).optional(),
      defaultRole: z.enum(ROLES),
      groupClaim: text().trim().max(100),
      groupRoles: z.array(z.object({ group: text().trim().min(1).max(300), role: z.enum(ROLES) }).strict()).max(50),
      ssoOnly: z.boolean(),
      logoutAtProvider: z.boolean(),
    })
    .strict();

export const ssoRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { sso } = ctx.services;
  const callbackUrl = (request: FastifyRequest) => `${linkBase(ctx, request)}/api/auth/sso/callback`;
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: ctx.cookie.secure, path: PENDING_COOKIE_PATH };
  const rateLimit = { max: 30, timeWindow: '1 minute' };

  /** A browser on its way through the login: problems are shown on the login page, not as JSON. */
  function backToLogin(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    const reason = error instanceof SsoFailure ? error.reason : 'refused';
    request.log.warn({ err: error instanceof SsoFailure ? error.cause : error, reason }, 'single sign-on failed');
    return reply.redirect(`/login?sso=${reason}`);
  }

  app.get(
    '/api/auth/sso/:organisation/start',
    {
      schema: {
        params: z.object({
          organisation: z
            .string()
            .max(64)
            .regex(/^[A-Za-z0-9-]+$/, 'loginNameFormat'),
        }),
        response: SsoRedirect,
      },
      config: { rateLimit },
    },
    async (request, reply) => {
      try {
        const { url, cookie } = await sso.start(request.params.organisation, callbackUrl(request));
        reply.setCookie(PENDING_COOKIE, cookie, { ...cookieOptions, maxAge: PENDING_LOGIN_MS / 1000 });
        return reply.redirect(url);
      } catch (error) {
        return backToLogin(request, reply, error);
      }
    },
  );

  // The provider sends the browser here; what it sends is checked by openid-client, so no schema of our own.
  app.get('/api/auth/sso/callback', { schema: { response: SsoRedirect }, config: { rateLimit } }, async (request, reply) => {
    const pending = request.cookies[PENDING_COOKIE];
    reply.clearCookie(PENDING_COOKIE, cookieOptions);
    try {
      const { token } = await sso.finish(pending, new URL(request.url, linkBase(ctx, request)));
      setSessionCookie(reply, token, ctx.cookie);
      return reply.redirect('/');
    } catch (error) {
      return backToLogin(request, reply, error);
    }
  });

  /** The addresses to register at the provider come with the settings. */
  const addresses = (request: FastifyRequest) => ({ callbackUrl: callbackUrl(request), postLogoutRedirectUri: postLogoutRedirectUri(ctx, request) });

  app.get('/api/organisation/sso', { schema: { response: { 200: SsoAnswer } } }, async (request) => ({
    sso: await sso.settings(requireActor(request)),
    ...addresses(request),
  }));

  app.put('/api/organisation/sso', { schema: { body: SsoSettingsBody(sso.trustsIssuer), response: { 200: SsoAnswer } } }, async (request) => ({
    sso: await sso.saveSettings(requireActor(request), request.body),
    ...addresses(request),
  }));
};

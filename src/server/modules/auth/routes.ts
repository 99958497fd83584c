import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoggedIn, LoggedOut, LoginAnswer, Me, Session } from '#contract/auth.js';
import { NoContent } from '#contract/common.js';
import { Invitation } from '#contract/users.js';
import { postLogoutRedirectUri, type RouteContext } from '../../context.js';
import { Email, Locale, NoBody, Password, PersonName, SecondFactorCode, Token } from '../../http/schemas.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from './service.js';

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { auth, sessions, setup, sso } = ctx.services;

  app.get('/api/auth/session', { schema: { response: { 200: Session } } }, async (request) =>
    request.session ? sessionView(request.session) : { authenticated: false as const, needsSetup: await setup.needsSetup() },
  );

  app.post(
    '/api/auth/login',
    {
      schema: { body: z.object({ email: Email, password: Password }).strict(), response: { 200: LoginAnswer } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await auth.login(request.body.email, request.body.password, request.ip);
      // An account with two-step verification is not logged in yet: the code step follows.
      if ('challenge' in result) return { authenticated: false as const, totpRequired: true as const, challenge: result.challenge };
      setSessionCookie(reply, result.token, ctx.cookie);
      return sessionView(result.session);
    },
  );

  app.post(
    '/api/auth/login/totp',
    {
      schema: { body: z.object({ challenge: z.string().min(1).max(256), code: SecondFactorCode }).strict(), response: { 200: LoggedIn } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await auth.loginWithCode(request.body.challenge, request.body.code, request.ip);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );

  /**
   * Ends the session here first, whatever the provider does. After a single sign-on it also answers
   * the provider's logout address for the browser to go to (shared computers: the next person must
   * not be logged in as this one); null when there is none or it cannot be found right now.
   */
  app.post('/api/auth/logout', { schema: { body: NoBody, response: { 200: LoggedOut } } }, async (request, reply) => {
    const actor = requireActor(request);
    const { ssoIdTokenSealed } = await sessions.logout(actor);
    clearSessionCookie(reply, ctx.cookie);
    const providerLogoutUrl = ssoIdTokenSealed
      ? await sso.providerLogoutUrl(actor.organisationId, ssoIdTokenSealed, postLogoutRedirectUri(ctx, request)).catch((error: unknown) => {
          request.log.warn({ err: error }, 'logout at the identity provider not possible');
          return null;
        })
      : null;
    return { providerLogoutUrl };
  });

  app.patch(
    '/api/auth/me',
    { schema: { body: z.object({ name: PersonName.optional(), locale: Locale.optional() }).strict(), response: { 200: Me } } },
    async (request) => ({ user: await auth.updateMe(requireActor(request), request.body) }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: { body: z.object({ currentPassword: Password, newPassword: Password }).strict(), response: NoContent },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await auth.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send();
    },
  );

  // Public: the invitee has no account yet.
  app.get('/api/invitations/:token', { schema: { params: z.object({ token: Token }), response: { 200: Invitation } } }, async (request) =>
    auth.describeInvitation(request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: { body: z.object({ token: Token, name: PersonName, password: Password }).strict(), response: { 200: LoggedIn } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await auth.acceptInvitation(request.body);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../context.js';
import { Email, Locale, NoBody, Password, PersonName } from '../../http/schemas.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from './service.js';

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { auth, setup } = ctx.services;

  app.get('/api/auth/session', { schema: {} }, async (request) =>
    request.session ? sessionView(request.session) : { authenticated: false as const, needsSetup: await setup.needsSetup() },
  );

  app.post(
    '/api/auth/login',
    {
      schema: { body: z.object({ email: Email, password: Password }).strict() },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await auth.login(request.body.email, request.body.password);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );

  app.post('/api/auth/logout', { schema: { body: NoBody } }, async (request, reply) => {
    await auth.logout(requireActor(request));
    clearSessionCookie(reply, ctx.cookie);
    return reply.status(204).send();
  });

  app.patch(
    '/api/auth/me',
    { schema: { body: z.object({ name: PersonName.optional(), locale: Locale.optional() }).strict() } },
    async (request) => ({ user: await auth.updateMe(requireActor(request), request.body) }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: { body: z.object({ currentPassword: Password, newPassword: Password }).strict() },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await auth.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send();
    },
  );
};

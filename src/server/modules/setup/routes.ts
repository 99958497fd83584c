import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SECTORS } from '../../../core/sector.js';
import type { RouteContext } from '../../context.js';
import { Email, Password, PersonName, Token, text } from '../../http/schemas.js';
import { setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';

export const setupRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { setup } = ctx.services;

  app.get('/api/setup/status', { schema: {} }, async () => ({ needsSetup: await setup.needsSetup() }));

  // Public, so the login page can say which demo login to use; an empty list without a demo.
  app.get('/api/demo/logins', { schema: {} }, async () => ({ logins: await setup.demoLogins() }));

  app.post(
    '/api/setup',
    {
      schema: {
        body: z
          .object({ token: Token, organisationName: text().trim().min(2).max(160), sector: z.enum(SECTORS), name: PersonName, email: Email, password: Password })
          .strict(),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await setup.setup(request.body);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );
};

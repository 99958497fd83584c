import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoggedIn } from '#contract/auth.js';
import { DemoLogins, SetupStatus } from '#contract/setup.js';
import { SECTORS } from '#core/sector.js';
import type { RouteContext } from '../../context.js';
import { Email, Password, PersonName, Token, text } from '../../http/schemas.js';
import { setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';

export const setupRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { setup } = ctx.services;

  app.get('/api/setup/status', { schema: { response: { 200: SetupStatus } } }, async () => ({ needsSetup: await setup.needsSetup() }));

  // Public, so the login page can say which demo login to use; an empty list without a demo.
  app.get('/api/demo/logins', { schema: { response: { 200: DemoLogins } } }, async () => ({ logins: await setup.demoLogins() }));

  app.post(
    '/api/setup',
    {
      schema: {
        body: z
          .object({
            token: Token,
            organisationName: text().trim().min(2).max(160),
            sector: z.enum(SECTORS),
            name: PersonName,
            email: Email,
            password: Password,
          })
          .strict(),
        response: { 200: LoggedIn },
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationDocument } from '../../../core/export/document.js';
import type { RouteContext } from '../../context.js';
import { Email, Password, PersonName, Token } from '../../http/schemas.js';
import { requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';

/** An organisation with years of survey answers and worksheets is far more than the usual 256 kB. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export const transferRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { transfer } = ctx.services;

  app.get('/api/organisation/export', { schema: {} }, async (request, reply) => {
    const document = await transfer.export(requireActor(request));
    const day = document.exportedAt.slice(0, 10);
    return reply.header('content-disposition', `attachment; filename="wegwijs-organisatie-${day}.json"`).send(document);
  });

  // On a new installation, instead of POST /api/setup: the set-up token is the permission.
  app.post(
    '/api/organisation/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { body: z.object({ token: Token, name: PersonName, email: Email, password: Password, document: OrganisationDocument }).strict() },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await transfer.import(request.body);
      setSessionCookie(reply, token, ctx.cookie);
      return reply.status(201).send(sessionView(session));
    },
  );
};

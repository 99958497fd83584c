import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../context.js';
import { Locale, text } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

export const organisationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { organisations } = ctx.services;

  app.get('/api/organisation', { schema: {} }, async (request) => ({
    organisation: await organisations.get(requireActor(request)),
  }));

  app.patch(
    '/api/organisation',
    {
      schema: {
        body: z
          .object({
            name: text().trim().min(2).max(160).optional(),
            // Smaller groups than 3 could reveal individual answers; the brief sets 3 as the floor.
            minGroupSize: z.number().int().min(3).max(50).optional(),
            defaultLocale: Locale.optional(),
          })
          .strict(),
      },
    },
    async (request) => ({ organisation: await organisations.update(requireActor(request), request.body) }),
  );
};

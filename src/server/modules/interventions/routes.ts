import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../context.js';
import { IdParams } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

export const interventionsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { interventions } = ctx.services;

  app.get('/api/programmes/:id/interventions/functions', { schema: { params: IdParams } }, async (request) =>
    interventions.proposedFunctions(requireActor(request), request.params.id),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditLog } from '#contract/audit.js';
import type { RouteContext } from '../../context.js';
import { DateTime, text } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const Query = z
  .object({
    action: text().trim().max(100).optional(),
    entity: text().trim().max(50).optional(),
    actorId: z.uuid().optional(),
    from: DateTime.optional(),
    to: DateTime.optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get('/api/audit', { schema: { querystring: Query, response: { 200: AuditLog } } }, async (request) => {
    const { offset, limit, ...filter } = request.query;
    return ctx.services.audit.list(requireActor(request), filter, { offset, limit });
  });
};

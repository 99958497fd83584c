import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActionInput } from '../../../core/execution/actions.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

export const executionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { execution } = ctx.services;
  const base = '/api/programmes/:id/actions';

  app.get(base, { schema: { params: IdParams } }, async (request) => execution.list(requireActor(request), request.params.id));
  app.post(base, { schema: { params: IdParams, body: ActionInput } }, async (request, reply) =>
    reply.code(201).send(await execution.create(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${base}/:actionId`, { schema: { params: ActionParams, body: ActionInput } }, async (request) =>
    execution.update(requireActor(request), request.params.id, request.params.actionId, request.body),
  );
  app.delete(`${base}/:actionId`, { schema: { params: ActionParams, body: NoBody } }, async (request, reply) => {
    await execution.remove(requireActor(request), request.params.id, request.params.actionId);
    return reply.code(204).send();
  });
};

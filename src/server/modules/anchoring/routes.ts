import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnchoringChecklist, AnchoringItem, StandardAdded } from '#contract/anchoring.js';
import { NoContent } from '#contract/common.js';
import { AnchoringInput } from '#core/anchoring/checklist.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const anchoringRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { anchoring } = ctx.services;
  const base = '/api/programmes/:id/anchoring';

  app.get(base, { schema: { params: IdParams, response: { 200: AnchoringChecklist } } }, async (request) =>
    anchoring.list(requireActor(request), request.params.id),
  );
  app.post(base, { schema: { params: IdParams, body: AnchoringInput, response: { 201: AnchoringItem } } }, async (request, reply) =>
    reply.code(201).send(await anchoring.create(requireActor(request), request.params.id, request.body)),
  );
  app.post(`${base}/standard`, { schema: { params: IdParams, body: NoBody, response: { 200: StandardAdded } } }, async (request) =>
    anchoring.addStandard(requireActor(request), request.params.id, request.locale),
  );
  app.put(`${base}/:itemId`, { schema: { params: ItemParams, body: AnchoringInput, response: { 200: AnchoringItem } } }, async (request) =>
    anchoring.update(requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete(`${base}/:itemId`, { schema: { params: ItemParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await anchoring.remove(requireActor(request), request.params.id, request.params.itemId);
    return reply.code(204).send();
  });
};

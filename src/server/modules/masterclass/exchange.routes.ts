import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '#contract/common.js';
import { Exchange, ExchangeCopy } from '#contract/masterclass-exchange.js';
import { ExchangeInput } from '#core/masterclass/exchange.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const Published = z.object({ id: z.uuid() });

/** The cohort's exchange: published interventions, copying one into the own library, figures over five or more organisations. */
export const exchangeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { exchange } = ctx.services;
  const base = '/api/cohorts/:id/exchange';

  app.get(base, { schema: { params: IdParams, response: { 200: Exchange } } }, async (request) => exchange.list(requireActor(request), request.params.id));
  app.post(base, { schema: { params: IdParams, body: ExchangeInput, response: { 201: Published } } }, async (request, reply) =>
    reply.code(201).send(await exchange.publish(requireActor(request), request.params.id, request.body)),
  );
  app.delete(`${base}/:itemId`, { schema: { params: ItemParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await exchange.withdraw(requireActor(request), request.params.id, request.params.itemId);
    return reply.code(204).send();
  });
  app.post(`${base}/:itemId/copy`, { schema: { params: ItemParams, body: NoBody, response: { 201: ExchangeCopy } } }, async (request, reply) =>
    reply.code(201).send(await exchange.copy(requireActor(request), request.params.id, request.params.itemId)),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '#contract/common.js';
import { Action, ActionList, CheckinOverview, CheckinRecord, CommunicationItem, CommunicationPlan } from '#contract/execution.js';
import { ActionInput } from '#core/execution/actions.js';
import { CheckinInput } from '#core/execution/checkins.js';
import { CommunicationInput } from '#core/execution/communication.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const CheckinParams = z.object({ id: z.uuid(), checkinId: z.uuid() });

export const executionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { execution, communication, checkins } = ctx.services;
  const base = '/api/programmes/:id/actions';

  app.get(base, { schema: { params: IdParams, response: { 200: ActionList } } }, async (request) => execution.list(requireActor(request), request.params.id));
  app.post(base, { schema: { params: IdParams, body: ActionInput, response: { 201: Action } } }, async (request, reply) =>
    reply.code(201).send(await execution.create(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${base}/:actionId`, { schema: { params: ActionParams, body: ActionInput, response: { 200: Action } } }, async (request) =>
    execution.update(requireActor(request), request.params.id, request.params.actionId, request.body),
  );
  app.delete(`${base}/:actionId`, { schema: { params: ActionParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await execution.remove(requireActor(request), request.params.id, request.params.actionId);
    return reply.code(204).send();
  });

  const plan = '/api/programmes/:id/communication';
  app.get(plan, { schema: { params: IdParams, response: { 200: CommunicationPlan } } }, async (request) =>
    communication.list(requireActor(request), request.params.id),
  );
  app.post(plan, { schema: { params: IdParams, body: CommunicationInput, response: { 201: CommunicationItem } } }, async (request, reply) =>
    reply.code(201).send(await communication.create(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${plan}/:itemId`, { schema: { params: ItemParams, body: CommunicationInput, response: { 200: CommunicationItem } } }, async (request) =>
    communication.update(requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete(`${plan}/:itemId`, { schema: { params: ItemParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await communication.remove(requireActor(request), request.params.id, request.params.itemId);
    return reply.code(204).send();
  });

  const meetings = '/api/programmes/:id/checkins';
  app.get(meetings, { schema: { params: IdParams, response: { 200: CheckinOverview } } }, async (request) =>
    checkins.overview(requireActor(request), request.params.id),
  );
  app.post(meetings, { schema: { params: IdParams, body: CheckinInput, response: { 201: CheckinRecord } } }, async (request, reply) =>
    reply.code(201).send(await checkins.create(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${meetings}/:checkinId`, { schema: { params: CheckinParams, body: CheckinInput, response: { 200: CheckinRecord } } }, async (request) =>
    checkins.update(requireActor(request), request.params.id, request.params.checkinId, request.body),
  );
  app.delete(`${meetings}/:checkinId`, { schema: { params: CheckinParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await checkins.remove(requireActor(request), request.params.id, request.params.checkinId);
    return reply.code(204).send();
  });
};

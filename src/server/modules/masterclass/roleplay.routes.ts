import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RoleplayOverview, RoundShared, RoundStarted, RoundView, ScoreSummary, SubgroupRounds } from '#contract/masterclass-roleplay.js';
import { ObserverScoresInput } from '#core/masterclass/roleplay.js';
import type { RouteContext } from '../../context.js';
import { IdParams } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { RoundInput, ShareInput } from './roleplay.service.js';

const SubgroupParams = z.object({ id: z.uuid(), subgroupId: z.uuid() });
const RoundParams = z.object({ id: z.uuid(), roundId: z.uuid() });

/** The masterclass's interview practice: rounds for three in a subgroup, each role's own view, the observer's scores, the trainers' overview. */
export const roleplayRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { roleplay } = ctx.services;
  const base = '/api/cohorts/:id';

  app.get(`${base}/roleplay`, { schema: { params: IdParams, response: { 200: RoleplayOverview } } }, async (request) =>
    roleplay.overview(requireActor(request), request.params.id),
  );
  app.get(`${base}/subgroups/:subgroupId/roleplay`, { schema: { params: SubgroupParams, response: { 200: SubgroupRounds } } }, async (request) =>
    roleplay.subgroupRounds(requireActor(request), request.params.id, request.params.subgroupId),
  );
  app.post(
    `${base}/subgroups/:subgroupId/roleplay`,
    { schema: { params: SubgroupParams, body: RoundInput, response: { 201: RoundStarted } } },
    async (request, reply) => reply.code(201).send(await roleplay.start(requireActor(request), request.params.id, request.params.subgroupId, request.body)),
  );
  app.get(`${base}/roleplay/:roundId`, { schema: { params: RoundParams, response: { 200: RoundView } } }, async (request) =>
    roleplay.view(requireActor(request), request.params.id, request.params.roundId, request.locale),
  );
  app.put(
    `${base}/roleplay/:roundId/scores`,
    { schema: { params: RoundParams, body: ObserverScoresInput, response: { 200: ScoreSummary } } },
    async (request) => roleplay.score(requireActor(request), request.params.id, request.params.roundId, request.body),
  );
  app.put(`${base}/roleplay/:roundId/share`, { schema: { params: RoundParams, body: ShareInput, response: { 200: RoundShared } } }, async (request) =>
    roleplay.share(requireActor(request), request.params.id, request.params.roundId, request.body),
  );
};

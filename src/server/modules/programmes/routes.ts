import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProgrammeAnswer, ProgrammeDetailAnswer, ProgrammeList, TeamAnswer } from '#contract/programmes.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody, text } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const Title = text().trim().min(3).max(200);
const Problem = text().trim().max(5_000);

export const programmesRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { programmes } = ctx.services;

  app.get('/api/programmes', { schema: { response: { 200: ProgrammeList } } }, async (request) => ({
    programmes: await programmes.list(requireActor(request)),
  }));

  app.post(
    '/api/programmes',
    { schema: { body: z.object({ title: Title, problem: Problem.default('') }).strict(), response: { 201: ProgrammeAnswer } } },
    async (request, reply) => reply.status(201).send({ programme: await programmes.create(requireActor(request), request.body) }),
  );

  app.get('/api/programmes/:id', { schema: { params: IdParams, response: { 200: ProgrammeDetailAnswer } } }, async (request) => ({
    programme: await programmes.get(requireActor(request), request.params.id),
  }));

  app.patch(
    '/api/programmes/:id',
    {
      schema: {
        params: IdParams,
        body: z.object({ title: Title.optional(), problem: Problem.optional(), status: z.enum(['active', 'archived']).optional() }).strict(),
        response: { 200: ProgrammeAnswer },
      },
    },
    async (request) => ({ programme: await programmes.update(requireActor(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/programmes/:id/members',
    {
      schema: { params: IdParams, body: z.object({ userId: z.uuid(), teamRole: text().trim().max(120).default('') }).strict(), response: { 201: TeamAnswer } },
    },
    async (request, reply) => reply.status(201).send({ team: await programmes.addMember(requireActor(request), request.params.id, request.body) }),
  );

  app.delete(
    '/api/programmes/:id/members/:userId',
    { schema: { params: z.object({ id: z.uuid(), userId: z.uuid() }), body: NoBody, response: { 200: TeamAnswer } } },
    async (request) => ({ team: await programmes.removeMember(requireActor(request), request.params.id, request.params.userId) }),
  );
};

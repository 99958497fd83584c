import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Directory, InviteLink, Invited, UserAnswer, UserList } from '#contract/users.js';
import { linkBase, type RouteContext } from '../../context.js';
import { Email, IdParams, NoBody, PersonName, RoleList } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

export const usersRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { users } = ctx.services;

  app.get('/api/users', { schema: { response: { 200: UserList } } }, async (request) => ({ users: await users.list(requireActor(request)) }));

  app.get('/api/users/directory', { schema: { response: { 200: Directory } } }, async (request) => ({ users: await users.directory(requireActor(request)) }));

  app.post(
    '/api/users',
    { schema: { body: z.object({ email: Email, name: PersonName, roles: RoleList }).strict(), response: { 201: Invited } } },
    async (request, reply) => reply.status(201).send(await users.invite(requireActor(request), request.body, linkBase(ctx, request))),
  );

  app.patch(
    '/api/users/:id',
    { schema: { params: IdParams, body: z.object({ name: PersonName.optional(), roles: RoleList.optional() }).strict(), response: { 200: UserAnswer } } },
    async (request) => ({ user: await users.update(requireActor(request), request.params.id, request.body) }),
  );

  app.post('/api/users/:id/deactivate', { schema: { params: IdParams, body: NoBody, response: { 200: UserAnswer } } }, async (request) => ({
    user: await users.deactivate(requireActor(request), request.params.id),
  }));

  app.post('/api/users/:id/reactivate', { schema: { params: IdParams, body: NoBody, response: { 200: UserAnswer } } }, async (request) => ({
    user: await users.reactivate(requireActor(request), request.params.id),
  }));

  app.post('/api/users/:id/invitation', { schema: { params: IdParams, body: NoBody, response: { 200: InviteLink } } }, async (request) =>
    users.reissueInvitation(requireActor(request), request.params.id, linkBase(ctx, request)),
  );
};

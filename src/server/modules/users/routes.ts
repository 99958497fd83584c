import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { linkBase, type RouteContext } from '../../context.js';
import { Email, IdParams, NoBody, Password, PersonName, RoleList, Token } from '../../http/schemas.js';
import { requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';

export const usersRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { users } = ctx.services;

  app.get('/api/users', { schema: {} }, async (request) => ({ users: await users.list(requireActor(request)) }));

  app.get('/api/users/directory', { schema: {} }, async (request) => ({ users: await users.directory(requireActor(request)) }));

  app.post(
    '/api/users',
    { schema: { body: z.object({ email: Email, name: PersonName, roles: RoleList }).strict() } },
    async (request, reply) => reply.status(201).send(await users.invite(requireActor(request), request.body, linkBase(ctx, request))),
  );

  app.patch(
    '/api/users/:id',
    { schema: { params: IdParams, body: z.object({ name: PersonName.optional(), roles: RoleList.optional() }).strict() } },
    async (request) => ({ user: await users.update(requireActor(request), request.params.id, request.body) }),
  );

  app.post('/api/users/:id/deactivate', { schema: { params: IdParams, body: NoBody } }, async (request) => ({
    user: await users.deactivate(requireActor(request), request.params.id),
  }));

  app.post('/api/users/:id/reactivate', { schema: { params: IdParams, body: NoBody } }, async (request) => ({
    user: await users.reactivate(requireActor(request), request.params.id),
  }));

  app.post('/api/users/:id/invitation', { schema: { params: IdParams, body: NoBody } }, async (request) =>
    users.reissueInvitation(requireActor(request), request.params.id, linkBase(ctx, request)),
  );

  // Public: the invitee has no account yet.
  app.get('/api/invitations/:token', { schema: { params: z.object({ token: Token }) } }, async (request) =>
    users.describeInvitation(request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: { body: z.object({ token: Token, name: PersonName, password: Password }).strict() },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await users.acceptInvitation(request.body);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );
};

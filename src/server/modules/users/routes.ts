import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoggedIn } from '../../../contract/auth.js';
import { Directory, Invitation, InviteLink, Invited, UserAnswer, UserList } from '../../../contract/users.js';
import { linkBase, type RouteContext } from '../../context.js';
import { Email, IdParams, NoBody, Password, PersonName, RoleList, Token } from '../../http/schemas.js';
import { requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';

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

  // Public: the invitee has no account yet.
  app.get('/api/invitations/:token', { schema: { params: z.object({ token: Token }), response: { 200: Invitation } } }, async (request) =>
    users.describeInvitation(request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: { body: z.object({ token: Token, name: PersonName, password: Password }).strict(), response: { 200: LoggedIn } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, session } = await users.acceptInvitation(request.body);
      setSessionCookie(reply, token, ctx.cookie);
      return sessionView(session);
    },
  );
};

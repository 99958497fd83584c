import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TotpConfirmed, TotpEnrolment, TotpStatus } from '#contract/auth.js';
import { NoContent } from '#contract/common.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody, Password, SecondFactorCode } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

export const totpRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { totp } = ctx.services;
  const rateLimit = { max: 10, timeWindow: '1 minute' };

  app.get('/api/auth/totp', { schema: { response: { 200: TotpStatus } } }, async (request) => totp.status(requireActor(request)));

  app.post(
    '/api/auth/totp/enrol',
    { schema: { body: z.object({ password: Password }).strict(), response: { 200: TotpEnrolment } }, config: { rateLimit } },
    async (request) => totp.enrol(requireActor(request), request.body.password),
  );

  app.post(
    '/api/auth/totp/confirm',
    { schema: { body: z.object({ code: SecondFactorCode }).strict(), response: { 200: TotpConfirmed } }, config: { rateLimit } },
    async (request) => totp.confirm(requireActor(request), request.body.code),
  );

  app.post(
    '/api/auth/totp/disable',
    { schema: { body: z.object({ password: Password, code: SecondFactorCode }).strict(), response: NoContent }, config: { rateLimit } },
    async (request, reply) => {
      await totp.disable(requireActor(request), request.body.password, request.body.code, request.ip);
      return reply.status(204).send();
    },
  );

  // An admin's help for a colleague who lost both phone and recovery codes.
  app.delete('/api/users/:id/totp', { schema: { params: IdParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await totp.reset(requireActor(request), request.params.id);
    return reply.status(204).send();
  });
};

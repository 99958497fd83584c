import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TestMailSent } from '#contract/operations.js';
import type { RouteContext } from '../../context.js';
import { NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

export const mailCheckRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post('/api/mail/test', { schema: { body: NoBody, response: { 200: TestMailSent } } }, async (request) =>
    ctx.services.mailCheck.sendTest(requireActor(request)),
  );
};

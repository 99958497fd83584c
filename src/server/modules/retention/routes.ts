import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RetentionAnswer } from '#contract/organisation.js';
import { RETENTION_MONTHS_MAX } from '#core/export/retention.js';
import type { RouteContext } from '../../context.js';
import { requireActor } from '../../plugins/sessions.js';

const Months = z.number().int().min(1).max(RETENTION_MONTHS_MAX).nullable();

export const retentionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { retention } = ctx.services;

  app.get('/api/organisation/retention', { schema: { response: { 200: RetentionAnswer } } }, async (request) => ({
    retention: await retention.get(requireActor(request)),
  }));

  app.put(
    '/api/organisation/retention',
    { schema: { body: z.object({ surveyResponsesMonths: Months, knowledgeResponsesMonths: Months }).strict(), response: { 200: RetentionAnswer } } },
    async (request) => ({ retention: await retention.update(requireActor(request), request.body) }),
  );
};

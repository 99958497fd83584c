import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Dashboard } from '#contract/dashboard.js';
import type { RouteContext } from '../../context.js';
import { requireActor } from '../../plugins/sessions.js';

export const dashboardRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { dashboard } = ctx.services;
  app.get('/api/dashboard', { schema: { response: { 200: Dashboard } } }, async (request) => dashboard.overview(requireActor(request)));
};

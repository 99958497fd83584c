import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FirstRunAnswer } from '#contract/organisation.js';
import type { RouteContext } from '../../context.js';
import { NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

/** What a new organisation still has to do first (admins), and putting that list away. */
export const firstRunRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { firstRun } = ctx.services;

  app.get('/api/organisation/first-run', { schema: { response: { 200: FirstRunAnswer } } }, async (request) => ({
    checklist: await firstRun.checklist(requireActor(request)),
  }));
  app.post('/api/organisation/first-run/dismiss', { schema: { body: NoBody, response: { 200: FirstRunAnswer } } }, async (request) => ({
    checklist: await firstRun.dismiss(requireActor(request)),
  }));
};

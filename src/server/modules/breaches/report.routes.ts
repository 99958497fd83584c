import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REPORT_NEXT_STEPS } from '#content/breach.js';
import { ReportForm, ReportReceived } from '#contract/breaches.js';
import { BreachReport } from '#core/breach/report.js';
import type { RouteContext } from '../../context.js';

const Slug = z.object({ slug: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

/** The staff's breach report form behind the organisation's link (/melden/<slug>). */
export const breachReportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { breachReports } = ctx.services;

  app.get('/api/public/breach-report/:slug', { schema: { params: Slug, response: { 200: ReportForm } } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await breachReports.form(request.params.slug)),
  );

  // Each report mails the privacy role, so one address may not send many in a row; a whole hospital
  // behind one address still reports far fewer breaches than this in a quarter of an hour.
  app.post(
    '/api/public/breach-report/:slug',
    { schema: { params: Slug, body: BreachReport, response: { 201: ReportReceived } }, config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const created = await breachReports.report(request.params.slug, request.body, request.session?.actor ?? null);
      return reply.code(201).send({ ...created, whatHappensNext: REPORT_NEXT_STEPS.map((step) => step[request.locale]) });
    },
  );
};

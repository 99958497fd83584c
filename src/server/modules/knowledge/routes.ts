import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent, file } from '#contract/common.js';
import { CheckFeedback, CheckList, CheckResultsView, KnowledgeCheck, PublicCheck } from '#contract/knowledge.js';
import { Line } from '#core/worksheets/fields.js';
import { linkBase, type RouteContext } from '../../context.js';
import { qrCode } from '../../export/qr.js';
import { attachment } from '../../http/content-disposition.js';
import { NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { OfferedCheckDefinitionBody } from './service.js';

const CheckParams = z.object({ id: z.uuid() });
const CheckBody = z.object({ title: Line.min(1), programmeId: z.uuid().nullable(), definition: OfferedCheckDefinitionBody }).strict();

/** The public link of a check: `/k/<slug>`, served by the light respond page. */
export const knowledgeLink = (base: string, slug: string) => `${base}/k/${slug}`;

export const knowledgeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { knowledge } = ctx.services;
  const base = '/api/knowledge';

  app.get(base, { schema: { response: { 200: CheckList } } }, async (request) => knowledge.list(requireActor(request)));
  app.post(base, { schema: { body: CheckBody, response: { 201: KnowledgeCheck } } }, async (request, reply) =>
    reply.code(201).send(await knowledge.create(requireActor(request), request.body)),
  );
  app.get(`${base}/:id`, { schema: { params: CheckParams, response: { 200: KnowledgeCheck } } }, async (request) =>
    knowledge.get(requireActor(request), request.params.id),
  );
  app.put(`${base}/:id`, { schema: { params: CheckParams, body: CheckBody, response: { 200: KnowledgeCheck } } }, async (request) =>
    knowledge.update(requireActor(request), request.params.id, request.body),
  );
  app.delete(`${base}/:id`, { schema: { params: CheckParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await knowledge.remove(requireActor(request), request.params.id);
    return reply.code(204).send();
  });
  app.post(`${base}/:id/open`, { schema: { params: CheckParams, body: NoBody, response: { 200: KnowledgeCheck } } }, async (request) =>
    knowledge.open(requireActor(request), request.params.id),
  );
  app.post(`${base}/:id/close`, { schema: { params: CheckParams, body: NoBody, response: { 200: KnowledgeCheck } } }, async (request) =>
    knowledge.close(requireActor(request), request.params.id),
  );
  app.get(`${base}/:id/results`, { schema: { params: CheckParams, response: { 200: CheckResultsView } } }, async (request) =>
    knowledge.results(requireActor(request), request.params.id),
  );

  // The public link as a QR code, for a poster in the staff room or a slide in the team meeting.
  app.get(
    `${base}/:id/qr.:format`,
    { schema: { params: CheckParams.extend({ format: z.enum(['png', 'svg']) }), response: file('image/png', 'image/svg+xml') } },
    async (request, reply) => {
      const check = await knowledge.get(requireActor(request), request.params.id);
      const { format } = request.params;
      return reply
        .type(format === 'png' ? 'image/png' : 'image/svg+xml')
        .header('content-disposition', attachment('qr', check.title, format, 'inline'))
        .send(await qrCode(knowledgeLink(linkBase(ctx, request), check.publicSlug), format));
    },
  );
};

export const publicKnowledgeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { knowledgeResponses } = ctx.services;
  const Slug = z.object({ slug: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

  app.get('/api/public/knowledge/:slug', { schema: { params: Slug, response: { 200: PublicCheck } } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await knowledgeResponses.check(request.params.slug)),
  );
  // The answers are checked against the check's own scenarios by the service.
  app.post(
    '/api/public/knowledge/:slug/responses',
    {
      schema: {
        params: Slug,
        body: z.object({ answers: z.record(z.string().max(60), z.unknown()), department: z.string().max(40).nullable().optional() }).strict(),
        response: { 201: CheckFeedback },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await knowledgeResponses.submit(request.params.slug, request.body)),
  );
};

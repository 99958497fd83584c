import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { file } from '#contract/common.js';
import { StatusChanged, SubstepDetail, VersionList, WorksheetSaved } from '#contract/programmes.js';
import { SUBSTEP_STATUSES } from '#core/steps.js';
import { WORKSHEETS, hasWorksheet } from '#core/worksheets/index.js';
import { linkBase, type RouteContext } from '../../context.js';
import { invalid } from '../../errors.js';
import { attachment } from '../../http/content-disposition.js';
import { IdParams, LongText, SubstepKeyParam } from '../../http/schemas.js';
import { parseBodyPart } from '../../http/validate.js';
import { planningCalendar } from '../../export/ics.js';
import { requireActor } from '../../plugins/sessions.js';

const SubstepParams = z.object({ id: z.uuid(), key: SubstepKeyParam });

export const substepsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { substeps } = ctx.services;

  app.get('/api/programmes/:id/substeps/:key', { schema: { params: SubstepParams, response: { 200: SubstepDetail } } }, async (request) =>
    substeps.get(requireActor(request), request.params.id, request.params.key),
  );

  app.put(
    '/api/programmes/:id/substeps/:key/status',
    { schema: { params: SubstepParams, body: z.object({ status: z.enum(SUBSTEP_STATUSES) }).strict(), response: { 200: StatusChanged } } },
    async (request) => substeps.setStatus(requireActor(request), request.params.id, request.params.key, request.body.status),
  );

  // The whole worksheet is sent on every save: a version is a complete picture, never a patch.
  // 1.1 replaces a written problem of the programme only with replaceProblem: true (the team was asked).
  app.put(
    '/api/programmes/:id/substeps/:key/worksheet',
    {
      schema: {
        params: SubstepParams,
        body: z
          .object({ baseVersion: z.number().int().min(0), notes: LongText, fields: z.unknown().optional(), replaceProblem: z.boolean().optional() })
          .strict(),
        response: { 200: WorksheetSaved },
      },
    },
    async (request) => {
      const { key, id } = request.params;
      const { fields, ...rest } = request.body;
      let checked: unknown = null;
      if (hasWorksheet(key)) checked = parseBodyPart(WORKSHEETS[key].schema, fields, 'fields');
      else if (fields !== undefined && fields !== null) throw invalid('noWorksheetForm', 'fields');
      return substeps.save(requireActor(request), id, key, { ...rest, fields: checked });
    },
  );

  app.get('/api/programmes/:id/substeps/:key/versions', { schema: { params: SubstepParams, response: { 200: VersionList } } }, async (request) => ({
    versions: await substeps.versions(requireActor(request), request.params.id, request.params.key),
  }));

  app.get('/api/programmes/:id/planning.ics', { schema: { params: IdParams, response: file('text/calendar') } }, async (request, reply) => {
    const { id } = request.params;
    const { title, planning } = await substeps.planning(requireActor(request), id);
    const link = `${linkBase(ctx, request)}/programmes/${id}/substeps/1.4`;
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', attachment('planning', title, 'ics'))
      .send(planningCalendar({ programmeId: id, title, planning, link }, request.locale));
  });
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { file } from '#contract/common.js';
import { DiagnosisSuggestions } from '#contract/research.js';
import type { RouteContext } from '../../context.js';
import { DOCUMENT_FORMATS } from '../../export/formats.js';
import { attachment } from '../../http/content-disposition.js';
import { requireActor } from '../../plugins/sessions.js';

export const researchRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { research } = ctx.services;

  app.get(
    '/api/programmes/:id/interview-guide.:format',
    { schema: { params: z.object({ id: z.uuid(), format: z.enum(['docx', 'pdf']) }), response: file(DOCUMENT_FORMATS.docx.type, DOCUMENT_FORMATS.pdf.type) } },
    async (request, reply) => {
      const { document, programmeTitle } = await research.interviewGuide(requireActor(request), request.params.id, request.locale);
      const format = DOCUMENT_FORMATS[request.params.format];
      const name = request.locale === 'nl' ? 'interviewleidraad' : 'interview-guide';
      return reply
        .type(format.type)
        .header('content-disposition', attachment(name, programmeTitle, request.params.format))
        .send(await format.render(document));
    },
  );

  app.get(
    '/api/programmes/:id/diagnosis/suggestions',
    { schema: { params: z.object({ id: z.uuid() }), response: { 200: DiagnosisSuggestions } } },
    async (request) => research.diagnosisSuggestions(requireActor(request), request.params.id),
  );
};

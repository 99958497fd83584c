import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { file } from '#contract/common.js';
import type { Locale as LocaleCode } from '#core/locale.js';
import type { RouteContext } from '../../context.js';
import { DOCUMENT_FORMATS } from '../../export/formats.js';
import { attachment } from '../../http/content-disposition.js';
import { Locale } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { DOCUMENTS, type DocumentKind } from './service.js';

const Params = z.object({ id: z.uuid(), format: z.enum(['docx', 'pdf']) });
/** The document's language; without it, the language the user chose for Wegwijs. */
const Query = z.object({ lang: Locale.optional() }).strict();

/** A document downloads as Word or PDF. */
const DOCUMENT_FILE = file(DOCUMENT_FORMATS.docx.type, DOCUMENT_FORMATS.pdf.type);

const FILE_NAMES: Record<DocumentKind, Record<LocaleCode, string>> = {
  plan: { nl: 'plan-van-aanpak', en: 'plan-of-approach' },
  report: { nl: 'eindrapport', en: 'final-report' },
};

/** GET /api/programmes/:id/documents/{plan,report}.{docx,pdf}: for everyone who may read the programme. */
export const reportsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { reports } = ctx.services;

  for (const kind of DOCUMENTS) {
    app.get(
      `/api/programmes/:id/documents/${kind}.:format`,
      { schema: { params: Params, querystring: Query, response: DOCUMENT_FILE } },
      async (request, reply) => {
        const actor = requireActor(request);
        const locale = request.query.lang ?? actor.locale;
        const { document, programmeTitle } = await reports.document(actor, request.params.id, kind, locale);
        const format = DOCUMENT_FORMATS[request.params.format];
        return reply
          .type(format.type)
          .header('content-disposition', attachment(FILE_NAMES[kind][locale], programmeTitle, request.params.format))
          .send(await format.render(document));
      },
    );
  }
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { file } from '#contract/common.js';
import { CohortRetention, SharedInterventions, SharedKpis, SharedSurveyResults } from '#contract/masterclass-shared.js';
import type { Locale as LocaleCode } from '#core/locale.js';
import { RetentionInput } from '#core/masterclass/cohort.js';
import type { RouteContext } from '../../context.js';
import { DOCUMENT_FORMATS } from '../../export/formats.js';
import { attachment } from '../../http/content-disposition.js';
import { IdParams, Locale } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const SharedParams = z.object({ id: z.uuid(), participationId: z.uuid() });
const Format = z.enum(['docx', 'pdf']);
/** The document's language; without it, the language the user chose for Wegwijs. */
const DocumentQuery = z.object({ lang: Locale.optional() }).strict();
const DOCUMENT_FILE = file(DOCUMENT_FORMATS.docx.type, DOCUMENT_FORMATS.pdf.type);
const FILE_NAMES = {
  plan: { nl: 'plan-van-aanpak', en: 'plan-of-approach' },
  report: { nl: 'verslag-masterclass', en: 'masterclass-report' },
} satisfies Record<string, Record<LocaleCode, string>>;

/**
 * What another organisation shares besides the board's items (the plan van aanpak draft, chosen
 * interventions, KPI outcomes, released survey results), and after the course: the trainers'
 * retention setting and the cohort report.
 */
export const masterclassSharedRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { shared, afterCourse } = ctx.services;
  const base = '/api/cohorts/:id';
  const participation = `${base}/participations/:participationId`;

  app.get(
    `${participation}/plan.:format`,
    { schema: { params: SharedParams.extend({ format: Format }), querystring: DocumentQuery, response: DOCUMENT_FILE } },
    async (request, reply) => {
      const actor = requireActor(request);
      const locale = request.query.lang ?? actor.locale;
      const { document, organisationName } = await shared.plan(actor, request.params.id, request.params.participationId, locale);
      const format = DOCUMENT_FORMATS[request.params.format];
      return reply
        .type(format.type)
        .header('content-disposition', attachment(FILE_NAMES.plan[locale], organisationName, request.params.format))
        .send(await format.render(document));
    },
  );
  app.get(`${participation}/interventions`, { schema: { params: SharedParams, response: { 200: SharedInterventions } } }, async (request) =>
    shared.interventions(requireActor(request), request.params.id, request.params.participationId),
  );
  app.get(`${participation}/kpis`, { schema: { params: SharedParams, response: { 200: SharedKpis } } }, async (request) =>
    shared.kpis(requireActor(request), request.params.id, request.params.participationId),
  );
  app.get(`${participation}/survey-results`, { schema: { params: SharedParams, response: { 200: SharedSurveyResults } } }, async (request) =>
    shared.surveyResults(requireActor(request), request.params.id, request.params.participationId),
  );

  app.put(`${base}/retention`, { schema: { params: IdParams, body: RetentionInput, response: { 200: CohortRetention } } }, async (request) =>
    afterCourse.setRetention(requireActor(request), request.params.id, request.body.retentionDays),
  );
  app.get(
    `${base}/report.:format`,
    { schema: { params: IdParams.extend({ format: Format }), querystring: DocumentQuery, response: DOCUMENT_FILE } },
    async (request, reply) => {
      const actor = requireActor(request);
      const locale = request.query.lang ?? actor.locale;
      const { document, cohortName } = await afterCourse.report(actor, request.params.id, locale);
      const format = DOCUMENT_FORMATS[request.params.format];
      return reply
        .type(format.type)
        .header('content-disposition', attachment(FILE_NAMES.report[locale], cohortName, request.params.format))
        .send(await format.render(document));
    },
  );
};

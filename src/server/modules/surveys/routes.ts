import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent, file } from '#contract/common.js';
import { InvitationResult, Questionnaire, Stored, Survey, SurveyList, SurveyResultsView } from '#contract/surveys.js';
import { NewSurveyDefinition } from '#core/survey/definition.js';
import { InvitationMessage, SurveyTitle } from '#core/survey/invitations.js';
import { linkBase, type RouteContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { qrCode } from '../../export/qr.js';
import { attachment } from '../../http/content-disposition.js';
import { Email, Locale, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { resultsCsv } from './results-csv.js';

const ProgrammeParams = z.object({ id: z.uuid() });
const SurveyParams = z.object({ id: z.uuid(), surveyId: z.uuid() });
const SurveyBody = z.object({ title: SurveyTitle, linkEnabled: z.boolean(), definition: NewSurveyDefinition }).strict();
const Invitations = z
  .object({
    emails: z
      .array(Email.transform((e) => e.toLowerCase()))
      .min(1)
      .max(500)
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((e, i) => {
          if (seen.has(e)) ctx.addIssue({ code: 'custom', message: 'duplicateEmail', path: [i] });
          seen.add(e);
        });
      }),
    message: InvitationMessage,
    locale: Locale,
  })
  .strict();

export const surveysRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { surveys, surveyInvitations } = ctx.services;
  const base = '/api/programmes/:id/surveys';

  app.get(base, { schema: { params: ProgrammeParams, response: { 200: SurveyList } } }, async (request) => ({
    surveys: await surveys.list(requireActor(request), request.params.id),
  }));
  app.post(base, { schema: { params: ProgrammeParams, body: SurveyBody, response: { 201: Survey } } }, async (request, reply) =>
    reply.code(201).send(await surveys.create(requireActor(request), request.params.id, request.body)),
  );
  app.get(`${base}/:surveyId`, { schema: { params: SurveyParams, response: { 200: Survey } } }, async (request) =>
    surveys.get(requireActor(request), request.params.id, request.params.surveyId),
  );
  // What staff will see, before the survey opens (issue 18): the public questionnaire, for the team.
  app.get(`${base}/:surveyId/preview`, { schema: { params: SurveyParams, response: { 200: Questionnaire } } }, async (request) =>
    surveys.preview(requireActor(request), request.params.id, request.params.surveyId),
  );
  app.put(`${base}/:surveyId`, { schema: { params: SurveyParams, body: SurveyBody, response: { 200: Survey } } }, async (request) =>
    surveys.update(requireActor(request), request.params.id, request.params.surveyId, request.body),
  );
  app.delete(`${base}/:surveyId`, { schema: { params: SurveyParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await surveys.remove(requireActor(request), request.params.id, request.params.surveyId);
    return reply.code(204).send();
  });
  app.post(`${base}/:surveyId/open`, { schema: { params: SurveyParams, body: NoBody, response: { 200: Survey } } }, async (request) =>
    surveys.open(requireActor(request), request.params.id, request.params.surveyId),
  );
  app.post(`${base}/:surveyId/close`, { schema: { params: SurveyParams, body: NoBody, response: { 200: Survey } } }, async (request) =>
    surveys.close(requireActor(request), request.params.id, request.params.surveyId),
  );

  // Step 6.1: a draft that repeats a closed survey, to compare with it.
  app.post(`${base}/:surveyId/follow-up`, { schema: { params: SurveyParams, body: NoBody, response: { 201: Survey } } }, async (request, reply) =>
    reply.code(201).send(await surveys.followUp(requireActor(request), request.params.id, request.params.surveyId, request.locale)),
  );

  app.get(
    `${base}/:surveyId/results`,
    { schema: { params: SurveyParams, response: { 200: SurveyResultsView } } },
    async (request) => (await surveys.results(requireActor(request), request.params.id, request.params.surveyId)).results,
  );
  app.get(`${base}/:surveyId/results.csv`, { schema: { params: SurveyParams, response: file('text/csv') } }, async (request, reply) => {
    const { survey, definition, results } = await surveys.results(requireActor(request), request.params.id, request.params.surveyId);
    if (!results.available) throw conflict('surveyNotClosed');
    const csv = resultsCsv(definition, results, request.locale);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(request.locale === 'nl' ? 'vragenlijst' : 'survey', survey.title, 'csv'))
      .send(csv);
  });

  // 202: the mails go out from the job queue, with the address the operator configured (PUBLIC_URL).
  app.post(
    `${base}/:surveyId/invitations`,
    { schema: { params: SurveyParams, body: Invitations, response: { 202: InvitationResult } } },
    async (request, reply) =>
      reply.code(202).send(await surveyInvitations.invite(requireActor(request), request.params.id, request.params.surveyId, request.body)),
  );

  // The anonymous link as a QR code, for posters in the staff room.
  app.get(
    `${base}/:surveyId/qr.:format`,
    { schema: { params: SurveyParams.extend({ format: z.enum(['png', 'svg']) }), response: file('image/png', 'image/svg+xml') } },
    async (request, reply) => {
      const survey = await surveys.get(requireActor(request), request.params.id, request.params.surveyId);
      const { format } = request.params;
      return reply
        .type(format === 'png' ? 'image/png' : 'image/svg+xml')
        .header('content-disposition', attachment('qr', survey.title, format, 'inline'))
        .send(await qrCode(`${linkBase(ctx, request)}/s/${survey.publicSlug}`, format));
    },
  );
};

export const publicSurveyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { surveyResponses } = ctx.services;
  const Slug = z.object({ slug: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

  app.get('/api/public/surveys/:slug', { schema: { params: Slug, response: { 200: Questionnaire } } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await surveyResponses.questionnaire(request.params.slug)),
  );
  // The answers are checked against the survey's own statements by the service.
  app.post(
    '/api/public/surveys/:slug/responses',
    {
      schema: {
        params: Slug,
        response: { 201: Stored },
        body: z
          .object({
            token: z.string().min(1).max(128).optional(),
            answers: z.record(z.string().max(40), z.unknown()),
            groups: z.record(z.string().max(40), z.unknown()).optional(),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      await surveyResponses.submit(request.params.slug, request.body);
      return reply.code(201).send({ ok: true });
    },
  );
};

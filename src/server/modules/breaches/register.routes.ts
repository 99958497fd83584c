import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApFollowUp, ApForm, BreachDetail, BreachList, BreachStatistics, Decision, LetterDraft, OpenBreaches, Transitioned } from '#contract/breaches.js';
import { NoContent, file } from '#contract/common.js';
import { ApFollowUpBody, ApReferenceBody } from '#core/breach/ap-notification.js';
import { AwarenessConfirmation } from '#core/breach/awareness.js';
import { DecisionBody } from '#core/breach/decision.js';
import { LETTER_ADDRESSEES } from '#core/breach/letter.js';
import { BreachRegister } from '#core/breach/register.js';
import { INCIDENT_KINDS } from '#core/breach/report.js';
import { BREACH_STATUSES } from '#core/breach/workflow.js';
import type { RouteContext } from '../../context.js';
import { IdParams, Locale, text } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { registerCsv } from './register-csv.js';
import { TransitionBody } from './register.service.js';

/** A calendar month, "2026-03". */
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const MonthRange = z.object({ from: Month.optional(), to: Month.optional() });
const laterThanFrom = (range: { from?: string; to?: string }) => !range.from || !range.to || range.from <= range.to;
const rangeRefinement = { message: 'endBeforeStart', path: ['to'] };

const Filter = MonthRange.extend({
  status: z.enum(BREACH_STATUSES).optional(),
  department: text().trim().max(120).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
const ListQuery = Filter.extend({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
  .strict()
  .refine(laterThanFrom, rangeRefinement);
const ExportQuery = Filter.strict().refine(laterThanFrom, rangeRefinement);
const StatisticsQuery = MonthRange.strict().refine(laterThanFrom, rangeRefinement);
/** The letter's language and reader: the person involved (default), a minor's parent or guardian, or an adult's representative. */
const LetterQuery = z.object({ lang: Locale.optional(), for: z.enum(LETTER_ADDRESSEES).default('self') }).strict();
const OpenQuery = z.object({}).strict();

/** The privacy officer's breach register (the service decides who may do what). */
export const breachRegisterRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { breachRegister } = ctx.services;
  const base = '/api/breaches';

  app.get(base, { schema: { querystring: ListQuery, response: { 200: BreachList } } }, async (request) => {
    const { offset, limit, ...filter } = request.query;
    return breachRegister.list(requireActor(request), filter, { offset, limit });
  });
  app.get(`${base}/open`, { schema: { querystring: OpenQuery, response: { 200: OpenBreaches } } }, async (request) =>
    breachRegister.open(requireActor(request)),
  );
  app.get(`${base}/statistics`, { schema: { querystring: StatisticsQuery, response: { 200: BreachStatistics } } }, async (request) =>
    breachRegister.statistics(requireActor(request), request.query),
  );
  app.get(`${base}/export.csv`, { schema: { querystring: ExportQuery, response: file('text/csv') } }, async (request, reply) => {
    const rows = await breachRegister.export(requireActor(request), request.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="wegwijs-datalekregister.csv"')
      .header('cache-control', 'no-store')
      .send(registerCsv(rows, request.locale));
  });
  app.get(`${base}/:id`, { schema: { params: IdParams, response: { 200: BreachDetail } } }, async (request) =>
    breachRegister.get(requireActor(request), request.params.id),
  );
  app.put(`${base}/:id/register`, { schema: { params: IdParams, body: BreachRegister, response: NoContent } }, async (request, reply) => {
    await breachRegister.updateRegister(requireActor(request), request.params.id, request.body);
    return reply.code(204).send();
  });
  app.put(`${base}/:id/aware-at`, { schema: { params: IdParams, body: AwarenessConfirmation, response: NoContent } }, async (request, reply) => {
    await breachRegister.confirmAwareness(requireActor(request), request.params.id, request.body);
    return reply.code(204).send();
  });
  app.post(`${base}/:id/decisions`, { schema: { params: IdParams, body: DecisionBody, response: { 201: Decision } } }, async (request, reply) =>
    reply.code(201).send(await breachRegister.decide(requireActor(request), request.params.id, request.body)),
  );
  app.post(`${base}/:id/status`, { schema: { params: IdParams, body: TransitionBody, response: { 200: Transitioned } } }, async (request) =>
    breachRegister.transition(requireActor(request), request.params.id, request.body),
  );
  app.put(`${base}/:id/ap-reference`, { schema: { params: IdParams, body: ApReferenceBody, response: NoContent } }, async (request, reply) => {
    await breachRegister.recordApReference(requireActor(request), request.params.id, request.body);
    return reply.code(204).send();
  });
  app.post(`${base}/:id/ap-follow-ups`, { schema: { params: IdParams, body: ApFollowUpBody, response: { 201: ApFollowUp } } }, async (request, reply) =>
    reply.code(201).send(await breachRegister.addApFollowUp(requireActor(request), request.params.id, request.body)),
  );
  app.get(`${base}/:id/ap-form`, { schema: { params: IdParams, response: { 200: ApForm } } }, async (request) =>
    breachRegister.apForm(requireActor(request), request.params.id),
  );
  app.get(`${base}/:id/letter`, { schema: { params: IdParams, querystring: LetterQuery, response: { 200: LetterDraft } } }, async (request) =>
    breachRegister.letter(requireActor(request), request.params.id, request.query.lang ?? request.locale, request.query.for),
  );
};

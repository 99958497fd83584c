import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '#contract/common.js';
import { EffectView, KpiDefinition, KpiList, Measurement, MeasurementPlanView } from '#contract/measurement.js';
import { KpiInput, MeasurementInput } from '#core/measurement/kpis.js';
import { MeasurementPlan } from '#core/measurement/plan.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const KpiParams = z.object({ id: z.uuid(), kpiId: z.uuid() });
const MeasurementParams = KpiParams.extend({ measurementId: z.uuid() });

export const measurementRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { measurement } = ctx.services;
  const base = '/api/programmes/:id/kpis';

  app.get(base, { schema: { params: IdParams, response: { 200: KpiList } } }, async (request) => measurement.list(requireActor(request), request.params.id));
  app.post(base, { schema: { params: IdParams, body: KpiInput, response: { 201: KpiDefinition } } }, async (request, reply) =>
    reply.code(201).send(await measurement.create(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${base}/:kpiId`, { schema: { params: KpiParams, body: KpiInput, response: { 200: KpiDefinition } } }, async (request) =>
    measurement.update(requireActor(request), request.params.id, request.params.kpiId, request.body),
  );
  app.delete(`${base}/:kpiId`, { schema: { params: KpiParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await measurement.remove(requireActor(request), request.params.id, request.params.kpiId);
    return reply.code(204).send();
  });
  app.post(`${base}/:kpiId/measurements`, { schema: { params: KpiParams, body: MeasurementInput, response: { 201: Measurement } } }, async (request, reply) =>
    reply.code(201).send(await measurement.addMeasurement(requireActor(request), request.params.id, request.params.kpiId, request.body)),
  );
  app.delete(
    `${base}/:kpiId/measurements/:measurementId`,
    { schema: { params: MeasurementParams, body: NoBody, response: NoContent } },
    async (request, reply) => {
      await measurement.removeMeasurement(requireActor(request), request.params.id, request.params.kpiId, request.params.measurementId);
      return reply.code(204).send();
    },
  );

  // The measurement worksheet ("Werkblad effectmeting"), one per programme.
  app.get('/api/programmes/:id/measurement-plan', { schema: { params: IdParams, response: { 200: MeasurementPlanView } } }, async (request) =>
    measurement.plan(requireActor(request), request.params.id),
  );
  app.put(
    '/api/programmes/:id/measurement-plan',
    { schema: { params: IdParams, body: MeasurementPlan, response: { 200: MeasurementPlanView } } },
    async (request) => measurement.savePlan(requireActor(request), request.params.id, request.body),
  );

  app.get('/api/programmes/:id/effect', { schema: { params: IdParams, response: { 200: EffectView } } }, async (request) =>
    measurement.effect(requireActor(request), request.params.id),
  );
};

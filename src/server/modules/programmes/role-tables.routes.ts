import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RoleTables } from '#contract/programmes.js';
import { RoleTable } from '#core/role-table.js';
import { STEP_NUMBERS, type StepNumber } from '#core/steps.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const StepParams = z.object({
  id: z.uuid(),
  step: z.coerce
    .number()
    .int()
    .refine((n): n is StepNumber => (STEP_NUMBERS as number[]).includes(n), { message: 'unknownStep' })
    .transform((n) => n as StepNumber),
});

/** The who-does-what table of each step (VERI), editable per programme. */
export const roleTablesRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { roleTables } = ctx.services;
  const base = '/api/programmes/:id/role-tables';

  app.get(base, { schema: { params: IdParams, response: { 200: RoleTables } } }, async (request) => roleTables.list(requireActor(request), request.params.id));
  app.put(`${base}/:step`, { schema: { params: StepParams, body: RoleTable, response: { 200: RoleTables } } }, async (request) =>
    roleTables.save(requireActor(request), request.params.id, request.params.step, request.body),
  );
  app.delete(`${base}/:step`, { schema: { params: StepParams, body: NoBody, response: { 200: RoleTables } } }, async (request) =>
    roleTables.reset(requireActor(request), request.params.id, request.params.step),
  );
};

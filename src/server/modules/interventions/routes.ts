import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '#contract/common.js';
import { CandidateList, CandidateRef, FunctionProposals, Library, LibraryItem, VotesLeft } from '#contract/interventions.js';
import { CandidateFields, DecisionInput, Plan, RatingInput } from '#core/interventions/candidates.js';
import { OwnIntervention } from '#core/interventions/library.js';
import type { RouteContext } from '../../context.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const CandidateParams = z.object({ id: z.uuid(), candidateId: z.uuid() });
const FromLibrary = z.strictObject({ libraryId: z.string().min(1).max(100) });
const Vote = z.strictObject({ vote: z.boolean() });
const Shortlist = z.strictObject({ shortlisted: z.boolean() });

export const interventionsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { interventions } = ctx.services;

  app.get('/api/interventions/library', { schema: { response: { 200: Library } } }, async (request) =>
    interventions.library(requireActor(request), request.locale),
  );
  app.post('/api/interventions/library', { schema: { body: OwnIntervention, response: { 201: LibraryItem } } }, async (request, reply) =>
    reply.code(201).send(await interventions.createOwn(requireActor(request), request.body)),
  );
  app.put('/api/interventions/library/:id', { schema: { params: IdParams, body: OwnIntervention, response: { 200: LibraryItem } } }, async (request) =>
    interventions.updateOwn(requireActor(request), request.params.id, request.body),
  );
  app.delete('/api/interventions/library/:id', { schema: { params: IdParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await interventions.removeOwn(requireActor(request), request.params.id);
    return reply.code(204).send();
  });

  app.get('/api/programmes/:id/interventions/functions', { schema: { params: IdParams, response: { 200: FunctionProposals } } }, async (request) =>
    interventions.proposedFunctions(requireActor(request), request.params.id),
  );

  const base = '/api/programmes/:id/interventions';
  const one = `${base}/:candidateId`;
  app.get(base, { schema: { params: IdParams, response: { 200: CandidateList } } }, async (request) =>
    interventions.list(requireActor(request), request.params.id),
  );
  app.post(base, { schema: { params: IdParams, body: CandidateFields, response: { 201: CandidateRef } } }, async (request, reply) =>
    reply.code(201).send(await interventions.add(requireActor(request), request.params.id, request.body, request.locale)),
  );
  app.post(`${base}/from-library`, { schema: { params: IdParams, body: FromLibrary, response: { 201: CandidateRef } } }, async (request, reply) =>
    reply.code(201).send(await interventions.add(requireActor(request), request.params.id, request.body, request.locale)),
  );
  app.put(one, { schema: { params: CandidateParams, body: CandidateFields, response: { 200: CandidateRef } } }, async (request) =>
    interventions.update(requireActor(request), request.params.id, request.params.candidateId, request.body),
  );
  app.delete(one, { schema: { params: CandidateParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await interventions.remove(requireActor(request), request.params.id, request.params.candidateId);
    return reply.code(204).send();
  });
  app.put(`${one}/vote`, { schema: { params: CandidateParams, body: Vote, response: { 200: VotesLeft } } }, async (request) =>
    interventions.vote(requireActor(request), request.params.id, request.params.candidateId, request.body.vote),
  );
  app.put(`${one}/shortlist`, { schema: { params: CandidateParams, body: Shortlist, response: { 200: CandidateRef } } }, async (request) =>
    interventions.shortlist(requireActor(request), request.params.id, request.params.candidateId, request.body.shortlisted),
  );
  app.put(`${one}/rating`, { schema: { params: CandidateParams, body: RatingInput, response: { 200: CandidateRef } } }, async (request) =>
    interventions.rate(requireActor(request), request.params.id, request.params.candidateId, request.body),
  );
  app.put(`${one}/decision`, { schema: { params: CandidateParams, body: DecisionInput, response: { 200: CandidateRef } } }, async (request) =>
    interventions.decide(requireActor(request), request.params.id, request.params.candidateId, request.body),
  );
  app.put(`${one}/plan`, { schema: { params: CandidateParams, body: Plan, response: { 200: CandidateRef } } }, async (request) =>
    interventions.plan(requireActor(request), request.params.id, request.params.candidateId, request.body),
  );
};

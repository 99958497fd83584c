import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssignmentView, SessionPreparation, SubgroupProposal, Subgroups, SubmissionDetail, SubmissionSummary } from '#contract/masterclass-assignments.js';
import { SubgroupsInput, SubmissionInput } from '#core/masterclass/cohort.js';
import type { RouteContext } from '../../context.js';
import { requireActor } from '../../plugins/sessions.js';

const AssignmentParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
const SubmissionParams = AssignmentParams.extend({ participationId: z.uuid() });
const SessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
/** How many organisations a proposed subgroup takes. */
const ProposalQuery = z.object({ size: z.coerce.number().int().min(2).max(8).default(3) }).strict();

/** Assignments in a masterclass: subgroups (trainers), submissions (the duo), who sees whose answer, who prepared a session. */
export const masterclassAssignmentsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { assignments } = ctx.services;
  const base = '/api/cohorts/:id/assignments/:assignmentId';

  app.get(base, { schema: { params: AssignmentParams, response: { 200: AssignmentView } } }, async (request) =>
    assignments.view(requireActor(request), request.params.id, request.params.assignmentId),
  );
  app.get(
    `${base}/subgroups/proposal`,
    { schema: { params: AssignmentParams, querystring: ProposalQuery, response: { 200: SubgroupProposal } } },
    async (request) => assignments.proposal(requireActor(request), request.params.id, request.params.assignmentId, request.query.size, request.locale),
  );
  app.put(`${base}/subgroups`, { schema: { params: AssignmentParams, body: SubgroupsInput, response: { 200: Subgroups } } }, async (request) =>
    assignments.saveSubgroups(requireActor(request), request.params.id, request.params.assignmentId, request.body),
  );
  app.put(`${base}/submission`, { schema: { params: AssignmentParams, body: SubmissionInput, response: { 200: SubmissionSummary } } }, async (request) =>
    assignments.submit(requireActor(request), request.params.id, request.params.assignmentId, request.body),
  );
  app.get(`${base}/submissions/:participationId`, { schema: { params: SubmissionParams, response: { 200: SubmissionDetail } } }, async (request) =>
    assignments.submission(requireActor(request), request.params.id, request.params.assignmentId, request.params.participationId),
  );
  app.get('/api/cohorts/:id/sessions/:sessionId/preparation', { schema: { params: SessionParams, response: { 200: SessionPreparation } } }, async (request) =>
    assignments.preparation(requireActor(request), request.params.id, request.params.sessionId),
  );
};

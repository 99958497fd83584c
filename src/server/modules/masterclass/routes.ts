import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent, file } from '#contract/common.js';
import { Assignment, Board, CohortDetail, CohortList, CohortSession, CommentThread, Joined, SharedWorksheet, Sharing } from '#contract/masterclass.js';
import { AssignmentInput, CohortInput, CommentInput, DuoInput, JoinInput, SessionInput } from '#core/masterclass/cohort.js';
import { ShareSettings } from '#core/masterclass/sharing.js';
import { SUBSTEP_KEYS, type SubstepKey } from '#core/steps.js';
import { linkBase, type RouteContext } from '../../context.js';
import { attachment } from '../../http/content-disposition.js';
import { IdParams, NoBody } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';

const Substep = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);
const SessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
const AssignmentParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
const WorksheetParams = z.object({ id: z.uuid(), participationId: z.uuid(), key: Substep });
const CommentParams = z.object({ id: z.uuid(), participationId: z.uuid(), item: z.union([Substep, z.literal('plan')]) });
const Created = z.object({ id: z.uuid() });

/** The masterclass: cohorts and their plan (trainers), joining and sharing (participating organisations), the board and feedback. */
export const masterclassRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { cohorts, participation, board } = ctx.services;
  const base = '/api/cohorts';

  app.get(base, { schema: { response: { 200: CohortList } } }, async (request) => cohorts.list(requireActor(request)));
  app.post(base, { schema: { body: CohortInput, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await cohorts.create(requireActor(request), request.body)),
  );
  // Wrong codes are limited per organisation in the service, so codes cannot be tried out.
  app.post(`${base}/join`, { schema: { body: JoinInput, response: { 201: Joined } } }, async (request, reply) =>
    reply.code(201).send(await participation.join(requireActor(request), request.body)),
  );
  app.get(`${base}/:id`, { schema: { params: IdParams, response: { 200: CohortDetail } } }, async (request) =>
    cohorts.get(requireActor(request), request.params.id),
  );
  app.get(`${base}/:id/sessions.ics`, { schema: { params: IdParams, response: file('text/calendar') } }, async (request, reply) => {
    const { id } = request.params;
    const { name, ics } = await cohorts.calendar(requireActor(request), id, request.locale, `${linkBase(ctx, request)}/masterclass/${id}`);
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', attachment('masterclass', name, 'ics'))
      .send(ics);
  });
  app.post(`${base}/:id/close`, { schema: { params: IdParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await board.close(requireActor(request), request.params.id);
    return reply.code(204).send();
  });

  app.post(`${base}/:id/sessions`, { schema: { params: IdParams, body: SessionInput, response: { 201: CohortSession } } }, async (request, reply) =>
    reply.code(201).send(await cohorts.addSession(requireActor(request), request.params.id, request.body)),
  );
  app.put(`${base}/:id/sessions/:sessionId`, { schema: { params: SessionParams, body: SessionInput, response: { 200: CohortSession } } }, async (request) =>
    cohorts.updateSession(requireActor(request), request.params.id, request.params.sessionId, request.body),
  );
  app.delete(`${base}/:id/sessions/:sessionId`, { schema: { params: SessionParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await cohorts.removeSession(requireActor(request), request.params.id, request.params.sessionId);
    return reply.code(204).send();
  });
  app.post(
    `${base}/:id/sessions/:sessionId/assignments`,
    { schema: { params: SessionParams, body: AssignmentInput, response: { 201: Assignment } } },
    async (request, reply) =>
      reply.code(201).send(await cohorts.addAssignment(requireActor(request), request.params.id, request.params.sessionId, request.body)),
  );
  app.put(
    `${base}/:id/assignments/:assignmentId`,
    { schema: { params: AssignmentParams, body: AssignmentInput, response: { 200: Assignment } } },
    async (request) => cohorts.updateAssignment(requireActor(request), request.params.id, request.params.assignmentId, request.body),
  );
  app.delete(`${base}/:id/assignments/:assignmentId`, { schema: { params: AssignmentParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await cohorts.removeAssignment(requireActor(request), request.params.id, request.params.assignmentId);
    return reply.code(204).send();
  });

  app.get(`${base}/:id/sharing`, { schema: { params: IdParams, response: { 200: Sharing } } }, async (request) =>
    participation.sharing(requireActor(request), request.params.id),
  );
  app.put(`${base}/:id/sharing`, { schema: { params: IdParams, body: ShareSettings, response: { 200: Sharing } } }, async (request) =>
    participation.updateSharing(requireActor(request), request.params.id, request.body),
  );
  app.put(`${base}/:id/participants`, { schema: { params: IdParams, body: DuoInput, response: { 200: Sharing } } }, async (request) =>
    participation.changeDuo(requireActor(request), request.params.id, request.body),
  );
  app.post(`${base}/:id/leave`, { schema: { params: IdParams, body: NoBody, response: NoContent } }, async (request, reply) => {
    await participation.leave(requireActor(request), request.params.id);
    return reply.code(204).send();
  });

  app.get(`${base}/:id/board`, { schema: { params: IdParams, response: { 200: Board } } }, async (request) =>
    board.board(requireActor(request), request.params.id),
  );
  app.get(
    `${base}/:id/participations/:participationId/worksheets/:key`,
    { schema: { params: WorksheetParams, response: { 200: SharedWorksheet } } },
    async (request) => board.sharedWorksheet(requireActor(request), request.params.id, request.params.participationId, request.params.key),
  );
  const comments = `${base}/:id/participations/:participationId/comments/:item`;
  app.get(comments, { schema: { params: CommentParams, response: { 200: CommentThread } } }, async (request) =>
    board.comments(requireActor(request), request.params.id, request.params.participationId, request.params.item),
  );
  app.post(comments, { schema: { params: CommentParams, body: CommentInput, response: { 201: CommentThread } } }, async (request, reply) =>
    reply.code(201).send(await board.comment(requireActor(request), request.params.id, request.params.participationId, request.params.item, request.body)),
  );
};

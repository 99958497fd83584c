import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * Routes where staff open and answer a survey or knowledge check without an account, at up to
 * thousands of requests a second. Their successful requests are logged one in SAMPLE_EVERY (each
 * one at `debug`), and only as method, route pattern, status and time: no URL (it holds the link)
 * and no client address, so the log tells as little as possible about who answered, or opened the
 * questions just before (docs/anonymity.md, "Logs"). Anything but success is always logged.
 */
const PUBLIC_RESPONDENT_ROUTES = new Set([
  'GET /api/public/surveys/:slug',
  'POST /api/public/surveys/:slug/responses',
  'GET /api/public/knowledge/:slug',
  'POST /api/public/knowledge/:slug/responses',
]);
export const SAMPLE_EVERY = 100;
const DETAILED = new Set(['debug', 'trace']);

/**
 * One access line per request, when it has been answered, instead of Fastify's two (incoming and
 * completed). The `req` serializer (app.ts) masks tokens in the URL; bodies and headers are never
 * in it. Errors keep Fastify's own lines.
 */
export class AccessLog extends LogController {
  readonly #answered = new Map<string, number>();

  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) return super.requestCompleted(error, request, reply);
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const line = { res: reply, responseTime: reply.elapsedTime };
    if (!PUBLIC_RESPONDENT_ROUTES.has(route)) return request.log.info({ req: request, ...line }, 'request completed');
    if (reply.statusCode >= 300) return request.log.info({ route, ...line }, 'request completed');
    if (DETAILED.has(request.log.level)) return request.log.debug({ route, ...line }, 'request completed');
    const count = (this.#answered.get(route) ?? 0) + 1;
    this.#answered.set(route, count % SAMPLE_EVERY);
    if (count === SAMPLE_EVERY) request.log.info({ route, ...line, sampled: SAMPLE_EVERY }, 'request completed');
  }
}

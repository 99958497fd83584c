import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Alive, NotReady, Ready } from '#contract/operations.js';

/**
 * Liveness (the process answers) and readiness (the database answers and the instance is not
 * shutting down), for load balancers and orchestrators.
 */
export const healthRoutes: FastifyPluginAsyncZod<{ ping: () => Promise<void>; draining: () => boolean }> = async (app, opts) => {
  app.get('/healthz', { schema: { response: { 200: Alive } } }, async () => ({ status: 'ok' as const }));
  app.get('/readyz', { schema: { response: { 200: Ready, 503: NotReady } } }, async (request, reply) => {
    // Shutting down: the load balancer should stop sending traffic while requests still finish.
    if (opts.draining()) return reply.status(503).send({ status: 'draining' });
    try {
      await opts.ping();
      return { status: 'ready' as const };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
};

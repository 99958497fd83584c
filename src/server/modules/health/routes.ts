import type { FastifyPluginAsync } from 'fastify';

/**
 * Liveness (the process answers) and readiness (the database answers and the instance is not
 * shutting down), for load balancers and orchestrators.
 */
export const healthRoutes: FastifyPluginAsync<{ ping: () => Promise<void>; draining: () => boolean }> = async (app, opts) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    // Shutting down: the load balancer should stop sending traffic while requests still finish.
    if (opts.draining()) return reply.status(503).send({ status: 'draining' });
    try {
      await opts.ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
};

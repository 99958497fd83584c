import type { FastifyPluginAsync } from 'fastify';

/** Liveness (the process answers) and readiness (the database answers), for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsync<{ ping: () => Promise<void> }> = async (app, opts) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await opts.ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
};

import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Strict headers on every response: scripts only from our own origin (no inline scripts), no
 * framing, no referrer leakage. Inline styles stay allowed because Mantine sets CSS variables at
 * run time; styles cannot run code. HSTS only when we know we are served over HTTPS.
 */
export default fp<{ https: boolean }>(async (app, opts) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: opts.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.removeHeader('server');
    reply.removeHeader('x-powered-by');
  });
});

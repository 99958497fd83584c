import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Strict headers on every response: scripts only from our own origin (no inline scripts), no
 * framing, no referrer leakage. Inline styles stay allowed because Mantine sets CSS variables at
 * run time; styles cannot run code. HSTS only when we know we are served over HTTPS.
 */
function options(https: boolean): HelmetOptions {
  return {
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
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  };
}

/**
 * The headers helmet sets. They do not depend on the request, so helmet runs once at start and
 * every response gets the same headers: running it per request was a measurable share of the
 * cost of a survey answer.
 */
export function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options(https))({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

export default fp<{ https: boolean }>(async (app, opts) => {
  const headers = securityHeaders(opts.https);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    // API answers hold an organisation's data: no browser or proxy keeps them (a route may still say otherwise).
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.removeHeader('server');
    reply.removeHeader('x-powered-by');
  });
});

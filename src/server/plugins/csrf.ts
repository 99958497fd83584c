import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { sameToken } from '../security/tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state-changing API request, in two layers:
 * - a browser's Origin header, when sent, must be our own origin (blocks cross-site posts,
 *   including login CSRF before a session exists);
 * - with a session, the X-CSRF-Token header must match the token stored with that session
 *   (synchroniser token; the web app reads it from GET /api/auth/session).
 * Bodies must be JSON (checked by the content-type parser), which a cross-site HTML form cannot send.
 */
export default fp<{ publicOrigin?: string }>(async (app, opts) => {
  // Fastify parses text/plain out of the box, and a cross-site HTML form can send that: JSON only.
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (origin) {
      const own = opts.publicOrigin ?? `${request.protocol}://${request.host}`;
      if (origin !== own) throw new AppError(403, 'csrf');
    }
    if (request.session) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.session.actor.csrfToken)) throw new AppError(403, 'csrf');
    }
  });
});

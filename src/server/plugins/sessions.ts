import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthenticated } from '../errors.js';
import type { SessionActor } from '../context.js';
import type { ResolvedSession, SessionsService } from '../modules/sessions/service.js';

export const SESSION_COOKIE = 'wegwijs_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

/** The logged-in user or a 401: every protected route starts with this. */
export function requireActor(request: FastifyRequest): SessionActor {
  if (!request.session) throw unauthenticated();
  return request.session.actor;
}

export interface SessionCookieOptions {
  secure: boolean;
}

/** No Expires: a browser-session cookie; the server decides when the session ends. */
export function setSessionCookie(reply: FastifyReply, token: string, opts: SessionCookieOptions) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: opts.secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply, opts: SessionCookieOptions) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: opts.secure, path: '/' });
}

/** Reads the session cookie on API requests and attaches the session (or null). */
export default fp<{ sessions: SessionsService }>(async (app, opts) => {
  await app.register(cookie);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 128) request.session = await opts.sessions.resolve(token);
  });
});

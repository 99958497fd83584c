import type { FastifyRequest } from 'fastify';
import type { SessionCookieOptions } from './plugins/sessions.js';
import type { Services } from './services.js';

/** What every routes plugin receives from app.ts. */
export interface RouteContext {
  services: Services;
  cookie: SessionCookieOptions;
  publicUrl?: string;
}

/** The address users reach us on, for links we hand out (invitations, set-up). */
export const linkBase = (ctx: RouteContext, request: FastifyRequest): string =>
  ctx.publicUrl ?? `${request.protocol}://${request.host}`;

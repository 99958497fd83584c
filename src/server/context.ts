import type { FastifyRequest } from 'fastify';
import type { Locale } from '#core/locale.js';
import type { Actor } from '#core/policies/index.js';
import type { SessionCookieOptions } from './plugins/sessions.js';
import type { Services } from './services.js';

/** The logged-in user as services see it: an Actor plus what the audit log and replies need. */
export interface SessionActor extends Actor {
  name: string;
  email: string;
  locale: Locale;
  sessionId: string;
  csrfToken: string;
}

/** What every routes plugin receives from app.ts. */
export interface RouteContext {
  services: Services;
  cookie: SessionCookieOptions;
  publicUrl?: string;
}

/** The address users reach us on, for links we hand out (invitations, set-up). */
export const linkBase = (ctx: RouteContext, request: FastifyRequest): string => ctx.publicUrl ?? `${request.protocol}://${request.host}`;

/** Where an identity provider sends the browser after a logout there: our login page. It must be registered at the provider. */
export const postLogoutRedirectUri = (ctx: RouteContext, request: FastifyRequest) => `${linkBase(ctx, request)}/login`;

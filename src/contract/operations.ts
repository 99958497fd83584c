import { z } from 'zod';
import { type Json } from './common.js';

/** Liveness: the process answers. */
export const Alive = z.object({ status: z.literal('ok') });

/** Readiness for load balancers: ready, or (503) shutting down or without its database. */
export const Ready = z.object({ status: z.literal('ready') });
export const NotReady = z.object({ status: z.enum(['draining', 'unavailable']) });

/** The OpenAPI 3 description of this API, as @fastify/swagger builds it: passed on whole. */
export const OpenApiDocument = z.record(z.string(), z.unknown());

/** A test mail went out to the administrator who asked for it. */
export const TestMailSent = z.object({ sentTo: z.string() });
export type TestMailSent = Json<typeof TestMailSent>;

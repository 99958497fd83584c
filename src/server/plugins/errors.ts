import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { localeFromAcceptLanguage } from '#core/locale.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { AppError, TooManyAttempts } from '../errors.js';
import { message, type MessageKey } from '../i18n/messages.js';
import { describeIssue, type FieldError } from '../i18n/validation.js';

/** A connection that failed is replaced at the next request, and /readyz tells a load balancer sooner. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Fastify's own client errors that users (or their browsers) can cause, by error code. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, MessageKey]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformedJson'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformedJson'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payloadTooLarge'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupportedMediaType'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'malformedJson'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'unsupportedMediaType'],
};

/**
 * Fastify's answer to a URL it cannot route at all (bad percent-encoding, an over-long parameter),
 * passed as the `frameworkErrors` server option: these fail before any plugin runs, so the
 * language comes straight from the header.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 400;
  const key: MessageKey = status >= 500 ? 'internal' : 'validation';
  reply.status(status).send({ error: key, message: message(key, localeFromAcceptLanguage(request.headers['accept-language'])) });
}

/** Maps every failure once to a status and a message in the user's language. */
export default fp(async (app) => {
  app.setErrorHandler((error, request, reply) => {
    const locale = request.locale;
    const send = (status: number, key: MessageKey, fields?: FieldError[], params?: Record<string, string | number>, details?: object) =>
      reply.status(status).send({ error: key, message: message(key, locale, params), ...(fields ? { fields } : {}), ...details });

    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => describeIssue(issue, error.validationContext, locale));
      return send(400, 'validation', fields);
    }
    if (error instanceof AppError) {
      if (error instanceof TooManyAttempts) reply.header('retry-after', String(error.retryAfterSeconds));
      const fields = error.field ? [{ field: error.field, message: message(error.key, locale, error.params) }] : undefined;
      return send(error.status, error.key, fields, error.params, error.details);
    }
    // The database did not answer (in time): a 503 that says to retry shortly (RFC 9110 §15.6.4),
    // not a 500, and not a request that hangs until the client gives up.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error, route: request.routeOptions.url }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return send(503, 'databaseUnavailable');
    }
    const known = typeof error === 'object' && error && 'code' in error ? FASTIFY_CLIENT_ERRORS[String(error.code)] : undefined;
    if (known) return send(known[0], known[1]);
    const status = typeof error === 'object' && error && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status === 429) return send(429, 'tooManyRequests');
    if (status >= 400 && status < 500) return send(status, status === 404 ? 'notFound' : 'validation');
    // The route's pattern, not the URL; the error itself as serializeError (log.ts) allows.
    request.log.error({ err: error, route: request.routeOptions.url }, 'unhandled error');
    return send(500, 'internal');
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: 'routeNotFound', message: message('routeNotFound', request.locale) });
  });
});

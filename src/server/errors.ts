import type { MessageKey } from './i18n/messages.js';

/**
 * A failure the user can act on: one type, mapped once (plugins/errors.ts) to an HTTP status and
 * a message in the user's language. `field` names the input that caused it, when there is one.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly field?: string,
    readonly params: Record<string, string | number> = {},
    /** Structured detail for API clients, e.g. what a worksheet still lacks. */
    readonly details?: Record<string, unknown>,
  ) {
    super(key);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
/** Also used for other organisations' data: its existence is not revealed. */
export const notFound = () => new AppError(404, 'notFound');
export const conflict = (key: MessageKey, field?: string) => new AppError(409, key, field);
export const invalid = (key: MessageKey, field: string, params?: Record<string, string | number>) => new AppError(400, key, field, params);

/**
 * Too many wrong attempts (from this client, unless `key` says otherwise): 429 with the wait as
 * Retry-After (RFC 9110 §10.2.3) and, for the message, in whole minutes.
 */
export class TooManyAttempts extends AppError {
  readonly retryAfterSeconds: number;
  constructor(waitMs: number, key: MessageKey = 'attemptsThrottled') {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    super(429, key, undefined, { minutes: Math.ceil(seconds / 60) });
    this.retryAfterSeconds = seconds;
  }
}

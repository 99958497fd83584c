import { DrizzleQueryError } from 'drizzle-orm';
import pino from 'pino';

/**
 * Where the server's log lines go (standard output: `dest` 1), without waiting for each line to be
 * written: at thousands of requests a second a synchronous write per line cost several per cent of
 * the CPU (issue 19). What is still buffered is written before the process exits: pino flushes on
 * 'exit', and flush() also waits for a write under way (at most a second), for a graceful stop.
 */
export function logDestination(dest: number | string) {
  const stream = pino.destination({ dest, sync: false });
  const flush = () =>
    new Promise<void>((resolve) => {
      stream.once('close', resolve);
      setTimeout(resolve, 1_000).unref();
      stream.end();
    });
  return { stream, flush };
}

/** What a log line may tell about an error: a fixed set of fields, never the error's own properties. */
export type LoggedError = {
  type: string;
  message: string;
  /** SQLSTATE, Node's errno code or Fastify's error code. */
  code?: string;
  /** Names from our schema that PostgreSQL gives with an error: they point to the cause, never to a row. */
  constraint?: string;
  table?: string;
  column?: string;
  /** Frames only ('' when there are none). */
  stack: string;
  cause?: LoggedError;
};

const NOT_LOGGED = '[not logged]';

/** Codes and schema names only: anything else in these fields is left out. */
const NAME = /^[A-Za-z0-9_.$-]{1,128}$/;

/**
 * The serializer for `err` in every log line, as a whitelist (OWASP ASVS 4.0.3 V7.1.2):
 * Pino's default copies all enumerable fields, and a failed query carries its SQL with the values
 * (`query`, `params`; `detail` and `where` quote the row), next to a request id whose access line
 * holds the client's address: breach reporters' contact details or anonymous survey answers would
 * end up in the logs. For the same reason the message of a database error is left out (drizzle's
 * is the query with its parameters, PostgreSQL's may quote a value); other errors keep theirs.
 * The stack keeps only its frames, which come after the message.
 */
export function serializeError(error: unknown, depth = 0): LoggedError {
  // A thrown non-error (a string, say) is not described: it may be anything.
  if (!(error instanceof Error)) return { type: typeof error, message: NOT_LOGGED, stack: '' };
  const fields = error as unknown as Record<string, unknown>;
  const name = (key: string) => (typeof fields[key] === 'string' && NAME.test(fields[key]) ? fields[key] : undefined);
  const fromServer = typeof fields.severity === 'string' && typeof fields.code === 'string';
  const fromDatabase = fromServer || error instanceof DrizzleQueryError;
  return {
    type: fromServer ? 'DatabaseError' : error.constructor.name,
    message: fromDatabase ? NOT_LOGGED : error.message,
    code: name('code'),
    constraint: name('constraint'),
    table: name('table'),
    column: name('column'),
    stack: framesOf(error),
    cause: error.cause !== undefined && depth < 5 ? serializeError(error.cause, depth + 1) : undefined,
  };
}

/** The "at …" lines after the message (a value in the message could look like a frame). */
function framesOf(error: Error): string {
  const stack = error.stack ?? '';
  const end = error.message ? stack.indexOf(error.message) + error.message.length : stack.indexOf('\n');
  if (end < error.message.length || end < 0) return '';
  const frames = stack
    .slice(end)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return frames.join('\n');
}

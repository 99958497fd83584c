/** An error and the errors it wraps (drizzle wraps the driver's error in `cause`), outermost first. */
export function* causes(error: unknown): Generator<object> {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 10; e = (e as { cause?: unknown }).cause, depth++) yield e;
}

const codeOf = (e: object) => ((e as { code?: unknown }).code === undefined ? undefined : String((e as { code?: unknown }).code));

/** True when PostgreSQL refused a row because of a unique constraint (drizzle wraps the driver error). */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of causes(error)) if (codeOf(e) === '23505') return true;
  return false;
}

/**
 * SQLSTATEs of a server that is going away, full, or too slow (PostgreSQL manual, appendix A):
 * 57014 is also what statement_timeout raises. 40001 and 40P01 (a serialization failure, a
 * deadlock) end a statement that may well succeed when sent again.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '40001', '40P01']);

/** A request waited longer for its turn at the database than a pooled connection would let it. */
export class DatabaseWaitExceeded extends Error {
  constructor() {
    super('waited too long for the database');
  }
}
/** Socket errors on the way to the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres reports its own timeouts and dead connections without a code, only with these messages (pg 8). */
export const PG_QUERY_READ_TIMEOUT = 'Query read timeout';
const PG_CONNECTION_MESSAGES = new Set([
  PG_QUERY_READ_TIMEOUT,
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

/**
 * True when the database could not be reached or did not answer in time (rather than refusing a
 * statement): the request may well succeed later, so it is a 503, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e instanceof DatabaseWaitExceeded) return true;
    const code = codeOf(e);
    if (code && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code))) return true;
    if (e instanceof Error && PG_CONNECTION_MESSAGES.has(e.message)) return true;
  }
  return false;
}

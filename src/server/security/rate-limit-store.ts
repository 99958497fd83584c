import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { hashToken } from './tokens.js';

/** Every this many hits an instance deletes the windows that have passed, so the table stays small. */
const SWEEP_EVERY = 500;

type Incr = FastifyRateLimitStore['incr'];

/**
 * Counts one hit of `key` (already a keyed hash) in its fixed window of `windowMs`, in one atomic
 * upsert: a new window when there is none or the last one has passed, else one more in it.
 */
export async function countHit(db: Database, key: string, windowMs: number) {
  const result = (await db.execute(sql`
    insert into rate_limits (key, hits, reset_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when rate_limits.reset_at <= now() then 1 else rate_limits.hits + 1 end,
      reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
    returning hits, greatest(0, ceil(extract(epoch from reset_at - now()) * 1000))::int as ttl
  `)) as unknown as { rows: { hits: number; ttl: number }[] };
  const row = result.rows[0]!;
  return { current: row.hits, ttl: row.ttl };
}

/**
 * A store for @fastify/rate-limit in our own database (table rate_limits), so that a limit holds
 * across all app instances rather than per process; each hit is counted by countHit above.
 * The plugin options continueExceeding and exponentialBackoff are not supported (we use neither).
 * Keys are stored as keyed hashes: the table never holds a client's address, which next to a
 * window's time could point to who sent an anonymous answer or a breach report.
 */
export function databaseRateLimitStore(db: Database, secret: string): FastifyRateLimitStoreCtor {
  let hits = 0;

  async function increment(key: string, windowMs: number) {
    const counted = await countHit(db, key, windowMs);
    if (++hits % SWEEP_EVERY === 0) await db.execute(sql`delete from rate_limits where reset_at < now()`);
    return counted;
  }

  // Not `implements`: the plugin's types say child() gets the route's options, but it gets the
  // merged limit settings, whose routeInfo names the route.
  class DatabaseStore {
    /** Distinguishes the routes: each has its own limit per address. */
    constructor(private readonly prefix = '') {}

    incr: Incr = (key, callback, timeWindow) => {
      increment(hashToken(this.prefix + key, secret), timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    };

    child(route: { routeInfo?: { method?: string | string[]; url?: string } }) {
      return new DatabaseStore(`${route.routeInfo?.method} ${route.routeInfo?.url} `);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}

import { DatabaseWaitExceeded, isDatabaseUnavailable } from './errors.js';

/**
 * Group commit: items that arrive while a write runs are written together, as one statement, when
 * it ends. Writes start from `setImmediate`, after the event loop has read what the sockets hold:
 * alone, an item waits one turn of the loop (no timer); under load the batches grow by themselves,
 * so parsing, planning and committing a statement are paid once per batch instead of once per
 * item. (PGlite runs in this thread: while it writes, requests wait in the sockets, and a write
 * started straight from the end of the previous one would find at most one waiting.)
 *
 * Each item settles only after the write holding it has settled, with its own result. Items of
 * different keys (surveys) never share a statement, so a lock one survey waits for (its close)
 * holds up no other survey's, or organisation's, answers.
 *
 * Used for anonymous answers (issues 16 and 19): at 50 respondents at once, one statement per
 * answer kept PGlite's single connection busy parsing and planning the same insert.
 */
export interface GroupCommitOptions<T> {
  /** Items with different keys are written by different statements. */
  keyOf: (item: T) => string;
  /** Most items in one statement (bounds its size). */
  maxBatch: number;
  /** Statements of one key running at once. */
  parallel: number;
  /**
   * An item whose write has not started after this long is refused with DatabaseWaitExceeded (a
   * 503), as a request waiting for a pooled connection would be; null: waits as long as it takes.
   */
  maxWaitMs: number | null;
  /** More items than this waiting for one key: the next is refused at once, the same way. */
  maxQueued: number;
}

interface Waiting<T, R> {
  item: T;
  since: number;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

interface Lane<T, R> {
  queue: Waiting<T, R>[];
  running: number;
  scheduled: boolean;
  expiry?: NodeJS.Timeout;
}

/** `write` takes a batch and returns one result per item, in the same order. */
export function groupCommit<T, R>(write: (items: T[]) => Promise<R[]>, options: GroupCommitOptions<T>) {
  const lanes = new Map<string, Lane<T, R>>();

  /**
   * Settles a batch; returns the error when the database was unavailable, for those still waiting.
   * The write is called through then(), so one that throws at once still rejects only its own items.
   */
  async function settle(batch: Waiting<T, R>[]): Promise<unknown> {
    try {
      const results = await Promise.resolve(batch.map((w) => w.item)).then(write);
      if (results.length !== batch.length) throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      // An error that may lie in one item (a value the database refuses) must not fail the others
      // in its batch: each is written alone. A database that is unavailable would fail them all.
      if (isDatabaseUnavailable(error)) {
        for (const w of batch) w.reject(error);
        return error;
      }
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const w of batch) await settle([w]);
    }
    return undefined;
  }

  function schedule(key: string, lane: Lane<T, R>) {
    if (lane.scheduled) return;
    lane.scheduled = true;
    setImmediate(() => pump(key, lane));
  }

  function pump(key: string, lane: Lane<T, R>) {
    lane.scheduled = false;
    while (lane.running < options.parallel && lane.queue.length > 0) {
      const batch = lane.queue.splice(0, options.maxBatch);
      lane.running++;
      void settle(batch).then((unavailable) => {
        // Those waiting behind a write the unavailable database failed are told at once: sending
        // them on would only wait for the same timeouts, and a statement the server reads late
        // may still be carried out for senders already told "try again".
        if (unavailable !== undefined) for (const w of lane.queue.splice(0)) w.reject(unavailable);
        lane.running--;
        schedule(key, lane);
      });
    }
    if (lane.queue.length === 0 && lane.expiry) lane.expiry = void clearTimeout(lane.expiry);
    if (lane.queue.length === 0 && lane.running === 0) lanes.delete(key);
    else armExpiry(lane);
  }

  /** One timer per key, for its oldest waiting item (the queue is in arrival order). */
  function armExpiry(lane: Lane<T, R>) {
    if (options.maxWaitMs === null || lane.expiry || lane.queue.length === 0) return;
    const maxWaitMs = options.maxWaitMs;
    lane.expiry = setTimeout(
      () => {
        lane.expiry = undefined;
        const now = Date.now();
        while (lane.queue.length > 0 && now - lane.queue[0]!.since >= maxWaitMs) lane.queue.shift()!.reject(new DatabaseWaitExceeded());
        armExpiry(lane);
      },
      Math.max(0, lane.queue[0]!.since + maxWaitMs - Date.now()),
    );
    lane.expiry.unref();
  }

  return {
    /** Queues one item; settles with its result once the statement holding it has committed. */
    add(item: T): Promise<R> {
      const key = options.keyOf(item);
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { queue: [], running: 0, scheduled: false }));
      if (lane.queue.length >= options.maxQueued) return Promise.reject(new DatabaseWaitExceeded());
      const queued = lane;
      return new Promise<R>((resolve, reject) => {
        queued.queue.push({ item, since: Date.now(), resolve, reject });
        schedule(key, queued);
      });
    },
  };
}

/**
 * How anonymous answers are grouped: at most 200 in a statement (about 40 kB of JSON for 50
 * statements), two statements per survey at once (PGlite runs them one after the other), at most
 * 10,000 waiting per survey (about 10 MB).
 */
export const answerIntake = (maxWaitMs: number | null) => ({ maxBatch: 200, parallel: 2, maxQueued: 10_000, maxWaitMs });
export type AnswerIntake = ReturnType<typeof answerIntake>;

/**
 * The answer statements also count what they stored, in a counter per survey or check (issue 19).
 * Each statement adds to one of these stripes, drawn at random, and reading sums them: with one
 * counter row, statements for the same round (two per app instance, more with several instances)
 * would each wait for the previous one's commit to take its row lock.
 */
export const COUNTER_STRIPES = 8;
export const counterStripe = () => Math.floor(Math.random() * COUNTER_STRIPES);

/**
 * Per item whether it was stored, from a statement that reports how many rows it stored per key
 * (per survey or check: an open one takes all its items, a closed one none).
 */
export function storedPerKey<T>(items: T[], keyOf: (item: T) => string, counts: { key: string; n: number }[]): boolean[] {
  const expected = new Map<string, number>();
  for (const item of items) expected.set(keyOf(item), (expected.get(keyOf(item)) ?? 0) + 1);
  const stored = new Map(counts.map((c) => [c.key, Number(c.n)]));
  for (const [key, n] of stored) {
    // Cannot happen (one statement locks each key's row once); if it did, nobody may be told "stored" wrongly.
    if (n !== expected.get(key)) throw new Error(`group commit: ${n} of ${expected.get(key) ?? 0} items stored for one key`);
  }
  return items.map((item) => stored.has(keyOf(item)));
}

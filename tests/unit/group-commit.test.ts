import { describe, expect, it } from 'vitest';
import { DatabaseWaitExceeded, isDatabaseUnavailable } from '#server/db/errors.js';
import { groupCommit, storedPerKey, type GroupCommitOptions } from '#server/db/group-commit.js';

/** A write that records its batches and finishes only when the test says so. */
function recordingWrite() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  let finished = 0;
  let failNext: Error | undefined;
  const write = (items: number[]) => {
    batches.push(items);
    const error = failNext;
    failNext = undefined;
    return new Promise<string[]>((resolve, reject) => finish.push(() => (error ? reject(error) : resolve(items.map((i) => `stored ${i}`)))));
  };
  return {
    write,
    batches,
    /** Finishes the earliest write not yet finished (or the nth write). */
    finishNext: (n = finished) => {
      finished = Math.max(finished, n + 1);
      finish[n]!();
    },
    failNext: (error: Error) => (failNext = error),
  };
}

const options = (changes: Partial<GroupCommitOptions<number>> = {}): GroupCommitOptions<number> => ({
  keyOf: () => 'one survey',
  maxBatch: 10,
  parallel: 1,
  maxWaitMs: null,
  maxQueued: 1000,
  ...changes,
});
/** What PostgreSQL raises when it shuts down: the database is unavailable, not the item wrong. */
const shutdown = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

/** Lets the event loop go round twice: the write started at the end of the last one has begun. */
const turn = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

describe('group commit', () => {
  it('writes a lone item on the next turn of the event loop, without waiting for more', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options());
    const one = commit.add(1);
    await turn();
    expect(w.batches).toEqual([[1]]);
    w.finishNext();
    await expect(one).resolves.toBe('stored 1');
  });

  it('writes what arrives while a write runs as one batch, each item settling with its own result after its write', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options());
    const first = commit.add(1);
    await turn();
    const later = [2, 3, 4].map((i) => commit.add(i));
    let settled = 0;
    for (const p of later) void p.then(() => settled++);
    await turn();
    expect(w.batches).toEqual([[1]]);
    w.finishNext();
    await first;
    await turn();
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
    expect(settled).toBe(0);
    w.finishNext();
    expect(await Promise.all(later)).toEqual(['stored 2', 'stored 3', 'stored 4']);
  });

  it('keeps to the largest batch and the number of writes at once', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options({ maxBatch: 2, parallel: 2 }));
    const all = [1, 2, 3, 4, 5].map((i) => commit.add(i));
    await turn();
    expect(w.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    w.finishNext();
    await turn();
    expect(w.batches).toEqual([[1, 2], [3, 4], [5]]);
    w.finishNext();
    w.finishNext();
    expect(await Promise.all(all)).toHaveLength(5);
  });

  it('rejects the items of a write the unavailable database failed, and those waiting behind it, then takes new ones', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options());
    w.failNext(shutdown());
    const failed = [1, 2].map((i) => commit.add(i));
    await turn();
    const waiting = commit.add(3);
    w.finishNext();
    for (const p of [...failed, waiting]) await expect(p).rejects.toThrow('terminating connection');
    await turn();
    expect(w.batches).toEqual([[1, 2]]);
    const next = commit.add(4);
    await turn();
    w.finishNext();
    await expect(next).resolves.toBe('stored 4');
  });

  it('writes each item of a batch the database refused alone, so one refused item fails only itself', async () => {
    const batches: number[][] = [];
    const commit = groupCommit(async (items: number[]) => {
      batches.push(items);
      if (items.includes(13)) throw new Error('unsupported Unicode escape sequence');
      return items.map((i) => `stored ${i}`);
    }, options());
    const replies = await Promise.allSettled([12, 13, 14].map((i) => commit.add(i)));
    expect(replies.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'stored 12',
      'unsupported Unicode escape sequence',
      'stored 14',
    ]);
    expect(batches).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it('writes the items of different keys (surveys) in different statements: one waiting for a lock holds up no other', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options({ keyOf: (i) => (i < 10 ? 'closing survey' : 'other survey') }));
    const stuck = [1, 2].map((i) => commit.add(i));
    const other = [11, 12].map((i) => commit.add(i));
    await turn();
    expect(w.batches).toEqual([
      [1, 2],
      [11, 12],
    ]);
    w.finishNext(1); // the closing survey's write still waits; the other survey's finishes
    expect(await Promise.all(other)).toEqual(['stored 11', 'stored 12']);
    w.finishNext(0);
    expect(await Promise.all(stuck)).toEqual(['stored 1', 'stored 2']);
  });

  it('refuses, as the unavailable database (503), an item whose write has not started in time, and more than the queue holds', async () => {
    const w = recordingWrite();
    const commit = groupCommit(w.write, options({ maxWaitMs: 30, maxQueued: 2 }));
    const first = commit.add(1);
    await turn();
    const waiting = [2, 3].map((i) => commit.add(i));
    await expect(commit.add(4)).rejects.toBeInstanceOf(DatabaseWaitExceeded);
    for (const p of waiting) {
      const error = await p.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseWaitExceeded);
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
    w.finishNext();
    await expect(first).resolves.toBe('stored 1');
    await turn();
    expect(w.batches).toEqual([[1]]);
  });

  it('rejects the batch when a write throws at once or returns too few results', async () => {
    const throwing = groupCommit<number, string>(() => {
      throw shutdown();
    }, options());
    await expect(throwing.add(1)).rejects.toThrow('terminating connection');
    const short = groupCommit(async (items: number[]) => items.slice(1).map(String), options());
    const both = await Promise.allSettled([short.add(1), short.add(2)]);
    expect(both.map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual([
      'group commit: 0 results for 1 items',
      'group commit: 0 results for 1 items',
    ]);
  });
});

describe('which items a batch stored', () => {
  const items = [{ survey: 'a' }, { survey: 'b' }, { survey: 'a' }];
  const key = (i: { survey: string }) => i.survey;

  it('follows the count per survey: an open one took all its items, a closed one none', () => {
    expect(storedPerKey(items, key, [{ key: 'a', n: 2 }])).toEqual([true, false, true]);
    expect(storedPerKey(items, key, [])).toEqual([false, false, false]);
  });

  it('never tells an item it was stored when its survey took only some of the batch', () => {
    expect(() =>
      storedPerKey(items, key, [
        { key: 'a', n: 1 },
        { key: 'b', n: 1 },
      ]),
    ).toThrow('1 of 2');
  });
});

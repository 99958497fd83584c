import { describe, expect, it } from 'vitest';
import { configFromEnv, DATABASE_TIMEOUT_DEFAULTS } from '#server/config.js';

describe('database timeouts', () => {
  it('are bounded by default', () => {
    expect(configFromEnv({}).databaseTimeouts).toEqual({ connectMs: 5_000, statementMs: 30_000, idleMs: 10_000, pingMs: 2_000 });
    expect(DATABASE_TIMEOUT_DEFAULTS).toEqual(configFromEnv({}).databaseTimeouts);
  });

  it('are set in seconds, fractions allowed', () => {
    const config = configFromEnv({
      DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
      DATABASE_STATEMENT_TIMEOUT_SECONDS: '120',
      DATABASE_IDLE_TIMEOUT_SECONDS: '60',
      READYZ_TIMEOUT_SECONDS: '0.5',
    });
    expect(config.databaseTimeouts).toEqual({ connectMs: 2_000, statementMs: 120_000, idleMs: 60_000, pingMs: 500 });
  });

  it('refuses 0 (which would mean "wait forever" to node-postgres) and nonsense, naming the variable', () => {
    expect(() => configFromEnv({ DATABASE_STATEMENT_TIMEOUT_SECONDS: '0' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_SECONDS/);
    expect(() => configFromEnv({ READYZ_TIMEOUT_SECONDS: 'soon' })).toThrow(/READYZ_TIMEOUT_SECONDS/);
  });
});

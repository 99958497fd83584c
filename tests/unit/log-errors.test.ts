import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serializeError } from '#server/log.js';

/** serializeError (the `err` of every log line) keeps a fixed set of fields: nothing a request sent. */
describe('serializeError', () => {
  const SECRET = 'geheim@zorg.test';
  /** As node-postgres and PGlite give it: PostgreSQL's fields, several of which quote the row. */
  const serverError = () =>
    Object.assign(new Error(`duplicate key value violates unique constraint "users_email_unique"`), {
      severity: 'ERROR',
      code: '23505',
      detail: `Key (email)=(${SECRET}) already exists.`,
      where: `SQL function with ${SECRET}`,
      constraint: 'users_email_unique',
      table: 'users',
      schema: 'public',
      query: 'insert into users …',
      params: [SECRET],
    });

  it('tells a failed query by class, SQLSTATE and schema names, without its SQL, parameters or message', () => {
    const logged = serializeError(new DrizzleQueryError('insert into "users" ("email") values ($1)', [SECRET], serverError()));
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      message: '[not logged]',
      cause: { type: 'DatabaseError', message: '[not logged]', code: '23505', constraint: 'users_email_unique', table: 'users' },
    });
    expect(logged.stack).toMatch(/^at /);
  });

  it('keeps only the stack frames after the message, so a value made to look like a frame stays out', () => {
    const logged = serializeError(new DrizzleQueryError('select $1', [`x\n    at ${SECRET} (evil.js:1:1)`], undefined));
    expect(logged.stack).not.toContain(SECRET);
    expect(logged.stack.split('\n').every((line) => line.startsWith('at '))).toBe(true);
  });

  it('describes a thrown non-error by its type only', () => {
    expect(serializeError(SECRET)).toEqual({ type: 'string', message: '[not logged]', stack: '' });
  });

  it('keeps the message of an error that is not the database’s', () => {
    expect(serializeError(new TypeError('Cannot read properties of undefined'))).toMatchObject({
      type: 'TypeError',
      message: 'Cannot read properties of undefined',
    });
  });
});

import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

/**
 * How deep a JSON body may nest. Our deepest real body, a worksheet or an organisation export, stays
 * under 15 levels; schema checks (z.json(), z.lazy()) and code that walks a value recurse once per
 * level, so a body nested thousands deep would exhaust the stack and answer 500 (CWE-674; OWASP API
 * Security Top 10 API4:2023, resource consumption).
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Where a parsed JSON value nests deeper than `max` levels (the path of the first array or object
 * too deep, "" for the body itself), or undefined. Walks with a stack of its own, not by recursion.
 */
export function nestedTooDeep(value: unknown, max = MAX_JSON_DEPTH): string | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.path.length >= max) return next.path.join('.');
    for (const [key, child] of Object.entries(next.value)) stack.push({ value: child, path: [...next.path, key] });
  }
  return undefined;
}

/** Fastify's JSON parser (prototype poisoning refused, as by default), then the depth check: a 400 naming the place. */
export default fp(async (app) => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) =>
    parse(request, body, (error: Error | null, value?: unknown) => {
      const at = error ? undefined : nestedTooDeep(value);
      if (at !== undefined) return done(new AppError(400, 'nestedTooDeep', at || 'body', { max: MAX_JSON_DEPTH }), undefined);
      done(error, value);
    }),
  );
});

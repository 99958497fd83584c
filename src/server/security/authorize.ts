import { forbidden } from '../errors.js';

/**
 * Goes on only when the rule (from src/core/policies) lets the actor in, e.g.
 * `authorize(programmePolicy.work, actor, ref)`; else 403 forbidden. Services ask here rather than
 * spell the check out, so a route never re-implements a rule.
 */
export function authorize<Args extends unknown[]>(rule: (...args: Args) => boolean, ...args: Args): void {
  if (!rule(...args)) throw forbidden();
}

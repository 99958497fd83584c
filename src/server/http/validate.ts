import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Checks a part of the body whose schema depends on the URL (a sub-step's worksheet) with the same
 * compiler as route validation, and fails the same way, so the error handler answers with the same
 * per-field messages (paths start at `at`).
 */
export function parseBodyPart<T extends z.ZodType>(schema: T, value: unknown, at: string): z.infer<T> {
  const wrapped = z.object({ [at]: schema });
  const validate = validatorCompiler({ schema: wrapped, method: 'PUT', url: '', httpPart: 'body' } as FastifyRouteSchemaDef<z.ZodType>);
  const result = validate({ [at]: value }) as { value?: Record<string, z.infer<T>>; error?: unknown[] };
  if (result.error) throw Object.assign(new Error('validation'), { statusCode: 400, validation: result.error, validationContext: 'body' });
  return result.value![at]!;
}

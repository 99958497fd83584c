import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Checks a part of the body whose schema depends on the URL (a sub-step's worksheet, a survey's
 * statements) with the same compiler as route validation, and fails the same way, so the error
 * handler answers with the same per-field messages (paths start at `at`). Build the parser once
 * per schema where it is used often: compiling is the expensive part.
 */
export function bodyPartParser<T extends z.ZodType>(schema: T, at: string): (value: unknown) => z.infer<T> {
  const wrapped = z.object({ [at]: schema });
  const validate = validatorCompiler({ schema: wrapped, method: 'PUT', url: '', httpPart: 'body' } as FastifyRouteSchemaDef<z.ZodType>);
  return (value) => {
    const result = validate({ [at]: value }) as { value?: Record<string, z.infer<T>>; error?: unknown[] };
    if (result.error) throw Object.assign(new Error('validation'), { statusCode: 400, validation: result.error, validationContext: 'body' });
    return result.value![at]!;
  };
}

export const parseBodyPart = <T extends z.ZodType>(schema: T, value: unknown, at: string): z.infer<T> => bodyPartParser(schema, at)(value);

import { z } from 'zod';

/**
 * The API's contract: what each route answers, as Zod schemas that the server declares on its
 * routes (`schema.response`) and the web takes its types from. Fastify encodes every answer with
 * its route's schema (fastify-type-provider-zod's serializer, `z.encode`), so an answer that does
 * not match fails loudly instead of drifting, and fields a schema does not name never leave.
 *
 * Each schema's output type is what a service returns (Dates, say); its input type is the JSON the
 * web receives (ISO texts): `Json<typeof X>`. This folder imports only zod and src/core.
 */

/** What the web receives for a response schema: the JSON side of the codec. */
export type Json<Schema extends z.ZodType> = z.input<Schema>;

/** A moment: a Date on the server, its ISO 8601 text (UTC) in JSON. */
export const Instant = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

/** A calendar day as PostgreSQL's date type gives it: YYYY-MM-DD. */
export const Day = z.iso.date();

/** A route that answers 204 without a body. */
export const NoContent = { 204: z.void().describe('No content') } as const;

/** A body Fastify sends as it is: a text or bytes. */
const Bytes = z.custom<string | Uint8Array>((body) => typeof body === 'string' || body instanceof Uint8Array);

/** A route that answers a file or another body that is not JSON, e.g. `file('text/csv')`. */
export const file = (...types: [string, ...string[]]) => ({
  200: {
    description: 'A file',
    content: Object.fromEntries(types.map((type) => [type, { schema: Bytes.describe(type) }])),
  },
});

/**
 * A core schema with defaults, reused for an answer. Defaults only fill in what a client leaves out:
 * an answer is encoded without them, so every field is in the JSON and the web's type is the
 * schema's output type, not its input type (where defaulted fields are optional). Only for schemas
 * without codecs, whose output is JSON already (texts, numbers, ISO moments as text).
 */
export const complete = <S extends z.ZodType>(schema: S) => schema as unknown as z.ZodType<z.output<S>, z.output<S>>;

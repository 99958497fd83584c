import { z } from 'zod';

/**
 * Building blocks of the worksheet schemas. Limits keep one worksheet well under the API's body
 * limit while leaving room for real work. Refused: NUL, which PostgreSQL text cannot hold, and half a
 * UTF-16 surrogate pair, which is no character at all and cannot be encoded as UTF-8 for the database.
 */
const STORABLE_TEXT = /^(?:[^\u0000\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
export const plainText = () => z.string().regex(STORABLE_TEXT, 'unstorableCharacter');

/**
 * Any JSON that a PostgreSQL jsonb column can hold: JSON whose texts (keys too) are storable, for
 * stored JSON that the app reads as it is (the audit log's details, say).
 */
export const StorableJson: z.ZodType<z.core.util.JSONType> = z.lazy(() =>
  z.union([plainText(), z.number(), z.boolean(), z.null(), z.array(StorableJson), z.record(plainText(), StorableJson)]),
);

/** A line: a name, a title, a short answer. */
export const Line = plainText().trim().max(300);
/** A few sentences: a description, a rationale. */
export const Paragraph = plainText().trim().max(4_000);

/** Rows carry an id made by the client, so other worksheets and choices can point at them. */
export const ItemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

/** A rating on the usual 1 (low) to 5 (high) scale; null while not yet rated. */
export const Rating = z.number().int().min(1).max(5).nullable();

/** A calendar day (the worksheets plan days, not moments). */
export const Day = z.iso.date();

/** A list of rows with unique ids, bounded so a worksheet stays a worksheet. */
export function rows<T extends z.ZodObject<{ id: typeof ItemId }>>(item: T, max = 100) {
  return z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((it, index) => {
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', message: 'duplicateId', path: [index, 'id'] });
        seen.add(it.id);
      });
    });
}

/** What still stands between a worksheet and "done", as a code the interface translates. */
export interface Missing {
  code: string;
  /** The field or row the gap is in, when there is one. */
  field?: string;
  params?: Record<string, string | number>;
}

export const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;

/** Missing entries for each required text field that is still empty. */
export function requireFields<T extends object>(data: T, fields: readonly (keyof T & string)[]): Missing[] {
  return fields.filter((f) => !filled(data[f] as string | undefined)).map((f) => ({ code: 'fieldRequired', field: f }));
}

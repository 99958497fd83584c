import { z } from 'zod';
import { LOCALES } from '#core/locale.js';
import { ROLES } from '#core/roles.js';
import { SUBSTEP_KEYS, type SubstepKey } from '#core/steps.js';
import { plainText } from '#core/worksheets/fields.js';

/** Field schemas shared by the routes, so every route validates the same thing the same way. */

/**
 * Text we store: anything PostgreSQL's text type accepts, so not the NUL character (valid in JSON
 * and query strings, refused by the database). Every stored or queried free-text field starts here.
 */
export const text = plainText;

export const Email = z.email().max(254);
export const PersonName = text().trim().min(1).max(120);
/** Long enough for any passphrase, short enough that hashing it is never a burden. */
export const Password = z.string().min(1).max(1024);
export const Token = z.string().min(1).max(128);
/** A code from the authenticator app (six digits) or a recovery code (letters and digits with dashes). */
export const SecondFactorCode = z.string().trim().min(6).max(20);
export const Locale = z.enum(LOCALES);
export const RoleList = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
export const SubstepKeyParam = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);
export const IdParams = z.object({ id: z.uuid() });
/** Free text a team writes, e.g. notes; large enough for real minutes, bounded for the database. */
export const LongText = text().max(50_000);
/**
 * An action that needs no input: no body (Fastify passes that on as null) or an empty object;
 * anything else is a mistake worth reporting rather than ignoring.
 */
export const NoBody = z.object({}).strict().nullish();
/** A moment in a filter: PostgreSQL stores years 1 to 9999 in the ISO form we send it, so no further. */
export const DateTime = z.coerce.date().min(new Date('0001-01-01T00:00:00Z')).max(new Date('9999-12-31T23:59:59Z'));

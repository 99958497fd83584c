import { z } from 'zod';
import { LOCALES } from '../../core/locale.js';
import { ROLES } from '../../core/roles.js';
import { SUBSTEP_KEYS, type SubstepKey } from '../../core/steps.js';

/** Field schemas shared by the routes, so every route validates the same thing the same way. */
export const Email = z.email().max(254);
export const PersonName = z.string().trim().min(1).max(120);
/** Long enough for any passphrase, short enough that hashing it is never a burden. */
export const Password = z.string().min(1).max(1024);
export const Token = z.string().min(1).max(128);
export const Locale = z.enum(LOCALES);
export const RoleList = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
export const SubstepKeyParam = z.enum(SUBSTEP_KEYS as [SubstepKey, ...SubstepKey[]]);
export const IdParams = z.object({ id: z.uuid() });
/** Free text a team writes, e.g. notes; large enough for real minutes, bounded for the database. */
export const LongText = z.string().max(50_000);

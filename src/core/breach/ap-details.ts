import { z } from 'zod';
import { Line } from '../worksheets/fields.js';

/**
 * What the AP's notification form asks about the organisation itself (chapter 3) and the contact
 * point for the people involved: kept once in the organisation's settings instead of typed again
 * for every breach. Every field may stay empty; the AP form then marks it as missing.
 */
export const ApDetails = z.strictObject({
  address: Line.default(''),
  /** The Chamber of Commerce number: eight digits. */
  kvkNumber: z.union([z.literal(''), z.string().trim().regex(/^\d{8}$/, 'kvkNumber')]).default(''),
  sector: Line.default(''),
  /** The FG's registration number at the AP. */
  dpoRegistrationNumber: Line.default(''),
  /** The contact point for the AP and for the people involved: often the FG or the privacy desk. */
  contactName: Line.default(''),
  contactEmail: z.union([z.literal(''), z.email().max(254)]).default(''),
  contactPhone: z.union([z.literal(''), z.string().trim().regex(/^\+?[0-9 ()-]{6,30}$/, 'phoneInvalid')]).default(''),
});
export type ApDetails = z.output<typeof ApDetails>;
export type ApDetailsInput = z.input<typeof ApDetails>;

/** The stored details, read leniently: a row from before this setting existed counts as empty. */
export const readApDetails = (stored: unknown): ApDetails => ApDetails.safeParse(stored ?? {}).data ?? ApDetails.parse({});

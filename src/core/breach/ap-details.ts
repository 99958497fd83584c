import { z } from 'zod';
import { Line } from '../worksheets/fields.js';

/**
 * What the AP's notification form asks about the organisation itself (chapter 3), the contact points
 * the letter to the people involved names, and whether the organisation falls under the
 * Cyberbeveiligingswet: kept once in the organisation's settings instead of typed again for every
 * breach. Every field may stay empty; the AP form then marks it as missing.
 */
const Email = z.union([z.literal(''), z.email().max(254)]).default('');
const Phone = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,30}$/, 'phoneInvalid'),
  ])
  .default('');
const WebAddress = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default('');

export const ApDetails = z.strictObject({
  address: Line.default(''),
  /** The Chamber of Commerce number: eight digits. */
  kvkNumber: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{8}$/, 'kvkNumber'),
    ])
    .default(''),
  sector: Line.default(''),
  /** The FG's registration number at the AP. */
  dpoRegistrationNumber: Line.default(''),
  /** The contact point for the AP and for the people involved: often the FG or the privacy desk. */
  contactName: Line.default(''),
  contactEmail: Email,
  contactPhone: Phone,
  /** The FG (functionaris gegevensbescherming, art. 37–39), whom the letter names as contact point (art. 34(2), 33(3)(b)). */
  dpoName: Line.default(''),
  dpoEmail: Email,
  dpoPhone: Phone,
  /** The complaints officer every care provider must have (Wkkgz art. 15), named in the letter for complaints about care. */
  complaintsName: Line.default(''),
  complaintsEmail: Email,
  complaintsPhone: Phone,
  complaintsUrl: WebAddress,
  /**
   * Whether the organisation falls under the Cyberbeveiligingswet (NIS2, Directive (EU) 2022/2555) as an
   * essential or important entity: then a significant incident needs an early warning to the CSIRT
   * within 24 hours (art. 23(4)(a)). Off until the organisation says so.
   */
  cbwApplies: z.boolean().default(false),
});
export type ApDetails = z.output<typeof ApDetails>;
export type ApDetailsInput = z.input<typeof ApDetails>;

/** The stored details, read leniently: a row from before this setting existed counts as empty. */
export const readApDetails = (stored: unknown): ApDetails => ApDetails.safeParse(stored ?? {}).data ?? ApDetails.parse({});

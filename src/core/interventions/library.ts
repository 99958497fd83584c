import { z } from 'zod';
import { COMB_FACTORS } from '../comb.js';
import { Line, Paragraph } from '../worksheets/fields.js';
import { INTERVENTION_FUNCTIONS } from './functions.js';

/** The target behaviours interventions are tagged with, so a team finds what fits its behaviour. */
export const TARGET_BEHAVIOURS = [
  'breach-reporting',
  'email-recipient',
  'secure-sharing',
  'record-access',
  'emergency-access',
  'phishing-reporting',
  'screen-locking',
  'passwords',
  'paper',
  'mobile-devices',
  'social-media',
  'general',
] as const;
export type TargetBehaviourTag = (typeof TARGET_BEHAVIOURS)[number];

/** A rough size of the work: an afternoon, a few weeks, a project. */
export const EFFORTS = ['low', 'medium', 'high'] as const;
export type Effort = (typeof EFFORTS)[number];

/** A technique of BCT Taxonomy v1 by its number, e.g. "2.2" (the content module checks it exists). */
export const BctId = z.string().regex(/^\d{1,2}\.\d{1,2}$/);

/** Tag lists: each value once, a handful at most. */
const tags = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicate' });

export const FunctionTags = tags(z.enum(INTERVENTION_FUNCTIONS), INTERVENTION_FUNCTIONS.length);
export const FactorTags = tags(z.enum(COMB_FACTORS), COMB_FACTORS.length);
export const BehaviourTags = tags(z.enum(TARGET_BEHAVIOURS), TARGET_BEHAVIOURS.length);
/** The most techniques one intervention names: a handful is what makes it readable. */
export const MAX_TECHNIQUES = 12;
export const BctTags = tags(BctId, MAX_TECHNIQUES);

/** An intervention a team adds to its organisation's own library, next to the built-in one. */
export const OwnIntervention = z.strictObject({
  title: Line.min(1),
  description: Paragraph,
  example: Paragraph,
  functions: FunctionTags.min(1),
  factors: FactorTags,
  fits: BehaviourTags,
  effort: z.enum(EFFORTS),
  bcts: BctTags,
});
export type OwnIntervention = z.infer<typeof OwnIntervention>;

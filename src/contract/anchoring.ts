import { z } from 'zod';
import { ANCHORING_AREAS, ANCHORING_STATUSES } from '#core/anchoring/checklist.js';
import { Day, type Json } from './common.js';

/** Step 6.2: the anchoring checklist of a programme. */

export const AnchoringItem = z.object({
  id: z.uuid(),
  area: z.enum(ANCHORING_AREAS),
  description: z.string(),
  /** The owner in the line: a colleague with an account, only a name, or nobody yet (empty name). */
  owner: z.object({ userId: z.uuid().nullable(), name: z.string() }),
  due: Day.nullable(),
  status: z.enum(ANCHORING_STATUSES),
  /** Where it is laid down, or why it does not apply. */
  note: z.string(),
});
export type AnchoringItem = Json<typeof AnchoringItem>;

export const AnchoringChecklist = z.object({
  items: z.array(AnchoringItem),
  progress: z.object({ total: z.number().int(), done: z.number().int(), notApplicable: z.number().int(), settled: z.number().int() }),
});
export type AnchoringChecklist = Json<typeof AnchoringChecklist>;

/** The checklist after adding the standard items, with how many were added (0 when every area had one). */
export const StandardAdded = AnchoringChecklist.extend({ added: z.number().int() });
export type StandardAdded = Json<typeof StandardAdded>;

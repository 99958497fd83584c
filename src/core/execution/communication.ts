import { z } from 'zod';
import { Day, Line, Paragraph } from '../worksheets/fields.js';
import { byDue } from './actions.js';

/**
 * The communication plan of 5.1: which message reaches which audience through which channel, and
 * when. The method asks the target group which channels reach them (steps.md 5.1); the suggestions
 * below are the usual answers, but any channel the team names is fine.
 */

export const COMMUNICATION_STATUSES = ['planned', 'done'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

/** Channels that often reach care staff; the interface shows them translated (execution.communication.channels). */
export const SUGGESTED_CHANNELS = ['teamMeeting', 'intranet', 'screenSaver', 'huddle', 'newsletter', 'email', 'poster', 'workInstruction'] as const;
export type SuggestedChannel = (typeof SUGGESTED_CHANNELS)[number];

/** A communication item as the team enters it. */
export const CommunicationInput = z.strictObject({
  /** Who it is for, e.g. "verpleegkundigen afdeling B". */
  audience: Line.min(1),
  message: Paragraph.min(1),
  /** Free text: one of the suggestions in the team's words, or a channel of their own. */
  channel: Line.min(1),
  planned: Day.nullable(),
  /** Who sends it; may be empty while nobody has taken it on. */
  ownerName: Line,
  status: z.enum(COMMUNICATION_STATUSES),
});
export type CommunicationInput = z.infer<typeof CommunicationInput>;

export interface CommunicationItem extends CommunicationInput {
  id: string;
}

/** The plan in the order it happens: by planned day (undated last), then by audience. */
export function sortCommunication<T extends Pick<CommunicationItem, 'planned' | 'audience'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byDue(a.planned, b.planned) || a.audience.localeCompare(b.audience, 'nl'));
}

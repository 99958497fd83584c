import type { TFunction } from 'i18next';

/** A count as the API gives it: exact, or, while answers come in, rounded down to the minimum and a day late. */
export interface AnswerCount {
  responses: number;
  countRounded?: boolean;
  minGroupSize?: number | null;
}

/** The count as a team reads it: "12", or "minder dan 5" / "10 of meer" while the round is open. */
export function formatAnswerCount(t: TFunction, count: AnswerCount): string {
  if (!count.countRounded) return String(count.responses);
  return count.responses === 0 ? t('common.liveCount.below', { min: count.minGroupSize ?? '' }) : t('common.liveCount.atLeast', { count: count.responses });
}

/** Retention of raw answers: how many months after a survey closed they may be kept, at most 50 years. */
export const RETENTION_MONTHS_MAX = 600;

/** Surveys that closed before this moment have outlived a retention of `months`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

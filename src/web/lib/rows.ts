/** Small helpers for the rows of a worksheet form (problems, members, milestones…). */

/** A row id: unique within its worksheet, made without crypto.randomUUID (which needs HTTPS). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export const updateRow = <T extends { id: string }>(rows: readonly T[], id: string, patch: Partial<T>): T[] =>
  rows.map((r) => (r.id === id ? { ...r, ...patch } : r));

export const removeRow = <T extends { id: string }>(rows: readonly T[], id: string): T[] => rows.filter((r) => r.id !== id);

/** A rating select's value: '' for "not rated". */
export const ratingValue = (rating: number | null | undefined) => (rating == null ? '' : String(rating));
export const parseRating = (value: string | null) => (value ? Number(value) : null);

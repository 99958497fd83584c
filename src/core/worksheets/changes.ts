/**
 * What changed between two versions of a worksheet, per top-level field, so a team can see at a
 * check-in what moved since the last one without reading both versions side by side.
 */
export type FieldChange = { field: string; kind: 'value' } | { field: string; kind: 'rows'; added: number; removed: number; changed: number };

type Data = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRowList = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((r) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string');

function flatten(data: Data, prefix = ''): Data {
  // Nested groups of values (e.g. the meeting rhythm) are compared field by field.
  return Object.fromEntries(
    Object.entries(data).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && !isRecordOfRatings(k)
        ? Object.entries(flatten(v as Data, `${prefix}${k}.`))
        : [[`${prefix}${k}`, v]],
    ),
  );
}

const isEmpty = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** Maps keyed by row id (ratings, scores) count as one value: they change together with their rows. */
const isRecordOfRatings = (key: string) => key === 'ratings' || key === 'scores';

export function worksheetChanges(before: Data | null, after: Data): FieldChange[] {
  const a = flatten(before ?? {});
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [old, now] = [a[field], b[field]];
    if (same(old, now)) continue;
    if ((old === undefined || isRowList(old)) && isRowList(now)) {
      const oldRows = new Map((old ?? []).map((r) => [r.id, r]));
      const newIds = new Set(now.map((r) => r.id));
      const added = now.filter((r) => !oldRows.has(r.id)).length;
      const removed = [...oldRows.keys()].filter((id) => !newIds.has(id)).length;
      const changed = now.filter((r) => oldRows.has(r.id) && !same(oldRows.get(r.id), r)).length;
      // Only the order changed, or an empty list appeared: nothing to report.
      if (added + removed + changed > 0) changes.push({ field, kind: 'rows', added, removed, changed });
    } else if (!(old === undefined && isEmpty(now))) {
      // A field that appears empty (first save of a worksheet) is not a change worth reporting.
      changes.push({ field, kind: 'value' });
    }
  }
  return changes;
}

/**
 * What the audit log records changes to: the log's `entity` column, the audit page's filter and
 * its translated names all take this one list, so a new kind of thing cannot go unlisted.
 */
export const AUDIT_ENTITIES = [
  'organisation',
  'user',
  'programme',
  'substep',
  'survey',
  'intervention',
  'intervention_candidate',
  'action',
  'communication',
  'checkin',
  'kpi',
  'kpi_measurement',
  'anchoring_item',
  'knowledge_check',
  'breach',
  'cohort',
  'cohort_share',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

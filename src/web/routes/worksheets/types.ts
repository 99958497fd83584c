import type { WorksheetFields, WorksheetKey } from '#core/worksheets/index.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';

/** What every worksheet form gets from the editor that saves it. */
export interface WorksheetFormProps<K extends WorksheetKey> {
  programme: ProgrammeDetail;
  value: WorksheetFields<K>;
  onChange: (next: WorksheetFields<K>) => void;
  readOnly: boolean;
  /** The last failed save, so inputs can show the API's message for their field path (e.g. "fields.problems.0.title"). */
  error: unknown;
}

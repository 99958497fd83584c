import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmissionSummary } from '#web/queries/masterclass-assignments.queries.js';

type State = SubmissionSummary['state'];
/** The dot's colour only repeats what the badge's text says (WCAG 1.4.1); dark text on white keeps its contrast in striped rows. */
const COLOURS: Record<State, string> = { onTime: 'green', late: 'orange', missing: 'red', open: 'gray' };

/** Whether an answer was handed in on time, late, not at all (past the due date) or not yet. */
export function SubmissionStateBadge({ state }: { state: State }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[state]} variant="dot" style={{ flexShrink: 0 }}>
      {t(`mcAssignments.state.${state}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubstepStatus } from '#core/steps.js';

const COLORS: Record<SubstepStatus, string> = { not_started: 'gray', in_progress: 'yellow', done: 'green' };

export function StatusBadge({ status }: { status: SubstepStatus }) {
  const { t } = useTranslation();
  return (
    // Never squeezed by its row: a clipped "KLA…" says nothing.
    <Badge color={COLORS[status]} variant="dot" style={{ flexShrink: 0 }}>
      {t(`common.status.${status}`)}
    </Badge>
  );
}

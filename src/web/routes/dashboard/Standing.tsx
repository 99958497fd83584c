import { Badge, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus, StatusReason } from '#core/dashboard/status.js';

/**
 * Dark green and dark red keep white text above 4.5:1; the words say the status, so colour is
 * never the only sign of it.
 */
const COLOUR: Record<ProgrammeStatus['status'], string> = { onTrack: '#1e6b30', needsAttention: '#c92a2a' };

/** The programme's one status (or "archived", which has none), for beside its title. */
export function StandingBadge({ standing }: { standing: ProgrammeStatus | null }) {
  const { t } = useTranslation();
  const style = { flexShrink: 0 };
  if (!standing) {
    return (
      <Badge color="dark" variant="outline" style={style}>
        {t('dashboard.archived')}
      </Badge>
    );
  }
  return (
    <Badge color={COLOUR[standing.status]} variant="filled" size="lg" tt="none" style={style}>
      {t(`dashboard.standing.${standing.status}`)}
    </Badge>
  );
}

function reasonText(t: TFunction, reason: StatusReason) {
  switch (reason.code) {
    case 'noCheckinPlanned':
      return t('dashboard.standing.reasons.noCheckinPlanned');
    case 'openBehind':
      return t('dashboard.standing.reasons.openBehind', { count: reason.keys.length, keys: reason.keys.join(', ') });
    default:
      return t(`dashboard.standing.reasons.${reason.code}`, { count: reason.count });
  }
}

/** Why a programme needs attention, one line per reason; nothing for one on track or archived. */
export function StandingReasons({ standing, labelId }: { standing: ProgrammeStatus | null; labelId: string }) {
  const { t } = useTranslation();
  if (!standing || standing.status === 'onTrack') return null;
  return (
    <div>
      <Text size="sm" fw={700} id={labelId}>
        {t('dashboard.standing.why')}
      </Text>
      <List size="sm" spacing={2} aria-labelledby={labelId}>
        {standing.reasons.map((r) => (
          <List.Item key={r.code}>{reasonText(t, r)}</List.Item>
        ))}
      </List>
    </div>
  );
}

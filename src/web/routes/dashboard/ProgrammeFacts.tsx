import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDay } from '../../lib/day.js';
import type { DashboardProgramme } from './queries.js';

/** Open, overdue and done actions; overdue in words on a dark red badge, so it is not told by colour alone. */
export function ActionsLine({ actions }: { actions: DashboardProgramme['actions'] }) {
  const { t } = useTranslation();
  if (actions.total === 0) return <Text size="sm">{t('dashboard.actions.none')}</Text>;
  return (
    <Text size="sm">
      {t('dashboard.actions.open', { count: actions.open })}
      {', '}
      {actions.overdue > 0 ? (
        <Badge color="#c92a2a" variant="filled" tt="none" component="strong">
          {t('dashboard.actions.overdue', { count: actions.overdue })}
        </Badge>
      ) : (
        t('dashboard.actions.noneOverdue')
      )}
      {' · '}
      {t('dashboard.actions.done', { count: actions.done })}
    </Text>
  );
}

export function CheckinLines({ next, last }: { next: string | null; last: string | null }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <>
      <Text size="sm">{next ? t('dashboard.checkins.next', { date: day(next) }) : t('dashboard.checkins.noNext')}</Text>
      <Text size="sm">{last ? t('dashboard.checkins.last', { date: day(last) }) : t('dashboard.checkins.noLast')}</Text>
    </>
  );
}

export function AnchoringLine({ anchoring }: { anchoring: DashboardProgramme['anchoring'] }) {
  const { t } = useTranslation();
  return <Text size="sm">{anchoring.total === 0 ? t('dashboard.anchoring.none') : t('dashboard.anchoring.progress', { settled: anchoring.settled, total: anchoring.total })}</Text>;
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDay } from '../../lib/day.js';
import type { DashboardProgramme } from '../../queries/dashboard.queries.js';

/** Open and done actions; the overdue ones are a reason of the programme's status, so they are told there. */
export function ActionsLine({ actions }: { actions: DashboardProgramme['actions'] }) {
  const { t } = useTranslation();
  if (actions.total === 0) return <Text size="sm">{t('dashboard.actions.none')}</Text>;
  return <Text size="sm">{`${t('dashboard.actions.open', { count: actions.open })} · ${t('dashboard.actions.done', { count: actions.done })}`}</Text>;
}

/** The next and the last check-in; a missing next one that the status already names as a reason is not told twice. */
export function CheckinLines({ next, last, nextIsReason }: { next: string | null; last: string | null; nextIsReason: boolean }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <>
      {next ? (
        <Text size="sm">{t('dashboard.checkins.next', { date: day(next) })}</Text>
      ) : (
        !nextIsReason && <Text size="sm">{t('dashboard.checkins.noNext')}</Text>
      )}
      <Text size="sm">{last ? t('dashboard.checkins.last', { date: day(last) }) : t('dashboard.checkins.noLast')}</Text>
    </>
  );
}

export function AnchoringLine({ anchoring }: { anchoring: DashboardProgramme['anchoring'] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {anchoring.total === 0 ? t('dashboard.anchoring.none') : t('dashboard.anchoring.progress', { settled: anchoring.settled, total: anchoring.total })}
    </Text>
  );
}

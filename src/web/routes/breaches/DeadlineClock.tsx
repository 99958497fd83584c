import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEADLINE_STATE_LABELS } from '#content/breach.js';
import type { DeadlineState } from '#core/breach/deadline.js';
import type { LocalizedText } from '#core/locale.js';
import { useBreachLocale, useMoment } from './format.js';
import type { Clock } from '../../queries/breaches.queries.js';

/**
 * Dark colours only, so the white text stays readable (WCAG AA); the state is always said in words
 * too, never by colour alone.
 */
const COLOURS: Record<DeadlineState, { color: string; variant: 'filled' | 'outline' }> = {
  open: { color: 'dark', variant: 'outline' },
  dueSoon: { color: '#8f3b00', variant: 'filled' },
  urgent: { color: '#c92a2a', variant: 'filled' },
  expired: { color: '#c92a2a', variant: 'filled' },
  notifiedInTime: { color: 'dark', variant: 'outline' },
  notifiedLate: { color: 'dark', variant: 'outline' },
};

/** "nog 71 uur" / "3 uur te laat"; minutes in the last hour, so the clock never shows "0 uur". */
export function useHoursInWords() {
  const { t } = useTranslation();
  return (hoursLeft: number) => {
    const hours = Math.floor(Math.abs(hoursLeft));
    const minutes = Math.floor(Math.abs(hoursLeft) * 60);
    if (hoursLeft >= 0) return hours >= 1 ? t('breaches.clock.hoursLeft', { count: hours }) : t('breaches.clock.minutesLeft', { count: minutes });
    return hours >= 1 ? t('breaches.clock.hoursLate', { count: hours }) : t('breaches.clock.minutesLate', { count: minutes });
  };
}

/**
 * An hour clock of one breach: its state, the time left in words while it runs, and the deadline in
 * Dutch time. The AP's 72 hours unless `labels` name the states of another clock (the CSIRT's 24 hours).
 */
export function DeadlineClock({
  clock,
  withDeadline = false,
  labels = DEADLINE_STATE_LABELS,
}: {
  clock: Clock;
  withDeadline?: boolean;
  labels?: Record<DeadlineState, LocalizedText>;
}) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  const inWords = useHoursInWords();
  // A clock that stopped without a notification (decided not to notify, or closed) has no state to warn about.
  const shown = clock.running || clock.state === 'notifiedInTime' || clock.state === 'notifiedLate';
  const { color, variant } = COLOURS[clock.state];
  return (
    <Group gap="xs" wrap="wrap">
      {shown ? (
        <Badge color={color} variant={variant} autoContrast>
          {text(labels[clock.state])}
        </Badge>
      ) : (
        <Text size="sm">{t('breaches.clock.notRunning')}</Text>
      )}
      {clock.running && <Text size="sm">{inWords(clock.hoursLeft)}</Text>}
      {withDeadline && <Text size="sm">{t('breaches.clock.deadline', { at: moment(clock.deadline) })}</Text>}
    </Group>
  );
}

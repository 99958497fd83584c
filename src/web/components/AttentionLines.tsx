import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBSTEP_TITLES } from '../lib/substepTitles.js';
import type { Attention } from '#core/execution/attention.js';
import { useDay } from '../lib/day.js';
import { useLocalized } from '../lib/localized.js';

/**
 * What needs attention in a programme, one short line each (programme card, navigator, board
 * dashboard): what to do now, sub-steps left behind, overdue actions, the next check-in and open
 * decisions. Overdue is said in bold words, not by colour alone.
 */
export function AttentionLines({ attention: a, size = 'sm' }: { attention: Attention; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  return (
    <Stack gap={2} aria-label={t('programmes.attention.label')} role="group">
      <Text size={size} fw={600}>
        {a.next ? t('programmes.attention.next', { key: a.next, title: l(SUBSTEP_TITLES[a.next]) }) : t('programmes.attention.allDone')}
      </Text>
      {a.openBehind.length > 0 && <Text size={size}>{t('programmes.attention.behind', { keys: a.openBehind.join(', ') })}</Text>}
      {a.overdueActions > 0 && (
        <Text size={size} fw={700} c="red.9">
          {t('programmes.attention.overdue', { count: a.overdueActions })}
        </Text>
      )}
      <Text size={size}>{a.nextCheckin ? t('programmes.attention.checkin', { date: day(a.nextCheckin) }) : t('programmes.attention.noCheckin')}</Text>
      {a.openDecisions > 0 && <Text size={size}>{t('programmes.attention.decisions', { count: a.openDecisions })}</Text>}
    </Stack>
  );
}

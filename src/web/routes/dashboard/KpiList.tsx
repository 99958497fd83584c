import { Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KPI_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { Sparkline } from '../../components/Sparkline.js';
import { useDay } from '../../lib/day.js';
import { useValueFormat } from '../../lib/measurement-format.js';
import type { DashboardKpi } from '../../queries/dashboard.queries.js';

/** The sparkline's text alternative: where the line ends, and the baseline and target it is drawn against. */
function useTrendLabel() {
  const { t } = useTranslation();
  const format = useValueFormat();
  const day = useDay();
  return (k: DashboardKpi) => {
    const withUnit = (n: number | null, none: 'dashboard.kpis.noBaseline' | 'dashboard.kpis.noTarget') => (n === null ? t(none) : `${format(n)} ${k.unit}`);
    return t('dashboard.kpis.trend', {
      name: k.name,
      count: k.points.length,
      latest: k.latest ? `${format(k.latest.value)} ${k.unit}` : '',
      date: k.latest ? day(k.latest.date) : '',
      baseline: withUnit(k.baseline, 'dashboard.kpis.noBaseline'),
      target: withUnit(k.target, 'dashboard.kpis.noTarget'),
    });
  };
}

/** Each KPI's latest measurement against its target, where that leaves it in words, and its line as a sparkline. */
export function KpiList({ kpis }: { kpis: DashboardKpi[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const format = useValueFormat();
  const trendLabel = useTrendLabel();
  if (kpis.length === 0) return <Text size="sm">{t('dashboard.kpis.none')}</Text>;
  return (
    <List size="sm" spacing={6} listStyleType="none" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
      {kpis.map((k) => (
        <List.Item key={k.id}>
          {/* Side by side where there is room; on a phone the line goes under the words. */}
          <Group justify="space-between" align="center" gap="xs">
            <Text size="sm" style={{ flex: '1 1 14rem' }}>
              <Text span fw={700} size="sm">
                {k.name}
              </Text>
              {': '}
              {k.latest ? t('dashboard.kpis.latest', { value: format(k.latest.value), unit: k.unit }) : t('dashboard.kpis.noMeasurement')}
              {' · '}
              {k.target === null ? t('dashboard.kpis.noTarget') : t('dashboard.kpis.target', { value: format(k.target), unit: k.unit })}
              {k.status !== 'noData' && k.status !== 'noTarget' && (
                <>
                  {' · '}
                  {/* Worse than the baseline stands out in dark red (above 4.5:1), and says so in words. */}
                  <Text span size="sm" c={k.status === 'worse' ? '#c92a2a' : undefined} fw={k.status === 'worse' ? 700 : undefined}>
                    {l(KPI_STATUS_LABELS[k.status])}
                  </Text>
                </>
              )}
            </Text>
            <Sparkline points={k.points} label={trendLabel(k)} baseline={k.baseline} target={k.target} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

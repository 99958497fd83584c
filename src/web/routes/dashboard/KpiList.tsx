import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useValueFormat } from '../measurement/format.js';
import type { DashboardKpi } from './queries.js';

/** Each KPI's latest measurement against its target, and, once both exist, where that leaves it in words. */
export function KpiList({ kpis }: { kpis: DashboardKpi[] }) {
  const { t } = useTranslation();
  const format = useValueFormat();
  if (kpis.length === 0) return <Text size="sm">{t('dashboard.kpis.none')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {kpis.map((k) => (
        <List.Item key={k.id}>
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
                {t(`measurement.kpis.status.${k.status}`)}
              </Text>
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}

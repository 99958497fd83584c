import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import type { DiagnosisEntry } from '#core/research/diagnosis.js';
import { FINDING_KINDS } from '#core/research/interviews.js';
import { useCombText } from '../../lib/combText.js';

/** Heaviest first; entries without a weight last, otherwise in the order the team wrote them. */
export const byWeight = (a: DiagnosisEntry, b: DiagnosisEntry) => (b.weight ?? 0) - (a.weight ?? 0);

/** 3.4 c: per factor the barriers and enablers with their weight, so the team sees the diagnosis at a glance. */
export function DiagnosisGrid({ entries }: { entries: readonly DiagnosisEntry[] }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const groups: { key: string; title: string; entries: DiagnosisEntry[] }[] = COMB_FACTORS.map((f: CombFactor) => ({
    key: f,
    title: factorName(f),
    entries: entries.filter((e) => e.factor === f),
  }));
  const withoutFactor = entries.filter((e) => e.factor === null);
  if (withoutFactor.length > 0) groups.push({ key: 'none', title: t('worksheets.diagnosis.withoutFactor'), entries: withoutFactor });

  return (
    <section aria-labelledby="diagnosis-grid-title">
      <Title order={3} size="h5" id="diagnosis-grid-title" mb="xs">
        {t('worksheets.diagnosis.gridTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('worksheets.diagnosis.gridIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {groups.map((g) => (
          <Paper key={g.key} withBorder p="xs" component="section" aria-labelledby={`grid-${g.key}`}>
            <Title order={4} size="h6" id={`grid-${g.key}`}>
              {g.title}
            </Title>
            {FINDING_KINDS.map((kind) => {
              const own = g.entries.filter((e) => e.kind === kind).sort(byWeight);
              return (
                <div key={kind}>
                  <Text size="sm" fw={700} mt={4}>
                    {t(kind === 'barrier' ? 'worksheets.diagnosis.barriers' : 'worksheets.diagnosis.enablers')}
                  </Text>
                  {own.length === 0 ? (
                    <Text size="sm">{t('worksheets.diagnosis.nothing')}</Text>
                  ) : (
                    <List size="sm" spacing={2}>
                      {own.map((e) => (
                        <List.Item key={e.id}>
                          {e.description.trim() || t('worksheets.unnamed')} (
                          {e.weight === null ? t('worksheets.diagnosis.unweighted') : t('worksheets.diagnosis.weightN', { weight: e.weight })})
                        </List.Item>
                      ))}
                    </List>
                  )}
                </div>
              );
            })}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

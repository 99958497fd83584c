import { Badge, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CriterionView } from '#contract/interventions.js';

const BAR_HEIGHT = 18;

/**
 * The team's scores on one criterion, small enough for a matrix cell: a bar per score 1 to 5, as
 * high as the number of members who gave it, and beneath it the average with the lowest and highest.
 * Screen readers get the same in one sentence.
 */
export function TeamSpread({ view, concern, format }: { view: CriterionView; concern: boolean; format: (n: number | null) => string }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...view.counts);
  if (view.mean === null) {
    return (
      <Text size="xs" pos="relative">
        <span aria-hidden>–</span>
        <VisuallyHidden>{t('interventions.apease.noScores')}</VisuallyHidden>
      </Text>
    );
  }
  // Relative: the hidden sentence is positioned absolutely and would otherwise widen the page beyond the matrix's scroll region.
  return (
    <Stack gap={2} pos="relative">
      <Group gap={2} wrap="nowrap" align="flex-end" h={BAR_HEIGHT} aria-hidden>
        {view.counts.map((count, i) => (
          <Box
            key={i}
            w={12}
            h={count === 0 ? 2 : Math.max(4, (count / most) * BAR_HEIGHT)}
            bg={count === 0 ? 'gray.4' : view.disagreement ? 'orange.8' : 'blue.7'}
          />
        ))}
      </Group>
      <Text size="xs" aria-hidden>
        {view.min === view.max ? format(view.mean) : `${format(view.mean)} (${view.min}–${view.max})`}
      </Text>
      <VisuallyHidden>{t('interventions.apease.spreadText', { mean: format(view.mean), min: view.min, max: view.max, count: view.raters })}</VisuallyHidden>
      {(view.disagreement || concern) && (
        <Group gap={2}>
          {view.disagreement && (
            <Badge size="xs" color="orange" variant="light">
              {t('interventions.apease.disagreement')}
            </Badge>
          )}
          {concern && (
            <Badge size="xs" color="red" variant="light">
              {t('interventions.apease.concern')}
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}

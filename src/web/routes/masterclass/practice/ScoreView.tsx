import { Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVER_CHECKLIST, OBSERVER_SCORE_LABELS } from '#content/masterclass/observer-checklist.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import { useCombText } from '#web/lib/combText.js';
import type { ScoreSummary } from '#web/queries/masterclass-roleplay.queries.js';

/**
 * The observer's scores as `summariseScores` gives them (src/core/masterclass/roleplay.ts): the total,
 * a score per point of the checklist with its note, the factors not asked about, and where the score
 * for "all six factors" does not fit the ticked factors, and the general notes. For the interviewer and the observer.
 */
export function ScoreView({ summary, notes }: { summary: ScoreSummary; notes: string }) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  const captionId = useId();
  const label = (criterion: ScoreSummary['perCriterion'][number]['criterion']) => OBSERVER_CHECKLIST[criterion].label[locale];
  const scoreLabel = (score: ScoreSummary['expectedCoversFactors']) => OBSERVER_SCORE_LABELS[score][locale];
  const covers = summary.perCriterion.find((c) => c.criterion === 'coversFactors');
  return (
    <Stack gap="sm">
      <Text fw={700}>{t('mcPractice.scores.total', { total: summary.total, max: summary.max })}</Text>
      <ScrollRegion labelledBy={captionId}>
        <Table striped captionSide="top" miw={560} maw={820}>
          <Table.Caption id={captionId} style={{ textAlign: 'start' }}>
            {t('mcPractice.scores.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mcPractice.scores.criterion')}</Table.Th>
              <Table.Th scope="col">{t('mcPractice.scores.score')}</Table.Th>
              <Table.Th scope="col">{t('mcPractice.scores.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.perCriterion.map((c) => (
              <Table.Tr key={c.criterion}>
                <Table.Th scope="row" fw={400}>
                  {label(c.criterion)}
                </Table.Th>
                <Table.Td>
                  {scoreLabel(c.score)} ({c.score})
                </Table.Td>
                <Table.Td>{c.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm">
        {summary.missingFactors.length === 0
          ? t('mcPractice.scores.allFactors')
          : t('mcPractice.scores.missing', { factors: summary.missingFactors.map(factorName).join(', ') })}
      </Text>
      {!summary.consistent && covers && (
        <Text size="sm" fw={600}>
          {t('mcPractice.scores.inconsistent', {
            criterion: label('coversFactors'),
            given: scoreLabel(covers.score),
            expected: scoreLabel(summary.expectedCoversFactors),
          })}
        </Text>
      )}
      <div>
        <Text size="sm" fw={700}>
          {t('mcPractice.scores.notes')}
        </Text>
        <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line' }}>
          {notes || t('mcPractice.scores.noNotes')}
        </Text>
      </div>
    </Stack>
  );
}

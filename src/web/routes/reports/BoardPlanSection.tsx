import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useLocale } from '../../lib/combText.js';
import { DocumentLinks } from '../../components/DocumentLinks.js';

/**
 * On 4.4: the plan van aanpak as the document that goes to the board before step 5 (in the
 * masterclass it is drafted early, to win the board's support), not only as an end product in 6.3.
 */
export function BoardPlanSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const lang = useLocale();
  return (
    <Section id="board-plan-title" title={t('reports.board.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('reports.board.intro')}</Text>
        <Text size="sm">{t('reports.documents.plan.contents')}</Text>
        <Text size="sm">{t('reports.board.grows')}</Text>
        <DocumentLinks programmeId={programme.id} lang={lang} documents={['plan']} />
      </Stack>
    </Section>
  );
}

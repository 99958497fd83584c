import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubstepGuidance } from '../../../content/types.js';
import { useLocalized } from '../../lib/localized.js';

/** The method's guidance for one sub-step: what, how, tips, examples and its worksheet. */
export function Guidance({ guidance, hasForm }: { guidance: SubstepGuidance; hasForm: boolean }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mt="md" mb="xs">
        {title}
      </Title>
      {body}
    </section>
  );
  return (
    <Paper withBorder p="md">
      {section('guidance-what', t('navigator.what'), <Text>{l(guidance.purpose)}</Text>)}
      {section(
        'guidance-how',
        t('navigator.how'),
        l(guidance.approach)
          .split(/\n\n+/)
          .map((para, i) => <Text key={i} mb="xs">{para}</Text>),
      )}
      {guidance.tips.length > 0 && section('guidance-tips', t('navigator.tips'), <List spacing="xs">{guidance.tips.map((tip, i) => <List.Item key={i}>{l(tip)}</List.Item>)}</List>)}
      {guidance.examples.length > 0 &&
        section('guidance-examples', t('navigator.examples'), <List spacing="xs">{guidance.examples.map((ex, i) => <List.Item key={i}>{l(ex)}</List.Item>)}</List>)}
      {guidance.worksheet &&
        section(
          'guidance-worksheet',
          t('navigator.worksheet'),
          <>
            <Text>{l(guidance.worksheet)}</Text>
            {!hasForm && <Text size="sm" mt="xs">{t('navigator.worksheetLater')}</Text>}
          </>,
        )}
    </Paper>
  );
}

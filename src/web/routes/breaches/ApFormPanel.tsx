import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AP_CHAPTER_LABELS, AP_QUESTION_LABELS, AP_SOURCE_LABELS, BREACH_LABELS } from '#content/breach.js';
import { apFormProgress, type ApAnswerSource, type ApAnswerValue } from '#core/breach/ap-form.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import { CopyText } from './CopyText.js';
import { useBreachLocale, useMoment } from './format.js';
import { useApForm } from '../../queries/breaches.queries.js';

/** Recorded answers are plain; the ones to check or fill stand out, in words as well as colour. */
const SOURCE_BADGE: Record<ApAnswerSource, { color: string; variant: 'filled' | 'outline' }> = {
  recorded: { color: 'dark', variant: 'outline' },
  derived: { color: '#8f3b00', variant: 'filled' },
  missing: { color: '#c92a2a', variant: 'filled' },
};

/** An answer as the officer types it into the AP's form, in the reader's language. */
function useAnswerText() {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  return (value: ApAnswerValue): string => {
    switch (value.type) {
      case 'text':
        return value.text;
      case 'choice':
        return value.keys.map((k) => (BREACH_LABELS[value.labels][k] ? text(BREACH_LABELS[value.labels][k]!) : k)).join(', ');
      case 'moment':
        return moment(value.at);
      case 'number':
        return String(value.value);
      case 'range':
        return value.max === null
          ? t('breaches.apForm.atLeast', { min: value.min })
          : value.min === value.max
            ? String(value.min)
            : `${value.min}–${value.max}`;
      case 'yesNo':
        return value.value ? t('breaches.yes') : t('breaches.no');
      case 'empty':
        return '';
    }
  };
}

/** The answers for the AP's online form, chapter by chapter in its order, each marked and ready to copy. */
export function ApFormPanel({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const form = useApForm(breachId);
  const answerText = useAnswerText();
  const progress = form.data ? apFormProgress(form.data.chapters) : null;
  return (
    <Section id="breach-ap-form" title={t('breaches.apForm.title')}>
      <Stack gap="md">
        <Text size="sm">{t('breaches.apForm.intro')}</Text>
        <ErrorAlert error={form.error} />
        {progress && <Text size="sm">{t('breaches.apForm.progress', progress)}</Text>}
        {form.data?.chapters.map((chapter) => (
          <div key={chapter.key}>
            <Title order={3} size="h5" mb="xs">
              {chapter.number}. {text(AP_CHAPTER_LABELS[chapter.key])}
            </Title>
            {/* Two columns, the mark and the copy button under the answer: it wraps on a phone rather than scroll. */}
            <Table layout="fixed">
              <Table.Tbody>
                {chapter.answers.map((a) => {
                  const question = text(AP_QUESTION_LABELS[a.question]);
                  const value = answerText(a.value);
                  return (
                    <Table.Tr key={a.question}>
                      <Table.Th scope="row" w="38%" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
                        {question}
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {a.applies ? value || '—' : t('breaches.apForm.notApplicable')}
                        </Text>
                        {a.applies && (
                          <Group gap="xs" mt={4}>
                            <Badge color={SOURCE_BADGE[a.source].color} variant={SOURCE_BADGE[a.source].variant} autoContrast>
                              {text(AP_SOURCE_LABELS[a.source])}
                            </Badge>
                            {value && <CopyText value={value} what={question} />}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
    </Section>
  );
}

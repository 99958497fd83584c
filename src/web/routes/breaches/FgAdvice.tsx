import { Checkbox, Fieldset, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { againstAdvice, type FgAdvice } from '#core/breach/decision.js';
import { useMoment } from './format.js';
import type { Decision } from '../../queries/breaches.queries.js';
import { MomentInput } from './RegisterFields.js';

/** The FG's advice while the officer types it: the moment stays empty until filled in. */
export type FgAdviceDraft = Omit<FgAdvice, 'at'> & { at: string | null };

/** The FG's advice on the decision (art. 38(1), 39(1)(a)): both questions, the advice, by whom and when. */
export function FgAdviceFields({
  value,
  onChange,
  error,
}: {
  value: FgAdviceDraft;
  onChange: (value: FgAdviceDraft) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof FgAdviceDraft>(key: K) =>
    (v: FgAdviceDraft[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <Fieldset legend={t('breaches.fgAdvice.legend')}>
      <Stack gap="xs">
        <Text size="sm">{t('breaches.fgAdvice.intro')}</Text>
        <Checkbox label={t('breaches.fgAdvice.notifyAp')} checked={value.notifyAp} onChange={(e) => set('notifyAp')(e.currentTarget.checked)} />
        <Checkbox
          label={t('breaches.fgAdvice.informSubjects')}
          checked={value.informSubjects}
          onChange={(e) => set('informSubjects')(e.currentTarget.checked)}
        />
        <Textarea
          label={t('breaches.fgAdvice.advice')}
          required
          autosize
          minRows={2}
          value={value.advice}
          onChange={(e) => set('advice')(e.currentTarget.value)}
          error={error('fgAdvice.advice')}
        />
        <TextInput
          label={t('breaches.fgAdvice.by')}
          required
          value={value.by}
          onChange={(e) => set('by')(e.currentTarget.value)}
          error={error('fgAdvice.by')}
        />
        <MomentInput label={t('breaches.fgAdvice.at')} required value={value.at} onChange={set('at')} error={error('fgAdvice.at')} />
      </Stack>
    </Fieldset>
  );
}

/** The FG's advice beside the decision in the history, saying in words where the decision went another way. */
export function FgAdviceCell({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const advice = decision.fgAdvice;
  if (!advice) return <>{t('breaches.fgAdvice.none')}</>;
  const yesNo = (value: boolean) => (value ? t('breaches.yes') : t('breaches.no')).toLowerCase();
  const against = againstAdvice(decision, advice);
  return (
    <Stack gap={4}>
      <Text size="sm">{t('breaches.fgAdvice.summary', { notifyAp: yesNo(advice.notifyAp), informSubjects: yesNo(advice.informSubjects) })}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {advice.advice}
      </Text>
      <Text size="sm">{t('breaches.fgAdvice.givenBy', { by: advice.by, at: moment(advice.at) })}</Text>
      {against.length > 0 && (
        <Text size="sm" fw={700}>
          {t('breaches.fgAdvice.against', { questions: against.map((q) => t(`breaches.fgAdvice.questions.${q}`)).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}

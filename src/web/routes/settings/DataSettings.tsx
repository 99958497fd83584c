import { Anchor, Button, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention, RetentionAnswer } from '#contract/organisation.js';
import { RETENTION_MONTHS_MAX } from '#core/export/retention.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { get, put } from '../../lib/api.js';

const FIELDS = ['surveyResponsesMonths', 'knowledgeResponsesMonths'] as const;
type Field = (typeof FIELDS)[number];
const KEY = ['organisation', 'retention'];

/** In the form an empty field keeps the answers (null). */
type RetentionForm = Record<Field, number | ''>;
const toForm = (saved: Retention) => Object.fromEntries(FIELDS.map((f) => [f, saved[f] ?? ''])) as RetentionForm;
const fromForm = (form: RetentionForm) => Object.fromEntries(Object.entries(form).map(([f, v]) => [f, v === '' ? null : v])) as Retention;

/** How long raw survey and knowledge-check answers are kept, and the organisation export (admins). */
export function DataSettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useQuery({ queryKey: KEY, queryFn: () => get<RetentionAnswer>('/api/organisation/retention') });
  const [months, setMonths] = useState<RetentionForm>({ surveyResponsesMonths: '', knowledgeResponsesMonths: '' });
  useEffect(() => {
    if (answer.data) setMonths(toForm(answer.data.retention));
  }, [answer.data]);
  const save = useMutation({
    mutationFn: () => put<RetentionAnswer>('/api/organisation/retention', fromForm(months)),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-title" style={{ maxWidth: 560 }}>
      <Title order={2} size="h4" id="data-title" mb="xs">
        {t('settings.data.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={answer.error ?? save.error} />
          {FIELDS.map((field) => (
            <NumberInput
              key={field}
              label={t(`settings.data.${field}.label`)}
              description={t(`settings.data.${field}.hint`)}
              min={1}
              max={RETENTION_MONTHS_MAX}
              allowDecimal={false}
              value={months[field]}
              onChange={(v) => setMonths((m) => ({ ...m, [field]: v === '' ? '' : Number(v) }))}
              error={fieldError(save.error, field)}
            />
          ))}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('settings.data.save')}
          </Button>
          <Text size="sm">{t('settings.data.exportIntro')}</Text>
          <Anchor href="/api/organisation/export" download>
            {t('settings.data.export')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}

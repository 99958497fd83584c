import { Alert, Anchor, Button, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_MONTHS_MAX } from '../../../core/export/retention.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { get, put } from '../../lib/api.js';

interface Retention {
  surveyResponsesMonths: number | null;
}
const KEY = ['organisation', 'retention'];

/** How long raw survey answers are kept, and the organisation export (admins). */
export function DataSettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useQuery({ queryKey: KEY, queryFn: () => get<{ retention: Retention }>('/api/organisation/retention') });
  // Empty keeps the answers.
  const [months, setMonths] = useState<number | ''>('');
  useEffect(() => {
    if (answer.data) setMonths(answer.data.retention.surveyResponsesMonths ?? '');
  }, [answer.data]);
  const save = useMutation({
    mutationFn: () => put<{ retention: Retention }>('/api/organisation/retention', { surveyResponsesMonths: months === '' ? null : months }),
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
          {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
          <NumberInput
            label={t('settings.data.retentionMonths')}
            description={t('settings.data.retentionHint')}
            min={1}
            max={RETENTION_MONTHS_MAX}
            allowDecimal={false}
            value={months}
            onChange={(v) => setMonths(v === '' ? '' : Number(v))}
            error={fieldError(save.error, 'surveyResponsesMonths')}
          />
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

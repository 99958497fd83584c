import { Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { DEFAULT_COHORT_CAPACITY, DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from '#core/masterclass/cohort.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { useCreateCohort } from '../../queries/masterclass.queries.js';

/** A trainer starts a masterclass: its name, how many organisations it takes and how long trainers keep what was shared after closing. */
export function NewCohortForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useCreateCohort();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<number | string>(DEFAULT_COHORT_CAPACITY);
  const [retentionDays, setRetentionDays] = useState<number | string>(DEFAULT_RETENTION_DAYS);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, capacity: Number(capacity), retentionDays: Number(retentionDays) }, { onSuccess: ({ id }) => navigate(`/masterclass/${id}`) });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-cohort-title">
      <Title order={3} size="h5" id="new-cohort-title" mb="sm">
        {t('masterclass.create.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <TextInput
            label={t('masterclass.create.name')}
            description={t('masterclass.create.nameHint')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
          />
          <NumberInput
            label={t('masterclass.create.capacity')}
            description={t('masterclass.create.capacityHint')}
            min={2}
            max={60}
            allowDecimal={false}
            value={capacity}
            onChange={setCapacity}
            error={fieldError(create.error, 'capacity')}
            maw={240}
          />
          <NumberInput
            label={t('masterclass.create.retention')}
            description={t('masterclass.create.retentionHint')}
            min={0}
            max={MAX_RETENTION_DAYS}
            allowDecimal={false}
            value={retentionDays}
            onChange={setRetentionDays}
            error={fieldError(create.error, 'retentionDays')}
            maw={240}
          />
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('masterclass.create.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('masterclass.create.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

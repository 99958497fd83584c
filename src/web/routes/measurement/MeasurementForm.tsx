import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocale } from '../../lib/combText.js';
import { decimalSeparator } from '../../lib/measurement-format.js';
import { useAddMeasurement, type Kpi } from '../../queries/measurement.queries.js';

/** Adds one measurement to a KPI; the day defaults to today (the server's). */
export function MeasurementForm({ programmeId, kpi, today, onDone }: { programmeId: string; kpi: Kpi; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const add = useAddMeasurement(programmeId, kpi.id);
  const [date, setDate] = useState(today);
  const [value, setValue] = useState<number | string>('');
  const [note, setNote] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ date, value: typeof value === 'number' ? value : null, note }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={4} size="h6" id={headingId}>
          {t('measurement.kpis.measurementForm.legend')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('measurement.kpis.measurementForm.date')}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError(add.error, 'date')}
          />
          <NumberInput
            label={t('measurement.kpis.measurementForm.value', { unit: kpi.unit })}
            required
            hideControls
            decimalSeparator={decimalSeparator(locale)}
            value={value}
            onChange={setValue}
            error={fieldError(add.error, 'value')}
          />
        </SimpleGrid>
        <div>
          <PatientDataWarning id={`${headingId}-warning`} />
          <TextInput
            label={t('measurement.kpis.measurementForm.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(add.error, 'note')}
          />
        </div>
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('measurement.kpis.measurementForm.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('measurement.kpis.measurementForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

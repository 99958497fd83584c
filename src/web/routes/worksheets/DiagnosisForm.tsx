import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Diagnosis, DiagnosisEntry } from '#core/research/diagnosis.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { DiagnosisEntryCard } from './DiagnosisEntryCard.js';
import { DiagnosisGrid } from './DiagnosisGrid.js';
import { DiagnosisSuggestions } from './DiagnosisSuggestions.js';
import type { WorksheetFormProps } from './types.js';

/** 3.4: the behavioural diagnosis (barriers and enablers per COM-B factor, weighted), the input of step 4. */
export function DiagnosisForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'3.4'>) {
  const { t } = useTranslation();
  const set = (patch: Partial<Diagnosis>) => onChange({ ...value, ...patch });
  const entries = value.entries;
  const add = (entry: DiagnosisEntry) => set({ entries: [...entries, entry] });

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.diagnosis.intro')}</Text>
      <DiagnosisSuggestions programmeId={programme.id} entries={entries} onAdd={add} readOnly={readOnly} />

      <section aria-labelledby="entries-title">
        <Title order={3} size="h5" id="entries-title" mb="xs">
          {t('worksheets.diagnosis.entriesTitle')}
        </Title>
        <PatientDataWarning id="diagnosis-warning" />
        <Stack gap="sm">
          {entries.length === 0 && <Text size="sm">{t('worksheets.diagnosis.noEntries')}</Text>}
          {entries.map((e, i) => (
            <DiagnosisEntryCard
              key={e.id}
              entry={e}
              index={i}
              warningId="diagnosis-warning"
              onChange={(patch) => set({ entries: updateRow(entries, e.id, patch) })}
              onRemove={() => set({ entries: removeRow(entries, e.id) })}
              readOnly={readOnly}
              error={error}
            />
          ))}
          {fieldError(error, 'fields.entries') && (
            <Text size="sm" c="red" role="alert">
              {fieldError(error, 'fields.entries')}
            </Text>
          )}
          {!readOnly && (
            <Group>
              <Button
                variant="default"
                onClick={() => add({ id: newId(), factor: null, kind: 'barrier', description: '', evidence: '', sources: [], weight: null, mustChange: '' })}
              >
                {t('worksheets.diagnosis.addEntry')}
              </Button>
            </Group>
          )}
        </Stack>
      </section>

      {entries.length > 0 && <DiagnosisGrid entries={entries} />}

      <Textarea
        label={t('worksheets.diagnosis.summary')}
        description={t('worksheets.diagnosis.summaryHint')}
        autosize
        minRows={3}
        value={value.summary}
        onChange={(e) => set({ summary: e.currentTarget.value })}
        readOnly={readOnly}
        error={fieldError(error, 'fields.summary')}
      />
    </Stack>
  );
}

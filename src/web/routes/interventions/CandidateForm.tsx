import { Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS } from '#core/comb.js';
import type { CandidateFields } from '#core/interventions/candidates.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useCombText } from '../../lib/combText.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { TagChecks, TechniquesSelect } from './TagFields.js';
import { useAddCandidate } from '../../queries/interventions.queries.js';
import { useBarriers } from './useBarriers.js';

const empty = (): CandidateFields => ({ title: '', description: '', functions: [], factors: [], bcts: [], barrierIds: [] });

/** The team's own idea for 4.2: what it is, which functions and factors, which barriers it addresses. */
export function CandidateForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { fnName } = useInterventionText();
  const { factorName } = useCombText();
  const barriers = useBarriers(programmeId);
  const add = useAddCandidate(programmeId);
  const [value, setValue] = useState(empty);
  const set = <K extends keyof CandidateFields>(key: K, v: CandidateFields[K]) => setValue((old) => ({ ...old, [key]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(value, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('interventions.candidates.form.legend')}>
      <Stack gap="sm">
        <TextInput
          label={t('interventions.candidates.form.title')}
          required
          value={value.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError(add.error, 'title')}
        />
        <div>
          <PatientDataWarning id="candidate-description-warning" />
          <Textarea
            label={t('interventions.candidates.form.description')}
            autosize
            minRows={2}
            value={value.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={fieldError(add.error, 'description')}
          />
        </div>
        <TagChecks
          label={t('library.form.functions')}
          options={INTERVENTION_FUNCTIONS}
          name={fnName}
          value={value.functions}
          onChange={(v) => set('functions', v)}
          error={fieldError(add.error, 'functions')}
        />
        <TagChecks
          label={t('library.form.factors')}
          options={COMB_FACTORS}
          name={factorName}
          value={value.factors}
          onChange={(v) => set('factors', v)}
          error={fieldError(add.error, 'factors')}
        />
        <Checkbox.Group
          label={t('interventions.candidates.form.barriers')}
          value={value.barrierIds}
          onChange={(v) => set('barrierIds', v)}
          error={fieldError(add.error, 'barrierIds')}
        >
          <Stack gap={4} mt={4}>
            {barriers.length === 0 && <span>{t('interventions.candidates.form.noBarriers')}</span>}
            {barriers.map((b) => (
              <Checkbox key={b.id} value={b.id} label={b.description || b.id} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TechniquesSelect value={value.bcts} onChange={(v) => set('bcts', v)} error={fieldError(add.error, 'bcts')} />
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('interventions.candidates.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('interventions.candidates.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

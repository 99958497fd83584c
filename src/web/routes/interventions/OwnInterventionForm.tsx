import { Button, Group, Paper, Stack, TextInput, Textarea, Title, type TitleOrder } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS } from '#core/comb.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { TARGET_BEHAVIOURS, type OwnIntervention } from '#core/interventions/library.js';
import { EffortChoice } from '../../components/EffortChoice.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useCombText } from '../../lib/combText.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { TagChecks, TechniquesSelect } from './TagFields.js';
import { useCreateOwn, useUpdateOwn, type LibraryItem } from '../../queries/interventions.queries.js';

const empty = (): OwnIntervention => ({ title: '', description: '', example: '', functions: [], factors: [], fits: [], effort: 'low', bcts: [] });
const fieldsOf = (item: LibraryItem): OwnIntervention => ({
  title: item.title,
  description: item.description,
  example: item.example,
  functions: [...item.functions],
  factors: [...item.factors],
  fits: [...item.fits],
  effort: item.effort,
  bcts: [...item.bcts],
});

/**
 * Adds an intervention to the organisation's own library, or edits one (`item`). Shown inline;
 * `onDone` runs after saving (the app-wide save status says so) or on cancel.
 */
export function OwnInterventionForm({ item, onDone, titleOrder = 2 }: { item?: LibraryItem; onDone: () => void; titleOrder?: TitleOrder }) {
  const { t } = useTranslation();
  const { fnName, behaviour } = useInterventionText();
  const { factorName } = useCombText();
  const create = useCreateOwn();
  const update = useUpdateOwn();
  const mutation = item ? update : create;
  const error = mutation.error;
  const [value, setValue] = useState(() => (item ? fieldsOf(item) : empty()));
  const set = <K extends keyof OwnIntervention>(key: K, v: OwnIntervention[K]) => setValue((old) => ({ ...old, [key]: v }));
  const id = useId();
  const titleId = `${id}-title`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (item) update.mutate({ ...value, id: item.id }, { onSuccess: onDone });
    else create.mutate(value, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={titleOrder} size="h4" id={titleId} mb="xs">
        {item ? t('library.form.editTitle') : t('library.form.addTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="sm">
          <TextInput
            label={t('library.form.title')}
            required
            autoFocus
            value={value.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError(error, 'title')}
          />
          <div>
            <PatientDataWarning />
            <Stack gap="sm">
              <Textarea
                label={t('library.form.description')}
                autosize
                minRows={2}
                value={value.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={fieldError(error, 'description')}
              />
              <Textarea
                label={t('library.form.example')}
                autosize
                minRows={2}
                value={value.example}
                onChange={(e) => set('example', e.currentTarget.value)}
                error={fieldError(error, 'example')}
              />
            </Stack>
          </div>
          <TagChecks
            label={t('library.form.functions')}
            description={t('library.form.functionsHint')}
            required
            options={INTERVENTION_FUNCTIONS}
            name={fnName}
            value={value.functions}
            onChange={(v) => set('functions', v)}
            error={fieldError(error, 'functions')}
          />
          <TagChecks
            label={t('library.form.factors')}
            description={t('library.form.factorsHint')}
            options={COMB_FACTORS}
            name={factorName}
            value={value.factors}
            onChange={(v) => set('factors', v)}
            error={fieldError(error, 'factors')}
          />
          <TagChecks
            label={t('library.form.fits')}
            options={TARGET_BEHAVIOURS}
            name={behaviour}
            value={value.fits}
            onChange={(v) => set('fits', v)}
            error={fieldError(error, 'fits')}
          />
          <EffortChoice label={t('library.form.effort')} value={value.effort} onChange={(v) => set('effort', v)} error={fieldError(error, 'effort')} />
          <TechniquesSelect value={value.bcts} onChange={(v) => set('bcts', v)} error={fieldError(error, 'bcts')} />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {item ? t('library.form.save') : t('library.form.add')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('library.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

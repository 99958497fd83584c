import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vagueWords, type Behaviour } from '#core/worksheets/behaviours.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocalized } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { ExamplePicker } from './ExamplePicker.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';
import type { WorksheetFormProps } from './types.js';

/** 2.1: the behaviours behind the problem, nudged towards wording one can observe. */
export function BehaviourListForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'2.1'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const rows = value.behaviours;
  const set = (behaviours: Behaviour[]) => onChange({ ...value, behaviours });
  const add = (descriptions: string[]) => set([...rows, ...descriptions.map((description) => ({ id: newId(), description, link: '' }))]);

  return (
    <Stack gap="sm">
      {programme.problem && (
        <Text size="sm">
          <Text span fw={700}>
            {t('worksheets.behaviours.problem')}:{' '}
          </Text>
          {programme.problem.split('\n')[0]}
        </Text>
      )}
      <Text size="sm">{t('worksheets.behaviours.intro')}</Text>
      {!readOnly && <ExamplePicker id="behaviour-example" description={t('worksheets.behaviours.examplesIntro')} onUse={(e) => add(e.behaviours.map(l))} />}
      <PatientDataWarning id="behaviours-warning" />
      {rows.map((b, i) => {
        const vague = vagueWords(b.description);
        const hintId = `behaviour-${b.id}-vague`;
        return (
          <Paper key={b.id} withBorder p="sm" component="fieldset">
            <Text component="legend" fw={700}>
              {t('worksheets.behaviours.behaviourN', { n: i + 1 })}
            </Text>
            <Stack gap="xs">
              <TextInput
                label={t('worksheets.behaviours.description')}
                value={b.description}
                onChange={(e) => set(updateRow(rows, b.id, { description: e.currentTarget.value }))}
                readOnly={readOnly}
                error={fieldError(error, `fields.behaviours.${i}.description`)}
                aria-describedby={vague.length > 0 ? hintId : undefined}
              />
              {vague.length > 0 && (
                <Text id={hintId} size="sm" c="orange.9" role="status">
                  {t('worksheets.behaviours.vague', { words: vague.join(', ') })}
                </Text>
              )}
              <Textarea
                label={t('worksheets.behaviours.link')}
                autosize
                minRows={1}
                value={b.link}
                onChange={(e) => set(updateRow(rows, b.id, { link: e.currentTarget.value }))}
                readOnly={readOnly}
                aria-describedby="behaviours-warning"
                error={fieldError(error, `fields.behaviours.${i}.link`)}
              />
              {!readOnly && (
                <Group justify="flex-end">
                  <RemoveRowButton name={b.description} onRemove={() => set(removeRow(rows, b.id))} />
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="default" onClick={() => add([''])}>
            {t('worksheets.behaviours.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

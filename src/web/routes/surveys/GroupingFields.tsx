import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';
import { DEPARTMENT_ID, groupIndex, PROFESSION_ID, type BuilderModel } from './builderModel.js';

/**
 * The optional grouping questions: departments the team types in, and professions from a preset
 * list the team may adjust. Results per group appear only for groups that are large enough.
 */
export function GroupingFields(props: {
  model: BuilderModel;
  onChange: (patch: Partial<BuilderModel>) => void;
  err: (path: string) => string | undefined;
  departmentsProblem?: string;
}) {
  const { t } = useTranslation();
  const { model, onChange, err } = props;
  const { department, profession } = model;
  const dep = groupIndex(model, DEPARTMENT_ID);
  const prof = groupIndex(model, PROFESSION_ID);
  const setOptions = (options: BuilderModel['profession']['options']) => onChange({ profession: { ...profession, options } });

  return (
    <Paper withBorder p="sm" component="fieldset">
      <Title order={4} size="h5" component="legend">
        {t('surveys.builder.groupsTitle')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('surveys.builder.groupsIntro')}</Text>
        <Alert color="blue" variant="light" p="xs">
          {t('surveys.builder.minGroupHint')}
        </Alert>
        <Checkbox
          label={t('surveys.builder.askDepartment')}
          checked={department.enabled}
          onChange={(e) => onChange({ department: { ...department, enabled: e.currentTarget.checked } })}
        />
        {department.enabled && (
          <Textarea
            pl="xl"
            label={t('surveys.builder.departments')}
            description={t('surveys.builder.departmentsHint')}
            autosize
            minRows={3}
            value={department.text}
            onChange={(e) => onChange({ department: { ...department, text: e.currentTarget.value } })}
            error={props.departmentsProblem ?? err(`groups.${dep}.options`)}
          />
        )}
        <Checkbox
          label={t('surveys.builder.askProfession')}
          checked={profession.enabled}
          onChange={(e) => onChange({ profession: { ...profession, enabled: e.currentTarget.checked } })}
        />
        {profession.enabled && (
          <Stack gap="xs" pl="xl">
            <Text size="sm">{t('surveys.builder.professionsIntro')}</Text>
            {err(`groups.${prof}.options`) && (
              <Text size="sm" c="red.8" role="alert">
                {err(`groups.${prof}.options`)}
              </Text>
            )}
            {profession.options.map((o, j) => (
              <Group key={o.id} align="flex-end" gap="xs" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
                  <TextInput
                    label={t('surveys.builder.optionNl', { n: j + 1 })}
                    value={o.label.nl}
                    onChange={(e) => setOptions(updateRow(profession.options, o.id, { label: { ...o.label, nl: e.currentTarget.value } }))}
                    error={err(`groups.${prof}.options.${j}.label.nl`)}
                  />
                  <TextInput
                    label={t('surveys.builder.optionEn', { n: j + 1 })}
                    value={o.label.en}
                    onChange={(e) => setOptions(updateRow(profession.options, o.id, { label: { ...o.label, en: e.currentTarget.value } }))}
                    error={err(`groups.${prof}.options.${j}.label.en`)}
                  />
                </SimpleGrid>
                <RemoveRowButton
                  name={o.label.nl || o.label.en || t('surveys.builder.optionN', { n: j + 1 })}
                  onRemove={() => setOptions(removeRow(profession.options, o.id))}
                />
              </Group>
            ))}
            <Group>
              <Button variant="default" size="xs" onClick={() => setOptions([...profession.options, { id: newId(), label: { nl: '', en: '' } }])}>
                {t('surveys.builder.addOption')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

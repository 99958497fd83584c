import { List, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BehaviourList } from '#core/worksheets/behaviours.js';
import { chosenBehaviours, type Prioritisation } from '#core/worksheets/prioritisation.js';
import { targetBehaviourSummary, type TargetBehaviour } from '#core/worksheets/target-behaviour.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocalized } from '../../lib/localized.js';
import { useSubstep } from '../../queries/programme.queries.js';
import { ExamplePicker } from './ExamplePicker.js';
import type { WorksheetFormProps } from './types.js';

type TextField = Exclude<keyof TargetBehaviour, 'size'>;
const REQUIRED: readonly TextField[] = ['targetGroup', 'action', 'when', 'where', 'howOften', 'desiredSituation'];

/** 2.3: the target behaviour specified; the one-sentence summary shows as it is written. */
export function TargetBehaviourForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'2.3'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const list = useSubstep(programme.id, '2.1').data?.worksheet?.fields as BehaviourList | null | undefined;
  const priorities = useSubstep(programme.id, '2.2').data?.worksheet?.fields as Prioritisation | null | undefined;
  const chosen = list && priorities ? chosenBehaviours(list, priorities) : [];
  const summary = targetBehaviourSummary(value);

  const input = (field: TextField, hint?: string) => (
    <TextInput
      label={t(`worksheets.target.${field}`)}
      description={hint}
      required={REQUIRED.includes(field)}
      value={value[field] ?? ''}
      onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
      readOnly={readOnly}
      error={fieldError(error, `fields.${field}`)}
    />
  );
  const area = (field: TextField) => (
    <Textarea
      label={t(`worksheets.target.${field}`)}
      required={REQUIRED.includes(field)}
      autosize
      minRows={2}
      value={value[field]}
      onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
      readOnly={readOnly}
      aria-describedby="target-warning"
      error={fieldError(error, `fields.${field}`)}
    />
  );

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.target.intro')}</Text>
      {chosen.length > 0 && (
        <Text size="sm" component="div">
          <Text span fw={700}>
            {t('worksheets.target.chosen')}:
          </Text>
          <List size="sm">
            {chosen.map((b) => (
              <List.Item key={b.id}>{b.description}</List.Item>
            ))}
          </List>
        </Text>
      )}
      {!readOnly && (
        <ExamplePicker
          id="target-example"
          description={t('worksheets.target.examplesIntro')}
          onUse={(e) => {
            const x = e.targetBehaviour;
            onChange({
              ...value,
              targetGroup: l(x.targetGroup),
              departments: l(x.departments),
              professions: l(x.professions),
              size: Number(x.size) || null,
              action: l(x.action),
              when: l(x.when),
              where: l(x.where),
              howOften: l(x.howOften),
              withWhat: l(x.withWhat),
              infinitive: l(x.infinitive),
              teInfinitive: l(x.teInfinitive),
              desiredSituation: l(x.desiredSituation),
            });
          }}
        />
      )}
      <PatientDataWarning id="target-warning" />
      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.target.who')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('targetGroup', t('worksheets.target.targetGroupHint'))}
          {input('departments')}
          {input('professions')}
          <NumberInput
            label={t('worksheets.target.size')}
            min={1}
            max={1_000_000}
            allowDecimal={false}
            value={value.size ?? ''}
            onChange={(v) => onChange({ ...value, size: typeof v === 'number' ? v : null })}
            readOnly={readOnly}
            error={fieldError(error, 'fields.size')}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.target.behaviour')}
        </Title>
        <Stack gap="xs">
          {input('action', t('worksheets.target.actionHint'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input('when')}
            {input('where')}
            {input('howOften')}
            {input('withWhat')}
          </SimpleGrid>
        </Stack>
      </Paper>
      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.target.phrasesTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('worksheets.target.phrasesIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('infinitive', t('worksheets.target.infinitiveHint'))}
          {input('teInfinitive', t('worksheets.target.teInfinitiveHint'))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.target.situation')}
        </Title>
        <Stack gap="xs">
          {area('currentSituation')}
          {area('desiredSituation')}
        </Stack>
      </Paper>
      <Paper withBorder p="sm" bg="blue.0" component="section" aria-labelledby="summary-title">
        <Title order={3} size="h5" id="summary-title">
          {t('worksheets.target.summary')}
        </Title>
        <Text mt="xs" aria-live="polite">
          {summary ?? t('worksheets.target.summaryEmpty')}
        </Text>
      </Paper>
    </Stack>
  );
}

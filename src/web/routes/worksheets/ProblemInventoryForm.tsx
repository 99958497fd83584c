import { Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CRITERIA,
  PROBLEM_SOURCES,
  rankProblems,
  type CandidateProblem,
  type Criterion,
  type ProblemInventory,
  type ProblemSource,
} from '../../../core/worksheets/problem-inventory.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { useLocalized } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { ExamplePicker } from './ExamplePicker.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import type { WorksheetFormProps } from './types.js';

const isDefault = (id: string) => (DEFAULT_CRITERIA as readonly string[]).includes(id);

/** 1.1: candidate problems, scored on the team's criteria, ranked, and the one chosen. */
export function ProblemInventoryForm({ value, onChange, readOnly, error }: WorksheetFormProps<'1.1'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const set = (patch: Partial<ProblemInventory>) => onChange({ ...value, ...patch });
  const criterionName = (c: Criterion) => c.label || (isDefault(c.id) ? t(`worksheets.problems.defaultCriteria.${c.id}`) : t('worksheets.unnamed'));
  const problemName = (p: CandidateProblem) => p.title || t('worksheets.unnamed');
  const addProblem = (p: Partial<CandidateProblem> = {}) =>
    set({
      problems: [
        ...value.problems,
        { id: newId(), title: '', source: 'brainstorm', sourceOther: '', description: '', whyItMatters: '', behaviour: '', scores: {}, ...p },
      ],
    });
  const updateProblem = (id: string, patch: Partial<CandidateProblem>) => set({ problems: updateRow(value.problems, id, patch) });
  const ranked = rankProblems(value);
  const err = (path: string) => fieldError(error, `fields.${path}`);

  return (
    <Stack gap="md">
      {!readOnly && (
        <ExamplePicker
          id="problem-example"
          description={t('worksheets.problems.examplesIntro')}
          onUse={(e) => addProblem({ title: l(e.title), source: e.source, description: l(e.description), whyItMatters: l(e.whyItMatters), behaviour: l(e.behaviour) })}
        />
      )}

      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.problems.criteriaTitle')}
        </Title>
        <Text size="sm" mb="xs">{t('worksheets.problems.criteriaIntro')}</Text>
        <Stack gap="xs">
          {value.criteria.map((c, i) => (
            <Group key={c.id} align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                label={t('worksheets.problems.criterionName')}
                value={c.label || (isDefault(c.id) ? criterionName(c) : '')}
                onChange={(e) => set({ criteria: updateRow(value.criteria, c.id, { label: e.currentTarget.value }) })}
                readOnly={readOnly}
                error={err(`criteria.${i}.label`)}
                style={{ flex: 1 }}
              />
              <NativeSelect
                label={t('worksheets.problems.weight')}
                value={String(c.weight)}
                onChange={(e) => set({ criteria: updateRow(value.criteria, c.id, { weight: Number(e.currentTarget.value) }) })}
                disabled={readOnly}
                data={['1', '2', '3'].map((n) => ({ value: n, label: t('worksheets.problems.weightOption', { n }) }))}
              />
              {!readOnly && (
                <RemoveRowButton name={criterionName(c)} onRemove={() => set({ criteria: removeRow(value.criteria, c.id) })} />
              )}
            </Group>
          ))}
          {!readOnly && (
            <Group>
              <Button variant="default" size="xs" onClick={() => set({ criteria: [...value.criteria, { id: newId(), label: '', weight: 1 }] })}>
                {t('worksheets.problems.addCriterion')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      <section aria-labelledby="problems-title">
        <Title order={3} size="h5" id="problems-title" mb="xs">
          {t('worksheets.problems.listTitle')}
        </Title>
        <PatientDataWarning id="problems-warning" />
        <Stack gap="sm">
          {value.problems.map((p, i) => (
            <Paper key={p.id} withBorder p="sm" component="fieldset">
              <Group justify="space-between" component="legend" w="100%">
                <Text fw={700}>{t('worksheets.problems.problemN', { n: i + 1 })}</Text>
              </Group>
              <Stack gap="xs">
                <TextInput label={t('worksheets.problems.title')} value={p.title} onChange={(e) => updateProblem(p.id, { title: e.currentTarget.value })} readOnly={readOnly} error={err(`problems.${i}.title`)} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <NativeSelect
                    label={t('worksheets.problems.source')}
                    value={p.source}
                    onChange={(e) => updateProblem(p.id, { source: e.currentTarget.value as ProblemSource })}
                    disabled={readOnly}
                    data={PROBLEM_SOURCES.map((s) => ({ value: s, label: t(`worksheets.problems.sources.${s}`) }))}
                  />
                  {p.source === 'other' && (
                    <TextInput label={t('worksheets.problems.sourceOther')} value={p.sourceOther} onChange={(e) => updateProblem(p.id, { sourceOther: e.currentTarget.value })} readOnly={readOnly} error={err(`problems.${i}.sourceOther`)} />
                  )}
                </SimpleGrid>
                <Textarea label={t('worksheets.problems.description')} description={t('worksheets.problems.descriptionHint')} autosize minRows={2} value={p.description} onChange={(e) => updateProblem(p.id, { description: e.currentTarget.value })} readOnly={readOnly} aria-describedby="problems-warning" error={err(`problems.${i}.description`)} />
                <Textarea label={t('worksheets.problems.whyItMatters')} autosize minRows={1} value={p.whyItMatters} onChange={(e) => updateProblem(p.id, { whyItMatters: e.currentTarget.value })} readOnly={readOnly} error={err(`problems.${i}.whyItMatters`)} />
                <Textarea label={t('worksheets.problems.behaviour')} autosize minRows={1} value={p.behaviour} onChange={(e) => updateProblem(p.id, { behaviour: e.currentTarget.value })} readOnly={readOnly} error={err(`problems.${i}.behaviour`)} />
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                  {value.criteria.map((c) => (
                    <RatingSelect
                      key={c.id}
                      label={t('worksheets.problems.score', { criterion: criterionName(c) })}
                      value={p.scores[c.id]}
                      onChange={(rating) => updateProblem(p.id, { scores: { ...p.scores, [c.id]: rating } })}
                      readOnly={readOnly}
                    />
                  ))}
                </SimpleGrid>
                {!readOnly && (
                  <Group justify="flex-end">
                    <RemoveRowButton
                      name={p.title}
                      onRemove={() => set({ problems: removeRow(value.problems, p.id), chosenId: value.chosenId === p.id ? null : value.chosenId })}
                    />
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          {!readOnly && (
            <Group>
              <Button variant="default" onClick={() => addProblem()}>
                {t('worksheets.problems.addProblem')}
              </Button>
            </Group>
          )}
        </Stack>
      </section>

      {ranked.length > 0 && (
        <section aria-labelledby="ranking-title">
          <Title order={3} size="h5" id="ranking-title" mb="xs">
            {t('worksheets.problems.rankingTitle')}
          </Title>
          <Table.ScrollContainer minWidth={360}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('worksheets.problems.rank')}</Table.Th>
                  <Table.Th scope="col">{t('worksheets.problems.title')}</Table.Th>
                  <Table.Th scope="col">{t('worksheets.problems.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranked.map((r) => (
                  <Table.Tr key={r.problem.id}>
                    <Table.Td>{r.score === null ? '–' : r.rank}</Table.Td>
                    <Table.Td>{problemName(r.problem)}</Table.Td>
                    <Table.Td>
                      {r.score === null ? t('worksheets.problems.unscored') : `${r.score.toLocaleString()} (${r.complete ? t('worksheets.problems.scored') : t('worksheets.problems.partly')})`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}

      {value.problems.length > 0 && (
        <Paper withBorder p="sm" component="section" aria-labelledby="choice-title">
          <Title order={3} size="h5" id="choice-title" mb="xs">
            {t('worksheets.problems.choiceTitle')}
          </Title>
          <Radio.Group
            label={t('worksheets.problems.choose')}
            description={t('worksheets.problems.chosenNote')}
            value={value.chosenId ?? ''}
            onChange={(id) => set({ chosenId: id || null })}
            error={err('chosenId')}
          >
            <Stack gap="xs" mt="xs">
              {ranked.map((r) => (
                <Radio key={r.problem.id} value={r.problem.id} label={problemName(r.problem)} disabled={readOnly} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea mt="sm" label={t('worksheets.problems.rationale')} autosize minRows={2} value={value.rationale} onChange={(e) => set({ rationale: e.currentTarget.value })} readOnly={readOnly} error={err('rationale')} />
        </Paper>
      )}
    </Stack>
  );
}

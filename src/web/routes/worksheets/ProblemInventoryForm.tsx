import { Button, Group, Paper, Radio, Stack, Table, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rankProblems, type CandidateProblem, type ProblemInventory } from '#core/worksheets/problem-inventory.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocalized } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { numberLocale, useLocale } from '../../lib/combText.js';
import { CriteriaEditor, useCriterionName } from './CriteriaEditor.js';
import { ExamplePicker } from './ExamplePicker.js';
import { ProblemList, useProblemFolding } from './ProblemList.js';
import type { WorksheetFormProps } from './types.js';

/** 1.1: candidate problems, scored on the team's criteria, ranked, and the one chosen. */
export function ProblemInventoryForm({ value, onChange, readOnly, error }: WorksheetFormProps<'1.1'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const set = (patch: Partial<ProblemInventory>) => onChange({ ...value, ...patch });
  const criterionName = useCriterionName();
  const problemName = (p: CandidateProblem) => p.title || t('worksheets.unnamed');
  const folding = useProblemFolding(value.problems, error);
  const addProblem = (p: Partial<CandidateProblem> = {}) => {
    const id = newId();
    set({
      problems: [
        ...value.problems,
        { id, title: '', source: 'brainstorm', sourceOther: '', description: '', whyItMatters: '', behaviour: '', scores: {}, ...p },
      ],
    });
    folding.unfoldNew(id);
  };
  const updateProblem = (id: string, patch: Partial<CandidateProblem>) => set({ problems: updateRow(value.problems, id, patch) });
  const ranked = rankProblems(value);
  const formatScore = (score: number) => score.toLocaleString(numberLocale(locale), { maximumFractionDigits: 2 });
  const err = (path: string) => fieldError(error, `fields.${path}`);

  return (
    <Stack gap="md">
      {!readOnly && (
        <ExamplePicker
          id="problem-example"
          description={t('worksheets.problems.examplesIntro')}
          onUse={(e) =>
            addProblem({ title: l(e.title), source: e.source, description: l(e.description), whyItMatters: l(e.whyItMatters), behaviour: l(e.behaviour) })
          }
        />
      )}

      <CriteriaEditor criteria={value.criteria} onChange={(criteria) => set({ criteria })} readOnly={readOnly} error={error} />

      <section aria-labelledby="problems-title">
        <Title order={3} size="h5" id="problems-title" mb="xs">
          {t('worksheets.problems.listTitle')}
        </Title>
        <PatientDataWarning id="problems-warning" />
        <Stack gap="sm">
          <ProblemList
            problems={value.problems}
            criteria={value.criteria}
            ranked={ranked}
            criterionName={criterionName}
            formatScore={formatScore}
            open={folding.open}
            onOpenChange={folding.setOpen}
            onUpdate={updateProblem}
            onRemove={(id) => set({ problems: removeRow(value.problems, id), chosenId: value.chosenId === id ? null : value.chosenId })}
            readOnly={readOnly}
            error={error}
          />
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
                      {r.score === null
                        ? t('worksheets.problems.unscored')
                        : `${formatScore(r.score)} (${r.complete ? t('worksheets.problems.scored') : t('worksheets.problems.partly')})`}
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
          <Textarea
            mt="sm"
            label={t('worksheets.problems.rationale')}
            autosize
            minRows={2}
            value={value.rationale}
            onChange={(e) => set({ rationale: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('rationale')}
          />
        </Paper>
      )}
    </Stack>
  );
}

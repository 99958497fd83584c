import { Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatAnswerCount } from '../../lib/live-count.js';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '#core/knowledge/results.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useCheckResults, type KnowledgeCheck } from '../../queries/knowledge.queries.js';
import { useScenarioText } from './scenarioText.js';

const usePercent = () => {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (score: number) => format.format(score / 100);
};

/** The wrong option most people chose, if anyone chose a wrong one. */
function commonWrong(scenario: ScenarioResult, right: number) {
  const wrong = scenario.chosen.map((count, option) => ({ option, count })).filter((c) => c.option !== right && c.count > 0);
  return wrong.sort((a, b) => b.count - a.count)[0] ?? null;
}

/**
 * A closed check's results: the mean score, the score per scenario and per department, small groups
 * withheld. A withdrawn scenario released without a score says so instead of a share right.
 */
export function CheckResults({ check }: { check: KnowledgeCheck }) {
  const { t } = useTranslation();
  const results = useCheckResults(check.id);
  const text = useScenarioText();
  const percent = usePercent();
  const data = results.data;
  const departmentName = (id: string) => check.definition.departments.find((d) => d.id === id)?.name ?? id;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-results-title">
      <Title order={2} size="h4" id="check-results-title" mb="sm">
        {t('knowledge.results.title', { title: check.title })}
      </Title>
      {results.isPending && (
        <Center>
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      <ErrorAlert error={results.error} />
      {data && !data.available && (
        <Text>{t('knowledge.distribution.responsesRounded', { count: formatAnswerCount(t, { ...data, minGroupSize: check.minGroupSize }) })}</Text>
      )}
      {data?.available && !data.overall && <Text>{t('knowledge.results.tooFew', { count: data.responses, min: data.minGroupSize })}</Text>}
      {data?.available && data.overall && (
        <Stack gap="md">
          <Text fw={700}>
            {data.overall.meanScore === null
              ? t('knowledge.results.meanNone', { count: data.overall.n })
              : t('knowledge.results.mean', { score: percent(data.overall.meanScore), count: data.overall.n })}
          </Text>
          {data.overall.scenarios.some((s) => s.percentRight === null) && <Text size="sm">{t('knowledge.results.meanLeavesOut')}</Text>}
          {data.epsilon !== null && <Text size="sm">{t('knowledge.results.privacyNoise', { epsilon: data.epsilon })}</Text>}
          <ScrollRegion labelledBy="check-scenarios-caption">
            <Table striped captionSide="top" miw={640}>
              <Table.Caption id="check-scenarios-caption">{t('knowledge.results.scenarioCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('knowledge.results.scenario')}</Table.Th>
                  <Table.Th scope="col">{t('knowledge.results.kind')}</Table.Th>
                  <Table.Th scope="col">{t('knowledge.results.percentRight')}</Table.Th>
                  <Table.Th scope="col">{t('knowledge.results.commonWrong')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.overall.scenarios.map((s) => {
                  const wrong = commonWrong(s, text.right(s.key));
                  return (
                    <Table.Tr key={s.key}>
                      <Table.Th scope="row" fw={400}>
                        {text.situation(s.key)}
                      </Table.Th>
                      <Table.Td>{text.kind(s.key)}</Table.Td>
                      {s.percentRight === null ? (
                        // Withdrawn: no right answer, so no wrong one either.
                        <Table.Td colSpan={2}>{t('knowledge.results.notCounted')}</Table.Td>
                      ) : (
                        <>
                          <Table.Td>{percent(s.percentRight)}</Table.Td>
                          <Table.Td>
                            {wrong
                              ? t('knowledge.results.chosenBy', { option: text.option(s.key, wrong.option), count: wrong.count })
                              : t('knowledge.results.noWrong')}
                          </Table.Td>
                        </>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {check.definition.departments.length > 0 && (
            <section aria-labelledby="check-departments-title">
              <Title order={3} size="h5" id="check-departments-title" mb="xs">
                {t('knowledge.results.departmentsTitle')}
              </Title>
              <Stack gap="xs">
                {data.departments.length === 0 && <Text size="sm">{t('knowledge.results.noDepartments')}</Text>}
                {data.hiddenDepartments > 0 && (
                  <Text size="sm">{t('knowledge.results.hidden', { count: data.hiddenDepartments, min: data.minGroupSize })}</Text>
                )}
                {data.departments.length > 0 && (
                  <Table striped captionSide="top" maw={560}>
                    <Table.Caption>{t('knowledge.results.departmentCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('knowledge.results.department')}</Table.Th>
                        <Table.Th scope="col">{t('knowledge.results.participants')}</Table.Th>
                        <Table.Th scope="col">{t('knowledge.results.score')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.departments.map((d) => (
                        <Table.Tr key={d.departmentId}>
                          <Table.Th scope="row">{departmentName(d.departmentId)}</Table.Th>
                          <Table.Td>{d.n}</Table.Td>
                          <Table.Td>{d.meanScore === null ? t('knowledge.results.notCounted') : percent(d.meanScore)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </section>
          )}
        </Stack>
      )}
    </Paper>
  );
}

import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLocale, measuredFactors, type SurveyDefinition } from '#core/survey/definition.js';
import type { QuestionResults } from '#core/survey/results.js';
import { useCombText } from '../../lib/combText.js';
import { useMeanFormat } from '../../components/FactorChart.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

/**
 * Factor means per group of one grouping question (columns = groups, rows = factors). Groups too
 * small to show are left out by the server; here we only say how many.
 */
export function GroupResults({ definition, questions }: { definition: SurveyDefinition; questions: QuestionResults[] }) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  const format = useMeanFormat();
  const [questionId, setQuestionId] = useState(questions[0]?.questionId ?? '');
  const question = definition.groups.find((g) => g.id === questionId);
  const result = questions.find((q) => q.questionId === questionId);
  if (definition.groups.length === 0) return null;

  const label = (optionId: string) => {
    const option = question?.options.find((o) => o.id === optionId);
    return option ? inLocale(option.label, locale) : optionId;
  };
  const factors = measuredFactors(definition);
  const groups = result?.withheld ? [] : (result?.groups ?? []);

  return (
    <section aria-labelledby="survey-groups-title">
      <Title order={4} size="h5" id="survey-groups-title" mb="xs">
        {t('surveys.results.groupsTitle')}
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label={t('surveys.results.showByGroup')}
          value={questionId}
          onChange={(e) => setQuestionId(e.currentTarget.value)}
          data={definition.groups.map((g) => ({ value: g.id, label: inLocale(g.question, locale) }))}
          style={{ maxWidth: 420 }}
        />
        {result?.withheld === 'combination' && <Text size="sm">{t('surveys.results.withheld')}</Text>}
        {!result?.withheld && groups.length === 0 && <Text size="sm">{t('surveys.results.noShownGroups')}</Text>}
        {!result?.withheld && (result?.hiddenOptions ?? 0) > 0 && <Text size="sm">{t('surveys.results.hiddenOptions', { count: result!.hiddenOptions })}</Text>}
        {groups.length > 0 && question && (
          <ScrollRegion labelledBy="survey-groups-title">
            <Table striped captionSide="top" miw={200 + groups.length * 120}>
              <Table.Caption>{t('surveys.results.groupCaption', { question: inLocale(question.question, locale) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
                  {groups.map((g) => (
                    <Table.Th scope="col" key={g.optionId}>
                      {label(g.optionId)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{t('surveys.results.groupSize')}</Table.Th>
                  {groups.map((g) => (
                    <Table.Td key={g.optionId}>{g.n}</Table.Td>
                  ))}
                </Table.Tr>
                {factors.map((factor) => (
                  <Table.Tr key={factor}>
                    <Table.Th scope="row">{factorName(factor)}</Table.Th>
                    {groups.map((g) => {
                      const score = g.factors.find((f) => f.factor === factor);
                      return <Table.Td key={g.optionId}>{score ? format(score.mean) : '–'}</Table.Td>;
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
    </section>
  );
}

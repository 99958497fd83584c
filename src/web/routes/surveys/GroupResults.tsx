import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLocale, measuredFactors, type SurveyDefinition } from '#core/survey/definition.js';
import type { QuestionResults } from '#core/survey/results.js';
import { useCombText } from '../../lib/combText.js';
import { GroupMeansTable } from '../../components/GroupMeansTable.js';

/**
 * Factor means per group of one grouping question (columns = groups, rows = factors). Groups too
 * small to show are left out by the server; here we only say how many.
 */
export function GroupResults({ definition, questions }: { definition: SurveyDefinition; questions: QuestionResults[] }) {
  const { t } = useTranslation();
  const { locale } = useCombText();
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
          <GroupMeansTable
            groups={groups}
            factors={factors}
            labelledBy="survey-groups-title"
            caption={t('surveys.results.groupCaption', { question: inLocale(question.question, locale) })}
            groupLabel={(g) => label(g.optionId)}
            noScore="–"
            columnWidth={120}
          />
        )}
      </Stack>
    </section>
  );
}

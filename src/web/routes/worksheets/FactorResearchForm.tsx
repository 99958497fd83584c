import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_DUO_TIPS } from '#content/comb.js';
import type { FactorResearch, Interview } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { FindingsOverview } from './FindingsOverview.js';
import { InterviewCard } from './InterviewCard.js';
import { InterviewGuideSection } from './InterviewGuideSection.js';
import { useLocale } from '../../lib/combText.js';
import { ResearchHypotheses } from './ResearchHypotheses.js';
import { ResearchMethods } from './ResearchMethods.js';
import type { WorksheetFormProps } from './types.js';

/**
 * 3.2: hypotheses per COM-B factor, how the team tests them, the interview guide (generated from
 * the target behaviour, then edited) and the interviews with their coded findings.
 */
export function FactorResearchForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'3.2'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (patch: Partial<FactorResearch>) => onChange({ ...value, ...patch });
  const interviews = value.interviews;
  const team = [...new Set(programme.team.map((m) => m.name))];
  const addInterview = () =>
    set({
      interviews: [
        ...interviews,
        { id: newId(), date: null, role: '', department: '', interviewer: '', noteTaker: '', consent: false, notes: '', findings: [] } satisfies Interview,
      ],
    });

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.research.intro')}</Text>
      <ResearchHypotheses rows={value.hypotheses} onChange={(hypotheses) => set({ hypotheses })} readOnly={readOnly} error={error} />
      <ResearchMethods methods={value.methods} notes={value.methodNotes} onChange={set} readOnly={readOnly} error={error} />
      <InterviewGuideSection programme={programme} guide={value.guide} onChange={(guide) => set({ guide })} readOnly={readOnly} error={error} />

      <section aria-labelledby="interviews-title">
        <Title order={3} size="h5" id="interviews-title" mb="xs">
          {t('worksheets.research.interviewsTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('worksheets.research.interviewsIntro')}
        </Text>
        <Text id="duo-title" fw={700} size="sm">
          {t('worksheets.research.duoTitle')}
        </Text>
        <List size="sm" mb="xs" aria-labelledby="duo-title">
          {INTERVIEW_DUO_TIPS.map((tip) => (
            <List.Item key={tip.en}>{tip[locale]}</List.Item>
          ))}
        </List>
        <Stack gap="sm">
          {interviews.length === 0 && <Text size="sm">{t('worksheets.research.noInterviews')}</Text>}
          {interviews.map((iv, i) => (
            <InterviewCard
              key={iv.id}
              interview={iv}
              index={i}
              opening={value.guide.opening}
              closing={value.guide.closing}
              team={team}
              onChange={(patch) => set({ interviews: updateRow(interviews, iv.id, patch) })}
              onRemove={() => set({ interviews: removeRow(interviews, iv.id) })}
              readOnly={readOnly}
              error={error}
            />
          ))}
          {fieldError(error, 'fields.interviews') && (
            <Text size="sm" c="red" role="alert">
              {fieldError(error, 'fields.interviews')}
            </Text>
          )}
          {!readOnly && (
            <Group>
              <Button variant="default" onClick={addInterview}>
                {t('worksheets.research.addInterview')}
              </Button>
            </Group>
          )}
        </Stack>
      </section>

      {interviews.length > 0 && <FindingsOverview interviews={interviews} />}
    </Stack>
  );
}

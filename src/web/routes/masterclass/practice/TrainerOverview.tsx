import { List, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OBSERVER_CHECKLIST, OBSERVER_SCORE_LABELS } from '#content/masterclass/observer-checklist.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import { Section } from '#web/components/Section.js';
import { useCombText } from '#web/lib/combText.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { useRoleplayOverview, type RoleplayOverview } from '#web/queries/masterclass-roleplay.queries.js';
import { usePracticeText } from './texts.js';

type OverviewSubgroup = RoleplayOverview['subgroups'][number];

/**
 * The trainers' view of the practice: per subgroup how many rounds, when, whether the observer
 * scored them; never who played what, and scores only where the interviewer shared them (without notes).
 */
export function TrainerOverview({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const overview = useRoleplayOverview(cohort.id);
  const subgroups = overview.data?.subgroups;
  const assignment = (g: OverviewSubgroup) => cohort.assignments.find((a) => a.id === g.assignmentId)?.title ?? '';
  return (
    <Section id="practice-trainer" title={t('mcPractice.trainer.title')}>
      <Stack gap="md">
        <Text size="sm" maw={820}>
          {t('mcPractice.trainer.intro')}
        </Text>
        <ErrorAlert error={overview.error} />
        {overview.isPending && <Loading />}
        {subgroups && subgroups.length === 0 && <Text size="sm">{t('mcPractice.trainer.empty')}</Text>}
        {subgroups && subgroups.length > 0 && (
          <>
            <Overview subgroups={subgroups} assignment={assignment} />
            {subgroups
              .filter((g) => g.count > 0)
              .map((g) => (
                <SubgroupRounds key={g.subgroupId} subgroup={g} assignment={assignment(g)} />
              ))}
          </>
        )}
      </Stack>
    </Section>
  );
}

function Overview({ subgroups, assignment }: { subgroups: OverviewSubgroup[]; assignment: (g: OverviewSubgroup) => string }) {
  const { t } = useTranslation();
  const text = usePracticeText();
  return (
    <ScrollRegion labelledBy="practice-overview-caption">
      <Table striped captionSide="top" miw={560} maw={960}>
        <Table.Caption id="practice-overview-caption" style={{ textAlign: 'start' }}>
          {t('mcPractice.trainer.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mcPractice.trainer.subgroup')}</Table.Th>
            <Table.Th scope="col">{t('mcPractice.trainer.assignment')}</Table.Th>
            <Table.Th scope="col">{t('mcPractice.trainer.rounds')}</Table.Th>
            <Table.Th scope="col">{t('mcPractice.trainer.last')}</Table.Th>
            <Table.Th scope="col">{t('mcPractice.trainer.scored')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subgroups.map((g) => {
            const last = g.rounds.at(-1);
            return (
              <Table.Tr key={g.subgroupId}>
                <Table.Th scope="row" fw={400}>
                  {g.name}
                </Table.Th>
                <Table.Td>{assignment(g)}</Table.Td>
                <Table.Td>{g.count}</Table.Td>
                <Table.Td>{last ? text.when(last.createdAt) : t('mcPractice.trainer.none')}</Table.Td>
                <Table.Td>{t('mcPractice.trainer.scoredCount', { scored: g.rounds.filter((r) => r.scored).length, count: g.count })}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function SubgroupRounds({ subgroup, assignment }: { subgroup: OverviewSubgroup; assignment: string }) {
  const { t } = useTranslation();
  const text = usePracticeText();
  const captionId = `practice-rounds-${subgroup.subgroupId}`;
  const title = t('mcPractice.trainer.roundsCaption', { subgroup: subgroup.name, assignment });
  return (
    <section aria-labelledby={`${captionId}-title`}>
      <Title order={3} size="h5" id={`${captionId}-title`} mb={4}>
        {title}
      </Title>
      <ScrollRegion labelledBy={captionId}>
        <Table captionSide="top" miw={560} maw={960} verticalSpacing="sm">
          {/* The heading above says the same on screen; it stays out of the part that scrolls sideways on a phone. */}
          <Table.Caption id={captionId}>
            <VisuallyHidden>{title}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mcPractice.trainer.when')}</Table.Th>
              <Table.Th scope="col">{t('mcPractice.trainer.scoredAt')}</Table.Th>
              <Table.Th scope="col">{t('mcPractice.trainer.shared')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...subgroup.rounds].reverse().map((round) => (
              <Table.Tr key={round.id} style={{ verticalAlign: 'top' }}>
                <Table.Th scope="row" fw={400}>
                  {text.when(round.createdAt)}
                </Table.Th>
                <Table.Td>{round.scoredAt ? t('mcPractice.trainer.yes', { when: text.when(round.scoredAt) }) : t('mcPractice.trainer.no')}</Table.Td>
                <Table.Td>{round.summary ? <SharedSummary summary={round.summary} /> : <Text size="sm">{t('mcPractice.trainer.notShared')}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </section>
  );
}

/** A shared summary, short enough for a table cell: the total, a line per point, the factors not asked about. */
function SharedSummary({ summary }: { summary: NonNullable<OverviewSubgroup['rounds'][number]['summary']> }) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        {t('mcPractice.scores.total', { total: summary.total, max: summary.max })}
      </Text>
      <List size="sm">
        {summary.perCriterion.map((c) => (
          <List.Item key={c.criterion}>
            {t('mcPractice.trainer.perCriterion', {
              criterion: OBSERVER_CHECKLIST[c.criterion].label[locale],
              score: `${OBSERVER_SCORE_LABELS[c.score][locale]} (${c.score})`,
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        {summary.missingFactors.length === 0
          ? t('mcPractice.scores.allFactors')
          : t('mcPractice.scores.missing', { factors: summary.missingFactors.map(factorName).join(', ') })}
      </Text>
    </Stack>
  );
}

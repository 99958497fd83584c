import { Alert, Anchor, Badge, Button, Group, List, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROLEPLAY_ROLES } from '#core/masterclass/roleplay.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import { Section } from '#web/components/Section.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { useRound, useShareRound, type RoundView } from '#web/queries/masterclass-roleplay.queries.js';
import { Fact, Facts } from '../Facts.js';
import { ObserverForm } from './ObserverForm.js';
import { practicePath } from './paths.js';
import { ScoreView } from './ScoreView.js';
import { usePracticeText } from './texts.js';

type Factors = NonNullable<RoundView['hiddenFactors']>;
/** The colour only repeats what the badge's text says (WCAG 1.4.1). */
const KIND_COLOURS: Record<Factors[number]['kind'], string> = { barrier: 'red', enabler: 'green', neutral: 'gray' };

/**
 * One round as the caller's role sees it (the server leaves out what the role may not see): the
 * interviewer the guide, the colleague the briefing and the hidden answers, the observer the
 * checklist. Once the observer has scored, the hidden answers are the debrief for all three, and the
 * interviewer reads the scores and decides whether the trainers see them.
 */
export function RoundPage({ cohort, roundId }: { cohort: CohortDetail; roundId: string }) {
  const { t } = useTranslation();
  const round = useRound(cohort.id, roundId);
  const data = round.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={practicePath(cohort.id, data ? { subgroup: data.subgroupId } : {})} size="sm">
        {t('mcPractice.round.back')}
      </Anchor>
      <ErrorAlert error={round.error} />
      {round.isPending && <Loading />}
      {data && <Round cohort={cohort} round={data} />}
    </Stack>
  );
}

function Round({ cohort, round }: { cohort: CohortDetail; round: RoundView }) {
  const { t } = useTranslation();
  const text = usePracticeText();
  const scored = round.scoredAt !== null;
  // Opened from a link in the tab: continue reading at the round's heading.
  useEffect(() => document.getElementById('round-title')?.focus({ preventScroll: false }), []);
  return (
    <>
      <Section id="round-title" title={t('mcPractice.round.title', { when: text.when(round.createdAt) })}>
        <Stack gap="sm">
          <Text size="sm">{t('mcPractice.round.subgroup', { name: round.subgroupName })}</Text>
          <Text fw={700}>{t('mcPractice.round.you', { role: text.role(round.you) })}</Text>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('mcPractice.round.task')}
            </Title>
            <Text size="sm" maw={820}>
              {round.task}
            </Text>
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('mcPractice.round.people')}
            </Title>
            <List size="sm">
              {ROLEPLAY_ROLES.map((role) => {
                const person = round.people[role];
                return (
                  <List.Item key={role}>
                    {person
                      ? t('mcPractice.round.person', { role: text.role(role), name: person.name, organisation: person.organisationName })
                      : t('mcPractice.round.removed', { role: text.role(role) })}
                  </List.Item>
                );
              })}
            </List>
          </div>
        </Stack>
      </Section>
      <Section id="round-persona" title={t('mcPractice.persona.title', { name: round.persona.name })}>
        <Stack gap="xs">
          <Text size="sm">{t('mcPractice.persona.intro')}</Text>
          <Facts>
            <Fact label={t('mcPractice.persona.role')}>{round.persona.role}</Fact>
            <Fact label={t('mcPractice.persona.behaviour')}>{round.persona.behaviour}</Fact>
          </Facts>
          <Text size="sm" maw={820}>
            <Text span fw={700} size="sm">
              {t('mcPractice.persona.situation')}:
            </Text>{' '}
            {round.persona.situation}
          </Text>
        </Stack>
      </Section>
      {round.guide && <Guide guide={round.guide} />}
      {round.briefing !== null && (
        <Section id="round-briefing" title={t('mcPractice.colleague.briefing')}>
          <Stack gap="sm">
            <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line' }}>
              {round.briefing}
            </Text>
            {!scored && round.hiddenFactors && (
              <>
                <Alert color="red" variant="light" title={t('mcPractice.colleague.secret')} maw={820}>
                  {t('mcPractice.colleague.secretText')}
                </Alert>
                <Title order={3} size="h5">
                  {t('mcPractice.colleague.answers')}
                </Title>
                <HiddenFactors factors={round.hiddenFactors} />
              </>
            )}
          </Stack>
        </Section>
      )}
      {round.you === 'observer' && <ObserverPart cohort={cohort} round={round} />}
      {round.you === 'interviewer' && <InterviewerScores cohort={cohort} round={round} />}
      {scored && round.hiddenFactors && (
        <Section id="round-debrief" title={t('mcPractice.debrief.title')}>
          <Stack gap="sm">
            <Text size="sm" maw={820}>
              {t('mcPractice.debrief.intro')}
            </Text>
            <HiddenFactors factors={round.hiddenFactors} />
          </Stack>
        </Section>
      )}
      {!scored && round.you === 'interviewer' && (
        <Section id="round-debrief" title={t('mcPractice.debrief.title')}>
          <Text size="sm">{t('mcPractice.debrief.waiting')}</Text>
        </Section>
      )}
    </>
  );
}

function Guide({ guide }: { guide: NonNullable<RoundView['guide']> }) {
  const { t } = useTranslation();
  return (
    <Section id="round-guide" title={t('mcPractice.guide.title')}>
      <Stack gap="sm">
        <Text size="sm" maw={820}>
          {guide.source === 'programme' ? t('mcPractice.guide.fromProgramme') : t('mcPractice.guide.fromDefaults')}
          {guide.reason && ` ${t(`mcPractice.guide.reasons.${guide.reason}`)}`}
        </Text>
        <Text size="sm" fw={600}>
          {t('mcPractice.guide.behaviour', { behaviour: guide.behaviour })}
        </Text>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('mcPractice.guide.opening')}
          </Title>
          <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line' }}>
            {guide.opening}
          </Text>
        </div>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('mcPractice.guide.questions')}
          </Title>
          <Stack gap="sm">
            {guide.questionsByFactor.map((group) => (
              <div key={group.factor}>
                <Title order={4} size="h6" mb={2}>
                  {group.name}
                </Title>
                {group.questions.length === 0 ? (
                  <Text size="sm">{t('mcPractice.guide.noQuestions')}</Text>
                ) : (
                  <List size="sm" type="ordered" maw={820}>
                    {group.questions.map((q) => (
                      <List.Item key={q.id}>{q.text}</List.Item>
                    ))}
                  </List>
                )}
              </div>
            ))}
          </Stack>
        </div>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('mcPractice.guide.closing')}
          </Title>
          <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line' }}>
            {guide.closing}
          </Text>
        </div>
      </Stack>
    </Section>
  );
}

/** What the colleague tells per factor when asked well, and whether it is a barrier: the kind in words, the colour only repeats it. */
function HiddenFactors({ factors }: { factors: Factors }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} maw={820}>
      {factors.map((f) => (
        <li key={f.factor}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={700}>
              {f.name}
            </Text>
            <Badge color={KIND_COLOURS[f.kind]} variant="light">
              {t(`mcPractice.kinds.${f.kind}`)}
            </Badge>
          </Group>
          <Text size="sm">{f.reveals}</Text>
        </li>
      ))}
    </Stack>
  );
}

function ObserverPart({ cohort, round }: { cohort: CohortDetail; round: RoundView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(round.scores === null);
  const form = editing && cohort.running && round.checklist && round.scale && round.factors;
  return (
    <Section id="round-checklist" title={t('mcPractice.checklist.title')}>
      {form ? (
        <ObserverForm cohort={cohort} round={round} onSaved={() => setEditing(false)} onCancel={round.scores ? () => setEditing(false) : undefined} />
      ) : (
        <Stack gap="sm">
          {round.scores && <ScoreView summary={round.scores.summary} notes={round.scores.notes} />}
          {cohort.running && (
            <Group>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('mcPractice.checklist.edit')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}

function InterviewerScores({ cohort, round }: { cohort: CohortDetail; round: RoundView }) {
  const { t } = useTranslation();
  const share = useShareRound(cohort.id, round.id);
  // Shown as chosen at once; back to what was saved if the change fails.
  const [shared, setShared] = useState(round.sharedWithTrainers);
  return (
    <Section id="round-scores" title={t('mcPractice.scores.title')}>
      <Stack gap="md">
        {round.scores ? <ScoreView summary={round.scores.summary} notes={round.scores.notes} /> : <Text size="sm">{t('mcPractice.scores.waiting')}</Text>}
        <Switch
          label={t('mcPractice.share.label')}
          description={t('mcPractice.share.hint')}
          checked={shared}
          disabled={!cohort.running || share.isPending}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setShared(next);
            share.mutate(next, { onError: () => setShared(!next) });
          }}
          maw={820}
        />
        <ErrorAlert error={share.error} />
      </Stack>
    </Section>
  );
}

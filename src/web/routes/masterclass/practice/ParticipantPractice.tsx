import { Anchor, Button, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ROLEPLAY_ROLES, type RoleplayRole } from '#core/masterclass/roleplay.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { fieldError } from '#web/components/fieldError.js';
import { Loading } from '#web/components/Loading.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import { Section } from '#web/components/Section.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { useOwnSubgroups, useStartRound, useSubgroupRounds, type SubgroupRounds } from '#web/queries/masterclass-roleplay.queries.js';
import { practicePath } from './paths.js';
import { usePracticeText } from './texts.js';

const FIELD: Record<RoleplayRole, 'interviewerId' | 'colleagueId' | 'observerId'> = {
  interviewer: 'interviewerId',
  colleague: 'colleagueId',
  observer: 'observerId',
};

/**
 * The duo's side of the practice: the subgroup to practise in (one per assignment the trainers
 * formed subgroups for), who is in it, a new round, and the rounds the caller plays in.
 */
export function ParticipantPractice({ cohort, subgroupId }: { cohort: CohortDetail; subgroupId: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const own = useOwnSubgroups(
    cohort.id,
    cohort.assignments.map((a) => a.id),
  );
  // The latest assignment's subgroup by default: practice comes after steps 3 and 4.
  const chosen = own.subgroups.find((g) => g.id === subgroupId) ?? own.subgroups.at(-1);
  return (
    <Section id="practice-title" title={t('mcPractice.title')}>
      <Stack gap="md">
        <Text size="sm" maw={820}>
          {t('mcPractice.intro')}
        </Text>
        <ErrorAlert error={own.error} />
        {own.isPending && <Loading />}
        {!own.isPending && own.subgroups.length === 0 && <Text size="sm">{t('mcPractice.subgroup.none')}</Text>}
        {chosen && own.subgroups.length === 1 && (
          <Text size="sm" fw={600}>
            {t('mcPractice.subgroup.only', { subgroup: chosen.name, assignment: chosen.assignmentTitle })}
          </Text>
        )}
        {chosen && own.subgroups.length > 1 && (
          <NativeSelect
            label={t('mcPractice.subgroup.label')}
            description={t('mcPractice.subgroup.hint')}
            value={chosen.id}
            onChange={(e) => navigate(practicePath(cohort.id, { subgroup: e.currentTarget.value }), { replace: true })}
            data={own.subgroups.map((g) => ({ value: g.id, label: t('mcPractice.subgroup.option', { subgroup: g.name, assignment: g.assignmentTitle }) }))}
            maw={520}
          />
        )}
        {chosen && <SubgroupPractice key={chosen.id} cohort={cohort} subgroupId={chosen.id} />}
      </Stack>
    </Section>
  );
}

function SubgroupPractice({ cohort, subgroupId }: { cohort: CohortDetail; subgroupId: string }) {
  const { t } = useTranslation();
  const rounds = useSubgroupRounds(cohort.id, subgroupId);
  const data = rounds.data;
  return (
    <>
      <ErrorAlert error={rounds.error} />
      {rounds.isPending && <Loading />}
      {data && (
        <>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('mcPractice.people.title')}
            </Title>
            <List size="sm">
              {data.people.map((p) => (
                <List.Item key={p.userId}>{t('mcPractice.people.person', { name: p.name, organisation: p.organisationName })}</List.Item>
              ))}
            </List>
          </div>
          {cohort.running && <StartRound cohort={cohort} data={data} />}
          <MyRounds cohort={cohort} data={data} />
        </>
      )}
    </>
  );
}

function StartRound({ cohort, data }: { cohort: CohortDetail; data: SubgroupRounds }) {
  const { t } = useTranslation();
  const text = usePracticeText();
  const [, navigate] = useLocation();
  const start = useStartRound(cohort.id, data.subgroupId);
  const [cast, setCast] = useState<Record<RoleplayRole, string>>({ interviewer: '', colleague: '', observer: '' });
  const open = (roundId: string) => navigate(practicePath(cohort.id, { round: roundId }));
  // The next turn of the rotation, counted over all the subgroup's rounds (in a group of more than three not everyone plays in each).
  const next = data.roundsPlayed;

  if (data.people.length < ROLEPLAY_ROLES.length)
    return (
      <Text size="sm" maw={820}>
        {t('mcPractice.start.tooFew', { count: data.people.length })}
      </Text>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = Object.fromEntries(ROLEPLAY_ROLES.filter((role) => cast[role] !== '').map((role) => [FIELD[role], cast[role]]));
    start.mutate(chosen, { onSuccess: (round) => open(round.id) });
  };
  const rotate = () => start.mutate({ round: next }, { onSuccess: (round) => open(round.id) });
  // Someone chosen for one role is not offered for another.
  const takenElsewhere = (role: RoleplayRole, userId: string) => ROLEPLAY_ROLES.some((other) => other !== role && cast[other] === userId);

  return (
    <section aria-labelledby="practice-start">
      <Title order={3} size="h5" id="practice-start" mb={4}>
        {t('mcPractice.start.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" maw={820}>
            {t('mcPractice.start.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} maw={900}>
            {ROLEPLAY_ROLES.map((role) => (
              <NativeSelect
                key={role}
                label={text.role(role)}
                required
                value={cast[role]}
                onChange={(e) => {
                  const userId = e.currentTarget.value;
                  setCast((current) => ({ ...current, [role]: userId }));
                }}
                data={[
                  { value: '', label: t('mcPractice.start.choose') },
                  ...data.people.map((p) => ({
                    value: p.userId,
                    label: t('mcPractice.people.person', { name: p.name, organisation: p.organisationName }),
                    disabled: takenElsewhere(role, p.userId),
                  })),
                ]}
                error={fieldError(start.error, FIELD[role])}
              />
            ))}
          </SimpleGrid>
          <ErrorAlert error={start.error} />
          <Group>
            <Button type="submit" loading={start.isPending && !('round' in (start.variables ?? {}))}>
              {t('mcPractice.start.submit')}
            </Button>
          </Group>
          <Text size="sm" maw={820} id="practice-rotate-hint">
            {t('mcPractice.start.rotateIntro', { number: next + 1 })}
          </Text>
          <Group>
            <Button variant="default" onClick={rotate} loading={start.isPending && 'round' in (start.variables ?? {})} aria-describedby="practice-rotate-hint">
              {t('mcPractice.start.rotate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function MyRounds({ cohort, data }: { cohort: CohortDetail; data: SubgroupRounds }) {
  const { t } = useTranslation();
  const text = usePracticeText();
  const name = (person: SubgroupRounds['people'][number] | null) => person?.name ?? '—';
  return (
    <section aria-labelledby="practice-rounds">
      <Title order={3} size="h5" id="practice-rounds" mb={4}>
        {t('mcPractice.rounds.title')}
      </Title>
      {data.rounds.length === 0 ? (
        <Text size="sm">{t('mcPractice.rounds.empty')}</Text>
      ) : (
        <ScrollRegion labelledBy="practice-rounds-caption">
          <Table striped captionSide="top" miw={720}>
            <Table.Caption id="practice-rounds-caption" style={{ textAlign: 'start' }}>
              {t('mcPractice.rounds.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mcPractice.rounds.when')}</Table.Th>
                <Table.Th scope="col">{t('mcPractice.rounds.you')}</Table.Th>
                {ROLEPLAY_ROLES.map((role) => (
                  <Table.Th key={role} scope="col">
                    {text.role(role)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('mcPractice.rounds.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...data.rounds].reverse().map((round) => (
                <Table.Tr key={round.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor
                      component={Link}
                      to={practicePath(cohort.id, { round: round.id })}
                      aria-label={t('mcPractice.rounds.roundLink', { when: text.when(round.createdAt) })}
                    >
                      {text.when(round.createdAt)}
                    </Anchor>
                  </Table.Th>
                  <Table.Td fw={600}>{text.role(round.you)}</Table.Td>
                  {ROLEPLAY_ROLES.map((role) => (
                    <Table.Td key={role}>{name(round.people[role])}</Table.Td>
                  ))}
                  <Table.Td>{t(round.scored ? 'mcPractice.rounds.scored' : 'mcPractice.rounds.notScored')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}

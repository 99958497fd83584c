import { Badge, Button, Center, Group, Loader, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APEASE_CRITERIA, rankCandidates, type ApeaseCriterion } from '../../../core/interventions/apease.js';
import type { Decision, RatingInput } from '../../../core/interventions/candidates.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import type { ProgrammeDetail } from '../navigator/queries.js';
import { numberLocale } from '../worksheets/combText.js';
import { useInterventionText } from './interventionText.js';
import { useCandidates, useDecide, useRate, type Candidate } from './queries.js';
import { Section } from '../../components/Section.js';
import { SubstepLink } from './SubstepLink.js';
import { FunctionBadges } from './TagLine.js';

const unrated = (): RatingInput => ({ ...(Object.fromEntries(APEASE_CRITERIA.map((c) => [c, null])) as Record<ApeaseCriterion, null>), note: '' });

/** Sub-step 4.3: each member rates the shortlist on APEASE; the team sees the combined view, then chooses with a reason. */
export function ApeasePanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const list = useCandidates(programme.id);
  const shortlist = (list.data?.candidates ?? []).filter((c) => c.shortlisted);
  const byId = new Map(shortlist.map((c) => [c.id, c]));
  const ranked = rankCandidates(shortlist.map((c) => c.apease)).map((v) => byId.get(v.candidateId)!);

  return (
    <Section id="apease-title" title={t('interventions.apease.title')}>
      <Stack gap="md">
        <Text size="sm">{t('interventions.apease.intro')}</Text>
        {list.isPending && <Center><Loader aria-label={t('common.loading')} /></Center>}
        <ErrorAlert error={list.error} />
        {list.data && shortlist.length === 0 && (
          <Text size="sm">
            {t('interventions.apease.noShortlist')} <SubstepLink programmeId={programme.id} substep="4.2" label={t('interventions.apease.toShortlist')} />
          </Text>
        )}
        {ranked.map((c) => (
          <ApeaseCard key={c.id} programmeId={programme.id} candidate={c} canWork={programme.permissions.work} />
        ))}
      </Stack>
    </Section>
  );
}

function ApeaseCard({ programmeId, candidate: c, canWork }: { programmeId: string; candidate: Candidate; canWork: boolean }) {
  const { t } = useTranslation();
  const { locale } = useInterventionText();
  const format = (n: number | null) => (n === null ? '–' : n.toLocaleString(numberLocale(locale), { maximumFractionDigits: 1 }));
  const headingId = `apease-${c.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h5" id={headingId}>
            {c.title}
          </Title>
          <Group gap="xs">
            {c.decision && <Badge color="dark" variant={c.decision === 'chosen' ? 'filled' : 'outline'}>{t(`interventions.apease.${c.decision}`)}</Badge>}
            <Badge variant="light" color="gray">
              {c.apease.overall === null ? t('interventions.apease.notRated') : t('interventions.apease.overall', { value: format(c.apease.overall) })}
            </Badge>
          </Group>
        </Group>
        <FunctionBadges functions={c.functions} />
        <TeamView candidate={c} format={format} />
        {canWork && <MyRating programmeId={programmeId} candidate={c} />}
        <DecisionForm programmeId={programmeId} candidate={c} canWork={canWork} />
      </Stack>
    </Paper>
  );
}

function TeamView({ candidate: c, format }: { candidate: Candidate; format: (n: number | null) => string }) {
  const { t } = useTranslation();
  const { criterion } = useInterventionText();
  return (
    <>
      <ScrollRegion labelledBy={`team-${c.id}`}>
        <Table striped miw={480}>
          <Table.Caption id={`team-${c.id}`}>{t('interventions.apease.team')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('interventions.apease.criterion')}</Table.Th>
              <Table.Th scope="col">{t('interventions.apease.mean')}</Table.Th>
              <Table.Th scope="col">{t('interventions.apease.spread')}</Table.Th>
              <Table.Th scope="col">{t('interventions.apease.raters')}</Table.Th>
              <Table.Th scope="col"><VisuallyHidden>{t('interventions.apease.disagreement')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.apease.criteria.map((x) => (
              <Table.Tr key={x.criterion}>
                <Table.Th scope="row">{criterion(x.criterion)}</Table.Th>
                <Table.Td>{format(x.mean)}</Table.Td>
                <Table.Td>{x.min === null ? '–' : `${x.min}–${x.max}`}</Table.Td>
                <Table.Td>{x.raters}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {x.disagreement && <Badge color="orange" variant="light">{t('interventions.apease.disagreement')}</Badge>}
                    {c.apease.concerns.includes(x.criterion) && <Badge color="red" variant="light">{t('interventions.apease.concern')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {c.apease.disagreements.length > 0 && <Text size="sm">{t('interventions.apease.disagreeHint')}</Text>}
      {c.ratings.length > 0 && (
        <ScrollRegion labelledBy={`members-${c.id}`}>
          <Table miw={640}>
            <Table.Caption id={`members-${c.id}`}>{t('interventions.apease.members')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('interventions.apease.member')}</Table.Th>
                {APEASE_CRITERIA.map((k) => <Table.Th key={k} scope="col">{criterion(k)}</Table.Th>)}
                <Table.Th scope="col">{t('interventions.apease.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.ratings.map((r) => (
                <Table.Tr key={r.userId}>
                  <Table.Th scope="row">{r.name}</Table.Th>
                  {APEASE_CRITERIA.map((k) => <Table.Td key={k}>{r[k] ?? '–'}</Table.Td>)}
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}

function MyRating({ programmeId, candidate: c }: { programmeId: string; candidate: Candidate }) {
  const { t } = useTranslation();
  const { criterion, criterionQuestion } = useInterventionText();
  const rate = useRate(programmeId);
  const [value, setValue] = useState<RatingInput>(c.myRating ?? unrated());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rate.mutate({ id: c.id, rating: value });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${t('interventions.apease.mine')}: ${c.title}`}>
      <Stack gap="xs">
        <Title order={4} size="h6">{t('interventions.apease.mine')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {APEASE_CRITERIA.map((k) => (
            <RatingSelect
              key={k}
              label={criterion(k)}
              description={criterionQuestion(k)}
              value={value[k]}
              onChange={(v) => setValue((old) => ({ ...old, [k]: v }))}
              readOnly={false}
              error={fieldError(rate.error, k)}
            />
          ))}
        </SimpleGrid>
        <div>
          <PatientDataWarning />
          <Textarea label={t('interventions.apease.noteLabel')} autosize minRows={1} value={value.note} onChange={(e) => setValue({ ...value, note: e.currentTarget.value })} error={fieldError(rate.error, 'note')} />
        </div>
        <ErrorAlert error={rate.error} />
        <Group>
          <Button type="submit" size="xs" loading={rate.isPending}>{t('interventions.apease.saveRating')}</Button>
          {rate.isSuccess && <Text size="sm" role="status">{t('interventions.apease.ratingSaved')}</Text>}
        </Group>
      </Stack>
    </form>
  );
}

function DecisionForm({ programmeId, candidate: c, canWork }: { programmeId: string; candidate: Candidate; canWork: boolean }) {
  const { t } = useTranslation();
  const decide = useDecide(programmeId);
  const [decision, setDecision] = useState<Decision | 'open'>(c.decision ?? 'open');
  const [rationale, setRationale] = useState(c.rationale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ id: c.id, decision: decision === 'open' ? null : decision, rationale });
  };
  const warningId = `rationale-warning-${c.id}`;
  return (
    <form onSubmit={submit} noValidate aria-label={`${t('interventions.apease.decision')}: ${c.title}`}>
      <Stack gap="xs">
        <Radio.Group label={t('interventions.apease.decision')} value={decision} onChange={(v) => setDecision(v as Decision | 'open')}>
          <Group mt={4}>
            {(['chosen', 'rejected', 'open'] as const).map((d) => (
              <Radio key={d} value={d} label={t(`interventions.apease.${d}`)} disabled={!canWork} />
            ))}
          </Group>
        </Radio.Group>
        <div>
          {canWork && <PatientDataWarning id={warningId} />}
          <Textarea
            label={t('interventions.apease.rationale')}
            autosize
            minRows={2}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            readOnly={!canWork}
            error={fieldError(decide.error, 'rationale')}
          />
        </div>
        <ErrorAlert error={decide.error} />
        {canWork && (
          <Group>
            <Button type="submit" size="xs" loading={decide.isPending}>{t('interventions.apease.saveDecision')}</Button>
            {decide.isSuccess && <Text size="sm" role="status">{t('interventions.apease.decisionSaved')}</Text>}
          </Group>
        )}
      </Stack>
    </form>
  );
}

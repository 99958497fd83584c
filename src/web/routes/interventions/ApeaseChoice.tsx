import { Accordion, Badge, Button, Group, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APEASE_CRITERIA } from '#core/interventions/apease.js';
import type { Decision } from '#core/interventions/candidates.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useDecide, type Candidate, type Rate } from '../../queries/interventions.queries.js';
import { FunctionBadges } from './TagLine.js';

/**
 * The choice per shortlisted intervention, folded until asked for: each member's scores and notes,
 * the member's own note, and the decision with its reason.
 */
export function ApeaseChoice({ programmeId, candidates, canWork, rate }: { programmeId: string; candidates: Candidate[]; canWork: boolean; rate: Rate }) {
  const { t } = useTranslation();
  return (
    <Accordion multiple order={4} variant="separated">
      {candidates.map((c) => (
        <Accordion.Item key={c.id} value={c.id}>
          <Accordion.Control>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <span>{c.title}</span>
              <Badge color="dark" variant={c.decision === 'chosen' ? 'filled' : 'outline'} style={{ flexShrink: 0 }}>
                {t(`interventions.apease.${c.decision ?? 'open'}`)}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <FunctionBadges functions={c.functions} />
              <MemberScores candidate={c} />
              {canWork && <MyNote candidate={c} rate={rate} />}
              <DecisionForm programmeId={programmeId} candidate={c} canWork={canWork} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function MemberScores({ candidate: c }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const { criterion } = useInterventionText();
  if (c.ratings.length === 0) return <Text size="sm">{t('interventions.apease.notRated')}</Text>;
  return (
    <ScrollRegion labelledBy={`members-${c.id}`}>
      <Table miw={640} captionSide="top">
        <Table.Caption id={`members-${c.id}`} style={{ textAlign: 'left' }}>
          {t('interventions.apease.members')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('interventions.apease.member')}</Table.Th>
            {APEASE_CRITERIA.map((k) => (
              <Table.Th key={k} scope="col" fz="xs">
                {criterion(k)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('interventions.apease.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.ratings.map((r) => (
            <Table.Tr key={r.userId}>
              <Table.Th scope="row">{r.name}</Table.Th>
              {APEASE_CRITERIA.map((k) => (
                <Table.Td key={k}>{r[k] ?? '–'}</Table.Td>
              ))}
              <Table.Td>{r.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** The note beside the member's own scores (the scores themselves are chosen in the matrix). */
function MyNote({ candidate: c, rate }: { candidate: Candidate; rate: Rate }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(c.myRating?.note ?? '');
  const [sent, setSent] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(true);
    rate.change(c.id, { note });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${t('interventions.apease.noteLabel')}: ${c.title}`}>
      <Stack gap="xs">
        <div>
          <PatientDataWarning />
          <Textarea
            label={t('interventions.apease.noteLabel')}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(rate.error, 'note')}
          />
        </div>
        <Group>
          <Button type="submit" size="xs" variant="default" loading={sent && rate.isPending}>
            {t('interventions.apease.saveNote')}
          </Button>
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
            <Button type="submit" size="xs" loading={decide.isPending}>
              {t('interventions.apease.saveDecision')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

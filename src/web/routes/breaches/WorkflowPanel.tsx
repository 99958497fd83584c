import { Button, Group, List, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BREACH_STATUS_LABELS, TRANSITION_BLOCK_LABELS } from '#content/breach.js';
import type { BreachStatus, TransitionBlock, TransitionCheck } from '#core/breach/workflow.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { fromWallClockInput, useBreachLocale, useFieldLabel } from './format.js';
import { useTransition, type BreachDetail } from '../../queries/breaches.queries.js';

/** Blocks the officer lifts by filling in the step's own moments, right here. */
const FILLABLE: readonly TransitionBlock[] = ['apNotifiedAtRequired', 'lateReasonRequired', 'subjectsInformedAtRequired'];

/** One next step: a button when it is allowed, the moments it records when those are what it lacks, else why not. */
function NextStep({ detail, to, check }: { detail: BreachDetail; to: BreachStatus; check: TransitionCheck }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const label = useFieldLabel();
  const transition = useTransition(detail.breach.id);
  const [apNotifiedAt, setApNotifiedAt] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [apReference, setApReference] = useState('');
  const [apReceivedAt, setApReceivedAt] = useState('');
  const [subjectsInformedAt, setSubjectsInformedAt] = useState('');
  const fillable = !check.allowed && FILLABLE.includes(check.reason);
  const asksNotification = to === 'notified' && (check.allowed || fillable);
  const asksInformed = to === 'closed' && !check.allowed && check.reason === 'subjectsInformedAtRequired';

  if (!check.allowed && !fillable) {
    return (
      <Text size="sm">
        <strong>{t(`breaches.workflow.to.${to}`)}</strong>: {text(TRANSITION_BLOCK_LABELS[check.reason])}
        {check.reason === 'registerIncomplete' && (
          <List size="sm" mt={4}>
            {detail.registerMissing.map((m) => (
              <List.Item key={m.field}>{label(m.field ?? m.code)}</List.Item>
            ))}
          </List>
        )}
      </Text>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    transition.mutate({
      status: to,
      ...(asksNotification
        ? {
            apNotifiedAt: fromWallClockInput(apNotifiedAt),
            lateReason: lateReason.trim() || undefined,
            apReference: apReference.trim() || undefined,
            apReceivedAt: fromWallClockInput(apReceivedAt),
          }
        : {}),
      ...(asksInformed ? { subjectsInformedAt: fromWallClockInput(subjectsInformedAt) } : {}),
    });
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label={t(`breaches.workflow.to.${to}`)}>
        <Stack gap="xs">
          <ErrorAlert error={transition.error} />
          {asksNotification && (
            <>
              <TextInput
                type="datetime-local"
                label={t('breaches.workflow.apNotifiedAt')}
                description={t('breaches.timeZoneHint')}
                required
                value={apNotifiedAt}
                onChange={(e) => setApNotifiedAt(e.currentTarget.value)}
                error={fieldError(transition.error, 'apNotifiedAt')}
              />
              <PatientDataWarning />
              <Textarea
                label={t('breaches.workflow.lateReason')}
                description={t('breaches.workflow.lateReasonHint')}
                value={lateReason}
                onChange={(e) => setLateReason(e.currentTarget.value)}
                autosize
                minRows={2}
                error={fieldError(transition.error, 'lateReason')}
              />
              <TextInput
                label={t('breaches.workflow.apReference')}
                value={apReference}
                onChange={(e) => setApReference(e.currentTarget.value)}
                error={fieldError(transition.error, 'apReference')}
              />
              <TextInput
                type="datetime-local"
                label={t('breaches.workflow.apReceivedAt')}
                description={t('breaches.timeZoneHint')}
                value={apReceivedAt}
                onChange={(e) => setApReceivedAt(e.currentTarget.value)}
                error={fieldError(transition.error, 'apReceivedAt')}
              />
            </>
          )}
          {asksInformed && (
            <TextInput
              type="datetime-local"
              label={t('breaches.workflow.subjectsInformedAt')}
              description={t('breaches.timeZoneHint')}
              required
              value={subjectsInformedAt}
              onChange={(e) => setSubjectsInformedAt(e.currentTarget.value)}
              error={fieldError(transition.error, 'subjectsInformedAt')}
            />
          )}
          <Button type="submit" loading={transition.isPending} w="fit-content">
            {t(`breaches.workflow.to.${to}`)}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** The status and the steps that may follow it (reported → triage → assessed → notified → closed). */
export function WorkflowPanel({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  return (
    <Section id="breach-workflow" title={t('breaches.workflow.title')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text>{t('breaches.workflow.current')}</Text>
          <Text fw={700}>{text(BREACH_STATUS_LABELS[detail.breach.status])}</Text>
        </Group>
        {detail.nextSteps.length === 0 && <Text size="sm">{t('breaches.workflow.final')}</Text>}
        {detail.permissions.handle ? (
          detail.nextSteps.map((s) => <NextStep key={s.status} detail={detail} to={s.status} check={s.check} />)
        ) : (
          <Text size="sm">{t('breaches.readOnly')}</Text>
        )}
      </Stack>
    </Section>
  );
}

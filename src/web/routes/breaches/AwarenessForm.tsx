import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { awarenessReasonNeeded, lateReasonNeeded } from '#core/breach/awareness.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useMoment } from './format.js';
import { useConfirmAwareness, type BreachDetail } from '../../queries/breaches.queries.js';
import { MomentInput } from './RegisterFields.js';

/**
 * The officer confirms when the organisation became aware, proposed from the reporter's moment;
 * before triage this stands open, afterwards changing it sits behind a disclosure. The reason is
 * asked for when the core rule needs one (a later moment, or a change).
 */
export function AwarenessForm({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const { breach } = detail;
  const confirmed = breach.awareConfirmedAt !== null;
  const confirm = useConfirmAwareness(breach.id);
  const [awareAt, setAwareAt] = useState<string | null>(confirmed ? breach.awareAt : breach.reporterAwareAt);
  const [reason, setReason] = useState('');
  const [lateReason, setLateReason] = useState('');
  const facts = {
    reporterAwareAt: new Date(breach.reporterAwareAt),
    awareAt: new Date(breach.awareAt),
    confirmed,
    apNotifiedAt: breach.apNotifiedAt ? new Date(breach.apNotifiedAt) : null,
    lateReason: breach.lateReason,
  };
  const reasonNeeded = awareAt !== null && awarenessReasonNeeded(facts, new Date(awareAt));
  const lateNeeded = awareAt !== null && lateReasonNeeded(facts, new Date(awareAt));
  const title = confirmed ? t('breaches.awareness.change') : t('breaches.awareness.confirm');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate(
      { awareAt: awareAt ?? '', reason, lateReason },
      {
        onSuccess: () => {
          setReason('');
          setLateReason('');
        },
      },
    );
  };
  const form = (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="xs" mt="xs">
        <ErrorAlert error={confirm.error} />
        <Text size="sm">{t('breaches.awareness.explanation')}</Text>
        <Text size="sm">{t('breaches.awareness.proposal', { at: moment(breach.reporterAwareAt) })}</Text>
        <MomentInput label={t('breaches.awareness.awareAt')} required value={awareAt} onChange={setAwareAt} error={fieldError(confirm.error, 'awareAt')} />
        <PatientDataWarning />
        <Textarea
          label={t('breaches.awareness.reasonLabel')}
          description={reasonNeeded ? t('breaches.awareness.reasonRequired') : t('breaches.awareness.reasonOptional')}
          required={reasonNeeded}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          error={fieldError(confirm.error, 'reason')}
        />
        {lateNeeded && (
          <Textarea
            label={t('breaches.workflow.lateReason')}
            description={t('breaches.awareness.lateReasonHint')}
            required
            value={lateReason}
            onChange={(e) => setLateReason(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fieldError(confirm.error, 'lateReason')}
          />
        )}
        <Button type="submit" loading={confirm.isPending} w="fit-content">
          {confirmed ? t('breaches.awareness.saveChange') : t('breaches.awareness.saveConfirm')}
        </Button>
      </Stack>
    </form>
  );
  return confirmed ? (
    <details>
      <summary>{title}</summary>
      {form}
    </details>
  ) : (
    <Paper withBorder p="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      {form}
    </Paper>
  );
}

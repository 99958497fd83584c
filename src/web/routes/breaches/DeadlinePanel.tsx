import { Button, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { DeadlineClock } from './DeadlineClock.js';
import { fromWallClockInput, toWallClockInput, useMoment } from './format.js';
import { useCorrectAwareAt, type BreachDetail } from './queries.js';

/** The 72 hours from awareness, and the officer's correction when the organisation knew earlier than the report. */
export function DeadlinePanel({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const { breach } = detail;
  const correct = useCorrectAwareAt(breach.id);
  const [awareAt, setAwareAt] = useState(() => toWallClockInput(breach.awareAt));
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    correct.mutate({ awareAt: fromWallClockInput(awareAt) ?? '', reason }, { onSuccess: () => setReason('') });
  };
  return (
    <Section id="breach-deadline" title={t('breaches.deadline.title')}>
      <Stack gap="xs">
        <DeadlineClock clock={detail.deadline} withDeadline />
        <Text size="sm">{t('breaches.deadline.awareAt', { at: moment(breach.awareAt) })}</Text>
        {breach.apNotifiedAt && <Text size="sm">{t('breaches.deadline.apNotifiedAt', { at: moment(breach.apNotifiedAt) })}</Text>}
        {breach.lateReason && <Text size="sm">{t('breaches.deadline.lateReason', { reason: breach.lateReason })}</Text>}
        <Text size="sm">{t('breaches.deadline.explanation')}</Text>
        {detail.permissions.handle && breach.status !== 'closed' && (
          <details>
            <summary>{t('breaches.deadline.correct')}</summary>
            <form onSubmit={submit} noValidate aria-label={t('breaches.deadline.correct')}>
              <Stack gap="xs" mt="xs">
                <ErrorAlert error={correct.error} />
                <TextInput
                  type="datetime-local"
                  label={t('breaches.deadline.awareAtLabel')}
                  description={t('breaches.timeZoneHint')}
                  value={awareAt}
                  onChange={(e) => setAwareAt(e.currentTarget.value)}
                  error={fieldError(correct.error, 'awareAt')}
                />
                <PatientDataWarning />
                <Textarea label={t('breaches.deadline.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} error={fieldError(correct.error, 'reason')} />
                <Button type="submit" loading={correct.isPending} w="fit-content">
                  {t('breaches.deadline.save')}
                </Button>
              </Stack>
            </form>
          </details>
        )}
      </Stack>
    </Section>
  );
}

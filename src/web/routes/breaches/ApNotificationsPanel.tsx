import { Button, NativeSelect, Paper, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AP_FOLLOW_UP_KIND_LABELS } from '#content/breach.js';
import { AP_FOLLOW_UP_KINDS, type ApFollowUpKind } from '#core/breach/ap-notification.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { useBreachLocale, useMoment } from './format.js';
import { useAddApFollowUp, useRecordApReference, type BreachDetail } from '../../queries/breaches.queries.js';
import { MomentInput } from './RegisterFields.js';

/** A form of this panel: titled, in a frame, with the API's refusal on top. */
function PanelForm({ title, error, onSubmit, children }: { title: string; error: unknown; onSubmit: () => void; children: ReactNode }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          <ErrorAlert error={error} />
          {children}
        </Stack>
      </form>
    </Paper>
  );
}

/** The AP's meldnummer and receipt, recorded (or corrected) while the breach stands as notified. */
function ApReferenceForm({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const { breach } = detail;
  const record = useRecordApReference(breach.id);
  const [apReference, setApReference] = useState(breach.apReference ?? '');
  const [apReceivedAt, setApReceivedAt] = useState(breach.apReceivedAt);
  return (
    <PanelForm title={t('breaches.apNotifications.referenceForm')} error={record.error} onSubmit={() => record.mutate({ apReference, apReceivedAt })}>
      <TextInput
        label={t('breaches.apNotifications.reference')}
        required
        value={apReference}
        onChange={(e) => setApReference(e.currentTarget.value)}
        error={fieldError(record.error, 'apReference')}
      />
      <MomentInput
        label={t('breaches.apNotifications.apReceivedAt')}
        value={apReceivedAt}
        onChange={setApReceivedAt}
        error={fieldError(record.error, 'apReceivedAt')}
      />
      <Button type="submit" loading={record.isPending} w="fit-content">
        {t('breaches.apNotifications.saveReference')}
      </Button>
    </PanelForm>
  );
}

/** A follow-up to the AP under the meldnummer: once recorded it is history, never changed. */
function FollowUpForm({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const add = useAddApFollowUp(detail.breach.id);
  const [kind, setKind] = useState<ApFollowUpKind>('supplement');
  const [sentAt, setSentAt] = useState<string | null>(null);
  const [apReceivedAt, setApReceivedAt] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const submit = () =>
    add.mutate(
      { kind, sentAt: sentAt ?? '', apReceivedAt, note },
      {
        onSuccess: () => {
          setSentAt(null);
          setApReceivedAt(null);
          setNote('');
        },
      },
    );
  return (
    <PanelForm title={t('breaches.apNotifications.followUpForm')} error={add.error} onSubmit={submit}>
      <NativeSelect
        label={t('breaches.apNotifications.followUpKind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as ApFollowUpKind)}
        data={AP_FOLLOW_UP_KINDS.map((k) => ({ value: k, label: text(AP_FOLLOW_UP_KIND_LABELS[k]) }))}
        error={fieldError(add.error, 'kind')}
      />
      <MomentInput label={t('breaches.apNotifications.sentAt')} required value={sentAt} onChange={setSentAt} error={fieldError(add.error, 'sentAt')} />
      <MomentInput
        label={t('breaches.apNotifications.apReceivedAt')}
        value={apReceivedAt}
        onChange={setApReceivedAt}
        error={fieldError(add.error, 'apReceivedAt')}
      />
      <PatientDataWarning />
      <Textarea
        label={t('breaches.apNotifications.followUpNote')}
        required
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(add.error, 'note')}
      />
      <Button type="submit" loading={add.isPending} w="fit-content">
        {t('breaches.apNotifications.saveFollowUp')}
      </Button>
    </PanelForm>
  );
}

/** The first notification and every follow-up, in the order they were sent. */
function NotificationHistory({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  const { breach } = detail;
  const received = (at: string | null) => (at ? moment(at) : t('breaches.apNotifications.notYetReceived'));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Caption>{t('breaches.apNotifications.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('breaches.apNotifications.kind')}</Table.Th>
            <Table.Th scope="col">{t('breaches.apNotifications.sentAt')}</Table.Th>
            <Table.Th scope="col">{t('breaches.apNotifications.receivedAt')}</Table.Th>
            <Table.Th scope="col">{t('breaches.apNotifications.note')}</Table.Th>
            <Table.Th scope="col">{t('breaches.apNotifications.recordedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>
              {breach.apReference ? t('breaches.apNotifications.first', { reference: breach.apReference }) : t('breaches.apNotifications.firstNoReference')}
            </Table.Td>
            <Table.Td>{breach.apNotifiedAt && moment(breach.apNotifiedAt)}</Table.Td>
            <Table.Td>{received(breach.apReceivedAt)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{breach.lateReason ? t('breaches.deadline.lateReason', { reason: breach.lateReason }) : '—'}</Table.Td>
            <Table.Td>—</Table.Td>
          </Table.Tr>
          {detail.apFollowUps.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{text(AP_FOLLOW_UP_KIND_LABELS[f.kind])}</Table.Td>
              <Table.Td>{moment(f.sentAt)}</Table.Td>
              <Table.Td>{received(f.apReceivedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{f.note}</Table.Td>
              <Table.Td>{f.recordedByName ?? t('breaches.decision.formerUser')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The notification to the AP and what follows it (art. 33(4): information in phases): the history,
 * the meldnummer, and the forms to add follow-ups. A follow-up needs the meldnummer first.
 */
export function ApNotificationsPanel({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const { breach } = detail;
  const editable = detail.permissions.handle && breach.status !== 'closed';
  return (
    <Section id="breach-ap-notifications" title={t('breaches.apNotifications.title')}>
      <Stack gap="md">
        <Text size="sm">{t('breaches.apNotifications.intro')}</Text>
        {breach.apNotifiedAt ? (
          <>
            <NotificationHistory detail={detail} />
            {editable && breach.status === 'notified' && <ApReferenceForm detail={detail} />}
            {editable && (breach.apReference ? <FollowUpForm detail={detail} /> : <Text size="sm">{t('breaches.apNotifications.referenceNeeded')}</Text>)}
          </>
        ) : (
          <Text size="sm">{t('breaches.apNotifications.notYet')}</Text>
        )}
      </Stack>
    </Section>
  );
}

import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARE_DUTY_TEXT, CSIRT_CLOCK_LABELS } from '#content/breach.js';
import { Section } from '../../components/Section.js';
import { AwarenessForm } from './AwarenessForm.js';
import { DeadlineClock } from './DeadlineClock.js';
import { useBreachLocale, useMoment } from './format.js';
import type { BreachDetail, CareDutyView } from '../../queries/breaches.queries.js';

/** One care duty beside the 72 hours: done (and when), or still to do, with its own clock where it has one. */
function CareDutyItem({ duty }: { duty: CareDutyView }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  const texts = CARE_DUTY_TEXT[duty.duty];
  return (
    <List.Item>
      <Text size="sm">
        <strong>{text(texts.name)}</strong>: {duty.doneAt ? text(texts.done).replace('{at}', moment(duty.doneAt)) : t('breaches.careDuties.todo')}
      </Text>
      {duty.clock && <DeadlineClock clock={duty.clock} labels={CSIRT_CLOCK_LABELS} withDeadline />}
    </List.Item>
  );
}

/**
 * The 72 hours from awareness, with the officer's confirmation of that moment, and the care duties
 * that run beside them (Wkkgz, VIM/MIP, the CSIRT's 24 hours).
 */
export function DeadlinePanel({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const { breach } = detail;
  return (
    <Section id="breach-deadline" title={t('breaches.deadline.title')}>
      <Stack gap="xs">
        <DeadlineClock clock={detail.deadline} withDeadline />
        <Text size="sm">
          {t('breaches.deadline.awareAt', { at: moment(breach.awareAt) })}{' '}
          {breach.awareConfirmedAt
            ? t('breaches.awareness.confirmed', { name: breach.awareConfirmedByName ?? t('breaches.decision.formerUser'), at: moment(breach.awareConfirmedAt) })
            : t('breaches.awareness.unconfirmed')}
        </Text>
        {breach.awareReason && <Text size="sm">{t('breaches.awareness.reason', { reason: breach.awareReason })}</Text>}
        {breach.apNotifiedAt && <Text size="sm">{t('breaches.deadline.apNotifiedAt', { at: moment(breach.apNotifiedAt) })}</Text>}
        {breach.lateReason && <Text size="sm">{t('breaches.deadline.lateReason', { reason: breach.lateReason })}</Text>}
        <Text size="sm">{t('breaches.deadline.explanation')}</Text>
        {detail.permissions.handle && breach.status !== 'closed' && <AwarenessForm detail={detail} />}
        {detail.careDuties.length > 0 && (
          <>
            <Title order={3} size="h5" mt="sm">
              {t('breaches.careDuties.title')}
            </Title>
            <List spacing="xs">
              {detail.careDuties.map((duty) => (
                <CareDutyItem key={duty.duty} duty={duty} />
              ))}
            </List>
          </>
        )}
      </Stack>
    </Section>
  );
}

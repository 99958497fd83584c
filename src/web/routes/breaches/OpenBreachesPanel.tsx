import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BREACH_STATUS_LABELS } from '#content/breach.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import { DeadlineClock } from './DeadlineClock.js';
import { useBreachLocale } from './format.js';
import { useOpenBreaches } from '../../queries/breaches.queries.js';

/**
 * The breaches not closed yet, overdue first, each with its reference, status and 72-hour clock and
 * nothing else of the breach, so the panel may stand on pages other than the register.
 */
export function OpenBreachesPanel() {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const open = useOpenBreaches();
  const breaches = open.data?.breaches ?? [];
  return (
    <Section id="open-breaches" title={t('breaches.open.title')}>
      <ErrorAlert error={open.error} />
      {open.data && breaches.length === 0 && <Text size="sm">{t('breaches.open.none')}</Text>}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {breaches.map((breach) => (
          <Group component="li" key={breach.id} gap="sm" wrap="wrap">
            <Anchor component={Link} to={`/breaches/${breach.id}`} fw={700}>
              {breach.reference}
            </Anchor>
            <Text size="sm">
              {t('breaches.columns.status')}: {text(BREACH_STATUS_LABELS[breach.status])}
            </Text>
            <DeadlineClock clock={breach.deadline} />
          </Group>
        ))}
      </Stack>
    </Section>
  );
}

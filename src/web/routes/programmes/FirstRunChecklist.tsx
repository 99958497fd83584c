import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { FirstRunItem } from '#core/first-run.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { useDismissFirstRun, useFirstRun } from '../../queries/programmes.queries.js';

/** Where each item is done; the first programme is started on this very page. */
const WHERE: Record<Exclude<FirstRunItem, 'programme'>, string> = {
  colleagues: '/users#invite-title',
  privacyOfficer: '/users',
  breachLink: '/settings#breach-report-title',
  apDetails: '/settings#ap-details-title',
};

/**
 * A new organisation's first steps, for its admin on the first page (issue 18). The server ticks
 * each item from what the organisation holds; the list goes once all are done or an admin puts it away.
 */
export function FirstRunChecklist({ onStartProgramme }: { onStartProgramme: () => void }) {
  const { t } = useTranslation();
  const checklist = useFirstRun(true);
  const dismiss = useDismissFirstRun();
  if (!checklist.data?.show) return null;
  const { items } = checklist.data;

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="first-run-title">
      <Title order={2} size="h4" id="first-run-title" mb="xs">
        {t('programmes.firstRun.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('programmes.firstRun.intro', { done: items.filter((i) => i.done).length, total: items.length })}
      </Text>
      <List spacing="sm" listStyleType="none" mb="md">
        {items.map(({ item, done }) => (
          <List.Item key={item}>
            <Stack gap={2}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <StatusBadge status={done ? 'done' : 'not_started'} />
                <Text size="sm" fw={700}>
                  {t(`programmes.firstRun.items.${item}.title`)}
                </Text>
              </Group>
              {!done && <Text size="sm">{t(`programmes.firstRun.items.${item}.hint`)}</Text>}
              {!done &&
                (item === 'programme' ? (
                  <Button size="xs" variant="light" onClick={onStartProgramme} style={{ alignSelf: 'flex-start' }}>
                    {t('programmes.firstRun.items.programme.action')}
                  </Button>
                ) : (
                  <Anchor component={Link} to={WHERE[item]} size="sm">
                    {t(`programmes.firstRun.items.${item}.action`)}
                  </Anchor>
                ))}
            </Stack>
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={dismiss.error} />
      <ConfirmButton
        label={t('programmes.firstRun.dismiss')}
        title={t('programmes.firstRun.dismissTitle')}
        text={t('programmes.firstRun.dismissText')}
        confirmLabel={t('programmes.firstRun.dismissConfirm')}
        onConfirm={() => dismiss.mutateAsync()}
        variant="default"
        size="xs"
      />
    </Paper>
  );
}

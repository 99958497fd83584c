import { Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDay } from '../../lib/day.js';
import { useCohort, type CohortDetail } from '../../queries/masterclass.queries.js';
import { toDateAndTime } from './format.js';
import { COHORT_TABS } from './tabs.js';

/** One masterclass: its tabs (tabs.ts), each at an address of its own so a link or Back returns to it. */
export function CohortPage() {
  const { t } = useTranslation();
  const { id = '', tab } = useParams<{ id: string; tab?: string }>();
  const cohort = useCohort(id);
  const data = cohort.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/masterclass" size="sm">
        {t('masterclass.cohort.back')}
      </Anchor>
      <ErrorAlert error={cohort.error} />
      {cohort.isPending && <Loading />}
      {data && <CohortTabs cohort={data} tab={tab} />}
    </Stack>
  );
}

function CohortTabs({ cohort, tab }: { cohort: CohortDetail; tab: string | undefined }) {
  const { t } = useTranslation();
  const day = useDay();
  const [, navigate] = useLocation();
  const tabs = COHORT_TABS.filter((entry) => entry.shows(cohort));
  const active = tabs.find((entry) => entry.path === tab) ?? tabs[0]!;
  return (
    <>
      <div>
        <PageTitle>{cohort.name}</PageTitle>
        <Group gap="sm">
          <Text size="sm">{t('masterclass.cohort.by', { organisation: cohort.trainingOrganisation })}</Text>
          <Badge color={cohort.running ? 'green' : 'gray'} variant="dot" style={{ flexShrink: 0 }}>
            {t(`masterclass.status.${cohort.running ? 'running' : 'closed'}`)}
          </Badge>
        </Group>
        {cohort.closedAt && (
          <Text size="sm" mt={4}>
            {t('masterclass.cohort.closedOn', { date: day(toDateAndTime(cohort.closedAt).date) })}{' '}
            {cohort.readableUntil && cohort.you.trainer && t('masterclass.cohort.readableUntil', { date: day(toDateAndTime(cohort.readableUntil).date) })}
          </Text>
        )}
      </div>
      {/* Each tab has its own address; changing tabs replaces it, so Back leaves the masterclass rather than stepping through tabs. */}
      <Tabs value={active.path} onChange={(value) => value && navigate(`/masterclass/${cohort.id}/${value}`, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('masterclass.cohort.tabs')} mb="md">
          {tabs.map((entry) => (
            <Tabs.Tab key={entry.path} value={entry.path}>
              {t(`masterclass.tabs.${entry.label}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ path, Panel }) => (
          <Tabs.Panel key={path} value={path}>
            <Panel cohort={cohort} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

import { Anchor, Breadcrumbs, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { guidanceFor, stepGuidance } from '#content/steps.js';
import { isSubstepKey, stepOf, SUBSTEP_KEYS } from '#core/steps.js';
import { PageError } from '../../components/PageError.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useLocalized } from '../../lib/localized.js';
import { MissingList } from '../../routes/worksheets/MissingList.js';
import { WorksheetEditor } from '../../routes/worksheets/WorksheetEditor.js';
import { NotFoundPage } from '../../routes/NotFoundPage.js';
import { SUBSTEP_PANELS } from './panels.js';
import { BaselineReminder } from '../../routes/measurement/BaselineReminder.js';
import { Guidance } from './Guidance.js';
import { useProgramme, useSubstep } from '../../queries/programme.queries.js';
import { StatusControl } from './StatusControl.js';

/** The sub-steps before the interventions are chosen: the last moment to plan the 0-meting (the Wegwijzer's measurement track). */
const BASELINE_REMINDED: readonly string[] = ['3.4', '4.1'];

/** One sub-step: status, guidance, its tool or worksheet and the notes, with links to the previous and next sub-step. */
export function SubstepPage() {
  const { id = '', key = '' } = useParams();
  if (!isSubstepKey(key)) return <NotFoundPage />;
  return <SubstepView programmeId={id} substepKey={key} />;
}

function SubstepView({ programmeId, substepKey }: { programmeId: string; substepKey: (typeof SUBSTEP_KEYS)[number] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const programme = useProgramme(programmeId);
  const substep = useSubstep(programmeId, substepKey);
  const guidance = guidanceFor(substepKey);
  const step = stepGuidance(stepOf(substepKey));
  const index = SUBSTEP_KEYS.indexOf(substepKey);
  const [prev, next] = [SUBSTEP_KEYS[index - 1], SUBSTEP_KEYS[index + 1]];
  const link = (k: string) => `/programmes/${programmeId}/substeps/${k}`;

  if (programme.isPending || substep.isPending)
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!programme.data || !substep.data) return <PageError error={programme.error ?? substep.error} />;
  const canWork = programme.data.permissions.work;
  const Panel = SUBSTEP_PANELS[substepKey];

  return (
    <>
      <Breadcrumbs mb="sm" aria-label={t('navigator.breadcrumb')}>
        <Anchor component={Link} to="/programmes">
          {t('programmes.pageTitle')}
        </Anchor>
        <Anchor component={Link} to={`/programmes/${programmeId}`}>
          {programme.data.title}
        </Anchor>
        <Text span>{substepKey}</Text>
      </Breadcrumbs>
      <Text size="sm">{t('navigator.stepTitle', { number: step.number, title: l(step.title) })}</Text>
      <PageTitle>{`${substepKey} ${l(guidance.title)}`}</PageTitle>
      {programme.data.targetBehaviour && (
        <Text size="sm" mb="sm">
          <Text span fw={700}>
            {t('navigator.targetBehaviour')}:{' '}
          </Text>
          {programme.data.targetBehaviour}
        </Text>
      )}
      {/* One column: a tool's tables get the full width, the guidance folds above it, the notes follow the work. */}
      <Stack>
        <StatusControl
          key={substep.data.status}
          programmeId={programmeId}
          substepKey={substepKey}
          status={substep.data.status}
          canWork={canWork}
          blocked={substep.data.missing.length > 0}
        />
        {substep.data.checked && <MissingList missing={substep.data.missing} />}
        {BASELINE_REMINDED.includes(substepKey) && <BaselineReminder programmeId={programmeId} />}
        <Guidance key={substepKey} guidance={guidance} hasForm={substep.data.hasForm || Panel !== undefined} open={Panel === undefined} />
        {Panel && (
          <Suspense fallback={<Loading />}>
            <Panel programme={programme.data} />
          </Suspense>
        )}
        <WorksheetEditor key={substep.data.worksheet?.version ?? 0} programme={programme.data} substep={substep.data} />
      </Stack>
      <Group justify="space-between" mt="lg" component="nav" aria-label={t('navigator.pager')}>
        {prev ? (
          <Anchor component={Link} to={link(prev)}>
            {t('navigator.previous', { key: prev, title: l(guidanceFor(prev).title) })}
          </Anchor>
        ) : (
          <span />
        )}
        {next ? (
          <Anchor component={Link} to={link(next)}>
            {t('navigator.next', { key: next, title: l(guidanceFor(next).title) })}
          </Anchor>
        ) : (
          <span />
        )}
      </Group>
    </>
  );
}

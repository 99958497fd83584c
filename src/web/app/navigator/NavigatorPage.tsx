import { Center, Grid, Loader, Stack } from '@mantine/core';
import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { STEP_GUIDANCE } from '#content/steps.js';
import { PageError } from '../../components/PageError.js';
import { ProgrammeHeader } from './ProgrammeHeader.js';
import { useProgramme, useRoleTables } from '../../queries/programme.queries.js';
import { StepCard } from './StepCard.js';
import { TeamPanel } from './TeamPanel.js';
import { MeasurementTrackCard } from '../../routes/measurement/MeasurementTrackCard.js';

/** The six steps of one programme with their progress: where the team finds its way. */
export function NavigatorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const roleTables = useRoleTables(id);
  if (programme.isPending)
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!programme.data) return <PageError error={programme.error} />;
  const p = programme.data;

  return (
    <>
      <ProgrammeHeader key={p.id + p.title + p.problem} programme={p} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            {STEP_GUIDANCE.map((step) => (
              <StepCard
                key={step.number}
                programmeId={p.id}
                step={step}
                progress={p.progress.steps[step.number]}
                statuses={p.statuses}
                completeness={p.completeness}
                current={p.progress.currentStep === step.number}
                roles={roleTables.data?.steps.find((r) => r.step === step.number)}
                canWork={p.permissions.work}
              />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <MeasurementTrackCard programmeId={p.id} />
            <TeamPanel programme={p} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

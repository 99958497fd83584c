import { Anchor, Group, List, Paper, Progress, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { StepGuidance } from '#content/types.js';
import type { Progress as StepProgress, SubstepKey, SubstepStatus } from '#core/steps.js';
import { hasWorksheet, type Missing, type WorksheetKey } from '#core/worksheets/index.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { useLocalized } from '../../lib/localized.js';
import type { StepRoleTableView } from '../../queries/programme.queries.js';
import { RoleTableSection } from './RoleTableSection.js';

/** One step of the navigator: its summary, progress, sub-steps and who does what. */
export function StepCard(props: {
  programmeId: string;
  step: StepGuidance;
  progress: StepProgress;
  statuses: Partial<Record<SubstepKey, SubstepStatus>>;
  completeness: Record<WorksheetKey, Missing[]>;
  current: boolean;
  /** The step's who-does-what table (undefined while loading). */
  roles: StepRoleTableView | undefined;
  canWork: boolean;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { step } = props;
  const headingId = `step-${step.number}`;
  // Only work under way needs the reminder; an untouched sub-step is simply not started.
  const open = (key: SubstepKey) => (hasWorksheet(key) && props.statuses[key] === 'in_progress' ? props.completeness[key].length : 0);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      style={props.current ? { borderColor: 'var(--mantine-color-blue-8)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2} size="h4" id={headingId}>
          {t('navigator.stepTitle', { number: step.number, title: l(step.title) })}
        </Title>
        <Text size="sm">{t('navigator.stepProgress', { done: props.progress.done, total: props.progress.total })}</Text>
      </Group>
      <Text size="sm" my="xs">
        {l(step.summary)}
      </Text>
      <Progress value={props.progress.percent} mb="sm" aria-label={t('navigator.stepProgressLabel', { number: step.number })} />
      <List listStyleType="none" spacing="xs">
        {step.substeps.map((s) => (
          <List.Item key={s.key}>
            <Group gap="sm" wrap="nowrap">
              <StatusBadge status={props.statuses[s.key] ?? 'not_started'} />
              <Anchor component={Link} to={`/programmes/${props.programmeId}/substeps/${s.key}`}>
                {s.key} {l(s.title)}
              </Anchor>
            </Group>
            {open(s.key) > 0 && (
              <Text size="xs" ml={28}>
                {t('worksheets.incompleteShort', { count: open(s.key) })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <RoleTableSection programmeId={props.programmeId} step={step.number} view={props.roles} canWork={props.canWork} />
    </Paper>
  );
}

import { Button, Group, Progress, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stepGuidance } from '#content/steps.js';
import { AttentionLines } from '../../components/AttentionLines.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocalized } from '../../lib/localized.js';
import { useUpdateProgramme, type ProgrammeDetail } from '../../queries/programme.queries.js';

/** Title, problem statement and overall progress; the team edits the wording, leads archive. */
export function ProgrammeHeader({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const update = useUpdateProgramme(programme.id);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(programme.title);
  const [problem, setProblem] = useState(programme.problem);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ title, problem }, { onSuccess: () => setEditing(false) });
  };
  const archived = programme.status === 'archived';

  return (
    <Stack gap="xs" mb="lg">
      <PageTitle>{programme.title}</PageTitle>
      {editing ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={update.error} />
            <TextInput
              label={t('programmes.title')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(update.error, 'title')}
            />
            <div>
              <PatientDataWarning id="problem-edit-warning" />
              <Textarea
                label={t('programmes.problem')}
                autosize
                minRows={3}
                value={problem}
                onChange={(e) => setProblem(e.currentTarget.value)}
                error={fieldError(update.error, 'problem')}
                aria-describedby="problem-edit-warning"
              />
            </div>
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{programme.problem || t('navigator.noProblem')}</Text>
          {programme.targetBehaviour && (
            <Text>
              <Text span fw={700}>
                {t('navigator.targetBehaviour')}:{' '}
              </Text>
              {programme.targetBehaviour}
            </Text>
          )}
          <Group gap="xs">
            {programme.permissions.work && (
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t('navigator.editProgramme')}
              </Button>
            )}
            {programme.permissions.manage && (
              <Button variant="default" size="xs" onClick={() => update.mutate({ status: archived ? 'active' : 'archived' })}>
                {archived ? t('navigator.unarchive') : t('navigator.archive')}
              </Button>
            )}
          </Group>
        </>
      )}
      <Text fw={600} mt="sm" id="overall-progress">
        {t('navigator.overall', {
          percent: programme.progress.overall.percent,
          done: programme.progress.overall.done,
          total: programme.progress.overall.total,
        })}
      </Text>
      <Progress value={programme.progress.overall.percent} size="lg" aria-label={t('navigator.overallLabel')} />
      <Text fw={600}>
        {t('programmes.attention.now', { step: programme.progress.currentStep, title: l(stepGuidance(programme.progress.currentStep).title) })}
      </Text>
      <AttentionLines attention={programme.attention} size="md" />
    </Stack>
  );
}

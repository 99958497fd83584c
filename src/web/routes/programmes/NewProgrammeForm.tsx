import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useCreateProgramme } from '../../queries/programmes.queries.js';

export function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useCreateProgramme();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ title, problem }, { onSuccess: ({ programme }) => navigate(`/programmes/${programme.id}`) });
  };
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="new-programme-title">
      <form onSubmit={submit} noValidate>
        <Title order={2} size="h4" id="new-programme-title" mb="sm">
          {t('programmes.newTitle')}
        </Title>
        <Stack>
          <ErrorAlert error={create.error} />
          {/* Opened on purpose (a button here or in the first-run list): the title is where to type. */}
          <TextInput
            autoFocus
            label={t('programmes.title')}
            description={t('programmes.titleHint')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(create.error, 'title')}
          />
          <div>
            <PatientDataWarning id="problem-warning" />
            <Textarea
              label={t('programmes.problem')}
              description={t('programmes.problemHint')}
              autosize
              minRows={3}
              value={problem}
              onChange={(e) => setProblem(e.currentTarget.value)}
              error={fieldError(create.error, 'problem')}
              aria-describedby="problem-warning"
            />
          </div>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('programmes.create')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

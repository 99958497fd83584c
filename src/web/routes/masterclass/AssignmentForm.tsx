import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBSTEP_KEYS } from '#core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useAddAssignment, useUpdateAssignment, type Assignment, type AssignmentInput, type CohortSession } from '../../queries/masterclass.queries.js';
import { toDateAndTime } from './format.js';
import { useItemName } from './items.js';

/** A new assignment for a session or changes to one: what to do, what it relates to (a worksheet, the plan van aanpak) and when it is due. */
export function AssignmentForm(props: { cohortId: string; session: CohortSession; assignment: Assignment | null; onDone: () => void }) {
  const { cohortId, session, assignment, onDone } = props;
  const { t } = useTranslation();
  const itemName = useItemName();
  const add = useAddAssignment(cohortId);
  const update = useUpdateAssignment(cohortId);
  const error = assignment ? update.error : add.error;
  const [title, setTitle] = useState(assignment?.title ?? '');
  const [instructions, setInstructions] = useState(assignment?.instructions ?? '');
  const [relatesTo, setRelatesTo] = useState(assignment?.relatesTo ?? '');
  // A new assignment is due on the day of its session, the moment it is worked on.
  const [dueDate, setDueDate] = useState(assignment?.dueDate ?? toDateAndTime(session.startsAt).date);
  const formId = assignment ? `assignment-form-${assignment.id}` : `assignment-form-new-${session.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: AssignmentInput = { title, instructions, relatesTo: (relatesTo || null) as AssignmentInput['relatesTo'], dueDate };
    if (assignment) update.mutate({ assignmentId: assignment.id, ...input }, { onSuccess: onDone });
    else add.mutate({ sessionId: session.id, ...input }, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${formId}-title`}>
      <Title order={5} size="h6" id={`${formId}-title`} mb="sm">
        {assignment ? t('masterclass.assignmentForm.titleEdit') : t('masterclass.assignmentForm.titleNew', { session: session.title })}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          <TextInput
            label={t('masterclass.assignmentForm.name')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(error, 'title')}
          />
          <div>
            <PatientDataWarning id={`${formId}-warning`} />
            <Textarea
              label={t('masterclass.assignmentForm.instructions')}
              autosize
              minRows={3}
              value={instructions}
              onChange={(e) => setInstructions(e.currentTarget.value)}
              error={fieldError(error, 'instructions')}
              aria-describedby={`${formId}-warning`}
            />
          </div>
          <NativeSelect
            label={t('masterclass.assignmentForm.relatesTo')}
            value={relatesTo}
            onChange={(e) => setRelatesTo(e.currentTarget.value)}
            data={[
              { value: '', label: t('masterclass.assignmentForm.relatesToNone') },
              { value: 'plan', label: itemName('plan') },
              ...SUBSTEP_KEYS.map((key) => ({ value: key, label: itemName(key) })),
            ]}
            error={fieldError(error, 'relatesTo')}
          />
          <TextInput
            type="date"
            label={t('masterclass.assignmentForm.dueDate')}
            required
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={fieldError(error, 'dueDate')}
            maw={220}
          />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {t('masterclass.assignmentForm.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('masterclass.assignmentForm.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

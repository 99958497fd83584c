import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_MAX } from '#core/masterclass/cohort.js';
import { SHAREABLE_WORKSHEETS } from '#core/masterclass/sharing.js';
import type { SubstepKey } from '#core/steps.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { fieldError } from '#web/components/fieldError.js';
import { PatientDataWarning } from '#web/components/PatientDataWarning.js';
import { useSubmit, type SubmissionSummary } from '#web/queries/masterclass-assignments.queries.js';
import { useItemName } from '../items.js';

/**
 * The duo hands in the organisation's answer: a text, a worksheet of its own programme, or both. A
 * linked worksheet goes at the version saved now. Worksheets that name staff (1.2, 1.3) are not
 * offered: names of staff never leave the organisation (core/masterclass/sharing.ts).
 */
export function SubmissionForm({ cohortId, assignmentId, own }: { cohortId: string; assignmentId: string; own: SubmissionSummary }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const submit = useSubmit(cohortId, assignmentId);
  const [text, setText] = useState(own.text ?? '');
  const [worksheet, setWorksheet] = useState<string>(own.worksheet?.key ?? '');
  const over = text.length - SUBMISSION_MAX;

  const send = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate({ text, worksheet: worksheet === '' ? null : (worksheet as SubstepKey) });
  };

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="sm" maw={720}>
        <div>
          <PatientDataWarning />
          <Textarea
            label={t('mcAssignments.form.text')}
            description={
              over > 0
                ? t('mcAssignments.form.tooLong', { used: text.length, max: SUBMISSION_MAX, over })
                : t('mcAssignments.form.length', { used: text.length, max: SUBMISSION_MAX })
            }
            autosize
            minRows={5}
            maxRows={20}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(submit.error, 'text')}
          />
        </div>
        <NativeSelect
          label={t('mcAssignments.form.worksheet')}
          description={t('mcAssignments.form.worksheetHint')}
          value={worksheet}
          onChange={(e) => setWorksheet(e.currentTarget.value)}
          data={[{ value: '', label: t('mcAssignments.form.noWorksheet') }, ...SHAREABLE_WORKSHEETS.map((key) => ({ value: key, label: itemName(key) }))]}
          error={fieldError(submit.error, 'worksheet')}
        />
        <ErrorAlert error={submit.error} />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {own.submittedAt ? t('mcAssignments.form.update') : t('mcAssignments.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasWorksheet } from '#core/worksheets/index.js';
import { problemToConfirm, type ProblemInventory } from '#core/worksheets/problem-inventory.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { ApiError } from '../../lib/api.js';
import { useSaveWorksheet, type ProgrammeDetail, type SubstepDetail } from '../../queries/programme.queries.js';
import { WORKSHEET_FORMS, worksheetStart } from './forms.js';
import { ProblemReplaceDialog } from './ProblemReplaceDialog.js';
import { VersionHistory } from './VersionHistory.js';

/**
 * A sub-step's worksheet: its form (where it has one) and free notes, saved together as one new
 * version. Without a form of its own it is just the notes, and says so: no "Werkblad" box that
 * looks empty under a sub-step's tool. Saving on top of a colleague's newer version is refused
 * by the server; the editor then offers to load theirs.
 */
export function WorksheetEditor({ programme, substep }: { programme: ProgrammeDetail; substep: SubstepDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const save = useSaveWorksheet(programme.id, substep.key);
  const canWork = programme.permissions.work;
  const key = substep.key;
  const baseVersion = substep.worksheet?.version ?? 0;
  const [notes, setNotes] = useState(substep.worksheet?.notes ?? '');
  const [fields, setFields] = useState<unknown>(() => (hasWorksheet(key) ? (substep.worksheet?.fields ?? worksheetStart(key, programme)) : undefined));
  const [dirty, setDirty] = useState(false);
  const conflict = save.error instanceof ApiError && save.error.status === 409;

  const send = (replaceProblem?: boolean) =>
    save.mutate(
      { notes, baseVersion, ...(hasWorksheet(key) ? { fields } : {}), ...(replaceProblem === undefined ? {} : { replaceProblem }) },
      { onSuccess: () => setDirty(false) },
    );
  // 1.1 never replaces the programme's written problem unasked (issue 18): the team chooses first.
  const proposedProblem =
    key === '1.1'
      ? problemToConfirm(programme.problem, (substep.worksheet?.fields ?? undefined) as ProblemInventory | undefined, fields as ProblemInventory)
      : null;
  const [askingProblem, setAskingProblem] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (proposedProblem) setAskingProblem(true);
    else send();
  };
  const reload = async () => {
    save.reset();
    await client.invalidateQueries({ queryKey: ['programme', programme.id] });
  };
  const Form = hasWorksheet(key) ? (WORKSHEET_FORMS[key] as ComponentType<FormProps>) : null;
  const notesOnly = Form === null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worksheet-title">
      <Title order={2} size="h4" id="worksheet-title" mb="xs">
        {t(notesOnly ? 'worksheets.notes' : 'worksheets.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!canWork && <Text size="sm">{t('worksheets.readOnly')}</Text>}
          {substep.worksheet?.redacted && <Text size="sm">{t('worksheets.redacted')}</Text>}
          {Form && (
            <Form
              programme={programme}
              value={fields}
              onChange={(next: unknown) => {
                setFields(next);
                setDirty(true);
              }}
              readOnly={!canWork}
              error={save.error}
            />
          )}
          <div>
            <PatientDataWarning id="notes-warning" />
            <Textarea
              // Notes alone are named by the box's heading, which says the same.
              label={notesOnly ? undefined : t('worksheets.notes')}
              aria-labelledby={notesOnly ? 'worksheet-title' : undefined}
              description={t(notesOnly ? 'worksheets.notesOnlyHint' : 'worksheets.notesHint')}
              autosize
              minRows={3}
              value={notes}
              onChange={(e) => {
                setNotes(e.currentTarget.value);
                setDirty(true);
              }}
              readOnly={!canWork}
              aria-describedby="notes-warning"
            />
          </div>
          <ErrorAlert error={save.error} />
          {conflict && (
            <Group>
              <Button variant="default" onClick={() => void reload()}>
                {t('navigator.loadLatest')}
              </Button>
            </Group>
          )}
          {canWork && (
            <Group className="worksheet-actions">
              <Button type="submit" loading={save.isPending}>
                {t(notesOnly ? 'worksheets.saveNotes' : 'worksheets.save')}
              </Button>
              <Text size="sm">{dirty ? t('worksheets.unsaved') : ''}</Text>
            </Group>
          )}
          {substep.worksheet && (
            // A save reloads the editor with the new version, so this line is what announces it.
            <Text size="sm" role="status">
              {t('navigator.versionInfo', {
                version: substep.worksheet.version,
                name: substep.worksheet.authorName ?? '?',
                when: new Date(substep.worksheet.createdAt).toLocaleString(),
              })}
            </Text>
          )}
        </Stack>
      </form>
      <VersionHistory programmeId={programme.id} substepKey={key} />
      <ProblemReplaceDialog
        opened={askingProblem && proposedProblem !== null}
        current={programme.problem}
        proposed={proposedProblem ?? ''}
        onClose={() => setAskingProblem(false)}
        onChoose={(replace) => {
          setAskingProblem(false);
          send(replace);
        }}
      />
    </Paper>
  );
}

/** The editor hands every form the same props; the registry types them per worksheet. */
interface FormProps {
  programme: ProgrammeDetail;
  value: unknown;
  onChange: (next: unknown) => void;
  readOnly: boolean;
  error: unknown;
}

import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHEETS, hasWorksheet } from '../../../core/worksheets/index.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { ApiError } from '../../lib/api.js';
import { useSaveWorksheet, type ProgrammeDetail, type SubstepDetail } from '../navigator/queries.js';
import { WORKSHEET_FORMS } from './forms.js';
import { VersionHistory } from './VersionHistory.js';

/**
 * A sub-step's worksheet: its form (where it has one) and free notes, saved together as one new
 * version. Saving on top of a colleague's newer version is refused by the server; the editor then
 * offers to load theirs.
 */
export function WorksheetEditor({ programme, substep }: { programme: ProgrammeDetail; substep: SubstepDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const save = useSaveWorksheet(programme.id, substep.key);
  const canWork = programme.permissions.work;
  const key = substep.key;
  const baseVersion = substep.worksheet?.version ?? 0;
  const [notes, setNotes] = useState(substep.worksheet?.notes ?? '');
  const [fields, setFields] = useState<unknown>(() =>
    hasWorksheet(key) ? (substep.worksheet?.fields ?? WORKSHEETS[key].empty()) : undefined,
  );
  const [dirty, setDirty] = useState(false);
  const conflict = save.error instanceof ApiError && save.error.status === 409;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ notes, baseVersion, ...(hasWorksheet(key) ? { fields } : {}) }, { onSuccess: () => setDirty(false) });
  };
  const reload = async () => {
    save.reset();
    await client.invalidateQueries({ queryKey: ['programme', programme.id] });
  };
  const Form = hasWorksheet(key) ? (WORKSHEET_FORMS[key] as ComponentType<FormProps>) : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worksheet-title">
      <Title order={2} size="h4" id="worksheet-title" mb="xs">
        {t('worksheets.title')}
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
              label={t('worksheets.notes')}
              description={t('worksheets.notesHint')}
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
              <Button variant="default" onClick={reload}>
                {t('navigator.loadLatest')}
              </Button>
            </Group>
          )}
          {canWork && (
            <Group className="worksheet-actions">
              <Button type="submit" loading={save.isPending}>
                {t('worksheets.save')}
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


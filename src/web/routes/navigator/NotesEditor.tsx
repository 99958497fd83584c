import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { ApiError } from '../../lib/api.js';
import { useSaveNotes, useVersions, type SubstepDetail } from './queries.js';

/**
 * Free notes of a sub-step. Each save is a new version; saving on top of a colleague's newer
 * version is refused by the server, and the editor offers to load theirs.
 */
export function NotesEditor({ programmeId, substep, canWork }: { programmeId: string; substep: SubstepDetail; canWork: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const save = useSaveNotes(programmeId, substep.key);
  const versions = useVersions(programmeId, substep.key);
  const baseVersion = substep.worksheet?.version ?? 0;
  const [notes, setNotes] = useState(substep.worksheet?.notes ?? '');
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ notes, baseVersion });
  };
  const reload = async () => {
    save.reset();
    await client.invalidateQueries({ queryKey: ['programme', programmeId] });
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="notes-title">
      <Title order={2} size="h4" id="notes-title" mb="xs">
        {t('navigator.notesTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <PatientDataWarning id="notes-warning" />
          <ErrorAlert error={save.error} />
          {conflict && <Button variant="default" onClick={reload}>{t('navigator.loadLatest')}</Button>}
          {save.isSuccess && <Text size="sm" role="status">{t('common.saved')}</Text>}
          <Textarea label={t('navigator.notes')} autosize minRows={6} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} readOnly={!canWork} aria-describedby="notes-warning" />
          {substep.worksheet && (
            <Text size="sm">{t('navigator.versionInfo', { version: substep.worksheet.version, name: substep.worksheet.authorName ?? '?', when: when(substep.worksheet.createdAt) })}</Text>
          )}
          {canWork && (
            <Group>
              <Button type="submit" loading={save.isPending}>{t('navigator.saveNotes')}</Button>
            </Group>
          )}
        </Stack>
      </form>
      {(versions.data?.length ?? 0) > 0 && (
        <section aria-labelledby="history-title">
          <Title order={3} size="h5" id="history-title" mt="md" mb="xs">
            {t('navigator.historyTitle')}
          </Title>
          {versions.data?.map((v) => (
            <details key={v.version}>
              <summary>{t('navigator.versionInfo', { version: v.version, name: v.authorName ?? '?', when: when(v.createdAt) })}</summary>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} p="xs">{v.notes || t('common.none')}</Text>
            </details>
          ))}
        </section>
      )}
    </Paper>
  );
}

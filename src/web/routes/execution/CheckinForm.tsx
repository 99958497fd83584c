import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinInput, Decision } from '#core/execution/checkins.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';
import { useCreateCheckin, useUpdateCheckin, type Checkin } from '../../queries/execution.queries.js';

/** A fieldset that groups without a frame: the legend names the group for screen readers. */
const FIELDSET = { border: 0, padding: 0, margin: 0 };

/** The attendees as the form holds them: the team members ticked, and everyone else as typed. */
interface Attendance {
  members: string[];
  others: string;
}

const attendanceOf = (attendees: readonly string[], team: readonly string[]): Attendance => ({
  members: attendees.filter((a) => team.includes(a)),
  others: attendees.filter((a) => !team.includes(a)).join(', '),
});

/** Team members in team order, then the other names, each once. */
const attendeesOf = ({ members, others }: Attendance, team: readonly string[]): string[] => [
  ...new Set([
    ...team.filter((n) => members.includes(n)),
    ...others
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  ]),
];

/** Records a check-in of 5.3 (the date defaults to today), or changes one (`checkin`). */
export function CheckinForm({
  programme,
  checkin,
  today,
  onDone,
}: {
  programme: ProgrammeDetail;
  checkin: Checkin | null;
  today: string;
  onDone: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const create = useCreateCheckin(programme.id);
  const update = useUpdateCheckin(programme.id);
  const save = checkin ? update : create;
  const team = [...new Set(programme.team.map((m) => m.name))];
  const [date, setDate] = useState(checkin?.date ?? today);
  const [attendance, setAttendance] = useState<Attendance>(() => attendanceOf(checkin?.attendees ?? [], team));
  const [minutes, setMinutes] = useState(checkin?.minutes ?? '');
  const [decisions, setDecisions] = useState<Decision[]>(checkin?.decisions ?? []);
  const setDecision = (id: string, patch: Partial<Decision>) => setDecisions((old) => updateRow(old, id, patch));
  const toggleMember = (name: string, present: boolean) =>
    setAttendance((old) => ({ ...old, members: present ? [...old.members, name] : old.members.filter((n) => n !== name) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: CheckinInput = { date, attendees: attendeesOf(attendance, team), minutes, decisions };
    if (checkin) update.mutate({ id: checkin.id, ...input }, { onSuccess: () => onDone(checkin.id) });
    else create.mutate(input, { onSuccess: (created) => onDone(created.id) });
  };

  const error = save.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {checkin ? t('execution.checkins.form.editLegend') : t('execution.checkins.form.addLegend')}
        </Title>
        {/* The form opens on a click: the focus goes to its first field (CheckinHistory gives it back on close). */}
        <TextInput
          autoFocus
          type="date"
          label={t('execution.checkins.form.date')}
          required
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(error, 'date')}
          style={{ maxWidth: '14rem' }}
        />
        {team.length > 0 && (
          <fieldset style={FIELDSET}>
            <Text component="legend" fw={500} size="sm">
              {t('execution.checkins.form.attendees')}
            </Text>
            <Group gap="md" mt={4}>
              {team.map((name) => (
                <Checkbox key={name} label={name} checked={attendance.members.includes(name)} onChange={(e) => toggleMember(name, e.currentTarget.checked)} />
              ))}
            </Group>
          </fieldset>
        )}
        <TextInput
          label={t('execution.checkins.form.others')}
          value={attendance.others}
          onChange={(e) => setAttendance({ ...attendance, others: e.currentTarget.value })}
          error={fieldError(error, 'attendees')}
        />
        <div>
          <PatientDataWarning id={`${headingId}-warning`} />
          <Textarea
            label={t('execution.checkins.form.minutes')}
            autosize
            minRows={4}
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
            error={fieldError(error, 'minutes')}
          />
        </div>
        <Stack gap="xs" component="fieldset" style={FIELDSET}>
          <Text component="legend" fw={700} size="sm">
            {t('execution.checkins.form.decisions')}
          </Text>
          {decisions.map((d, i) => (
            <Paper key={d.id} withBorder p="xs" role="group" aria-label={t('execution.checkins.form.decisionN', { n: i + 1 })}>
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={t('execution.checkins.form.decisionText')}
                  required
                  value={d.text}
                  onChange={(e) => setDecision(d.id, { text: e.currentTarget.value })}
                  error={fieldError(error, `decisions.${i}.text`)}
                  style={{ flex: '2 1 16rem' }}
                />
                <TextInput
                  type="date"
                  label={t('execution.checkins.form.decisionDue')}
                  value={d.due ?? ''}
                  onChange={(e) => setDecision(d.id, { due: e.currentTarget.value || null })}
                  error={fieldError(error, `decisions.${i}.due`)}
                  style={{ flex: '0 1 11rem' }}
                />
                <Checkbox
                  label={t('execution.checkins.form.decisionOpen')}
                  checked={d.open}
                  onChange={(e) => setDecision(d.id, { open: e.currentTarget.checked })}
                  mb={8}
                />
                <RemoveRowButton name={d.text} onRemove={() => setDecisions((old) => removeRow(old, d.id))} />
              </Group>
            </Paper>
          ))}
          <Group>
            <Button variant="default" size="xs" onClick={() => setDecisions((old) => [...old, { id: newId(), text: '', open: false, due: null }])}>
              {t('execution.checkins.form.addDecision')}
            </Button>
          </Group>
        </Stack>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('execution.checkins.form.save')}
          </Button>
          <Button variant="default" onClick={() => onDone()}>
            {t('execution.checkins.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

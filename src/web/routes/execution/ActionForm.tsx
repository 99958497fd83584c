import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ACTION_STATUSES, type ActionInput, type ActionStatus } from '#core/execution/actions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useCandidates } from '../../queries/interventions.queries.js';
import { teamAccounts, type ProgrammeDetail } from '../../queries/programme.queries.js';
import { useCreateAction, useUpdateAction, type Action } from '../../queries/execution.queries.js';

/** The owner select's value for "someone else, by name only" (member values are user ids). */
const OTHER = 'other';

const initial = (action: Action | null, team: ReturnType<typeof teamAccounts>): ActionInput => ({
  title: action?.title ?? '',
  description: action?.description ?? '',
  candidateId: action?.candidateId ?? null,
  owner: action ? { ...action.owner } : team[0] ? { userId: team[0].userId, name: team[0].name } : { userId: null, name: '' },
  due: action?.due ?? null,
  status: action?.status ?? 'todo',
  channel: action?.channel ?? '',
});

/** Adds an action to the plan of 5.1, or changes one (`action`); `checkinId` links a new one to the check-in (5.3) it was agreed at. */
export function ActionForm({
  programme,
  action,
  checkinId,
  onDone,
}: {
  programme: ProgrammeDetail;
  action: Action | null;
  checkinId?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const headingId = useId();
  const create = useCreateAction(programme.id);
  const update = useUpdateAction(programme.id);
  const save = action ? update : create;
  const candidates = useCandidates(programme.id);
  const chosen = (candidates.data?.candidates ?? []).filter((c) => c.decision === 'chosen' || c.id === action?.candidateId);
  const members = teamAccounts(programme.team);
  const [value, setValue] = useState<ActionInput>(() => initial(action, members));
  const set = <K extends keyof ActionInput>(key: K, v: ActionInput[K]) => setValue((old) => ({ ...old, [key]: v }));
  const memberIds = new Set(members.map((m) => m.userId));
  const ownerChoice = value.owner.userId && memberIds.has(value.owner.userId) ? value.owner.userId : OTHER;

  const chooseOwner = (choice: string) => {
    const member = members.find((m) => m.userId === choice);
    set('owner', member ? { userId: member.userId, name: member.name } : { userId: null, name: '' });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action) update.mutate({ id: action.id, ...value }, { onSuccess: onDone });
    else create.mutate({ ...value, checkinId: checkinId ?? null }, { onSuccess: onDone });
  };

  const error = save.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {action ? t('execution.actions.form.editLegend') : t('execution.actions.form.addLegend')}
        </Title>
        <TextInput
          label={t('execution.actions.form.title')}
          required
          value={value.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError(error, 'title')}
        />
        <div>
          <PatientDataWarning id={`${headingId}-warning`} />
          <Textarea
            label={t('execution.actions.form.description')}
            autosize
            minRows={2}
            value={value.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={fieldError(error, 'description')}
          />
        </div>
        <NativeSelect
          label={t('execution.actions.form.candidate')}
          value={value.candidateId ?? ''}
          onChange={(e) => set('candidateId', e.currentTarget.value || null)}
          data={[{ value: '', label: t('execution.actions.form.noCandidate') }, ...chosen.map((c) => ({ value: c.id, label: c.title }))]}
          error={fieldError(error, 'candidateId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('execution.actions.form.member')}
            value={ownerChoice}
            onChange={(e) => chooseOwner(e.currentTarget.value)}
            data={[...members.map((m) => ({ value: m.userId, label: m.name })), { value: OTHER, label: t('execution.actions.form.someoneElse') }]}
            error={ownerChoice === OTHER ? undefined : (fieldError(error, 'owner.userId') ?? fieldError(error, 'owner.name'))}
          />
          {ownerChoice === OTHER && (
            <TextInput
              label={t('execution.actions.form.ownerName')}
              required
              value={value.owner.name}
              onChange={(e) => set('owner', { userId: null, name: e.currentTarget.value })}
              error={fieldError(error, 'owner.name') ?? fieldError(error, 'owner')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('execution.actions.form.due')}
            value={value.due ?? ''}
            onChange={(e) => set('due', e.currentTarget.value || null)}
            error={fieldError(error, 'due')}
          />
          <NativeSelect
            label={t('execution.actions.form.status')}
            value={value.status}
            onChange={(e) => set('status', e.currentTarget.value as ActionStatus)}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: l(ACTION_STATUS_LABELS[s]) }))}
            error={fieldError(error, 'status')}
          />
        </SimpleGrid>
        <TextInput
          label={t('execution.actions.form.channel')}
          value={value.channel}
          onChange={(e) => set('channel', e.currentTarget.value)}
          error={fieldError(error, 'channel')}
        />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('execution.actions.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('execution.actions.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

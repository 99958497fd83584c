import { Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../core/roles.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { useAddMember, useDirectory, useRemoveMember, type ProgrammeDetail } from './queries.js';

/** The core team (kernteam) of a programme; leads can add and remove members. */
export function TeamPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const manage = programme.permissions.manage;
  const directory = useDirectory(manage);
  const add = useAddMember(programme.id);
  const remove = useRemoveMember(programme.id);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const candidates = (directory.data ?? []).filter((u) => !programme.team.some((m) => m.userId === u.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ userId, teamRole }, { onSuccess: () => { setUserId(''); setTeamRole(''); } });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-title">
      <Title order={2} size="h4" id="team-title" mb="xs">
        {t('navigator.teamTitle')}
      </Title>
      <Text size="sm" mb="sm">{t('navigator.teamIntro')}</Text>
      <List spacing="xs" mb="md">
        {programme.team.map((m) => (
          <List.Item key={m.userId}>
            <Group gap="xs">
              <Text size="sm">
                {m.name}
                {m.teamRole ? ` · ${isRole(m.teamRole) ? t(`common.roles.${m.teamRole}`) : m.teamRole}` : ''}
              </Text>
              {manage && (
                <Button size="compact-xs" variant="default" onClick={() => remove.mutate(m.userId)} aria-label={t('navigator.removeMember', { name: m.name })}>
                  {t('navigator.remove')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={remove.error} />
      {manage && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={add.error} />
            <NativeSelect
              label={t('navigator.addWho')}
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={[{ value: '', label: t('navigator.choosePerson') }, ...candidates.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))]}
              error={fieldError(add.error, 'userId')}
            />
            <TextInput label={t('navigator.teamRole')} description={t('navigator.teamRoleHint')} value={teamRole} onChange={(e) => setTeamRole(e.currentTarget.value)} error={fieldError(add.error, 'teamRole')} />
            <Button type="submit" disabled={!userId} loading={add.isPending}>
              {t('navigator.addMember')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

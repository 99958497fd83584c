import { Anchor, Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { TEAM_POSITION_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { useCan } from '../../lib/session.js';
import { useAddMember, useDirectory, useRemoveMember, type ProgrammeDetail, type TeamMember } from '../../queries/programme.queries.js';

/**
 * The core team (kernteam) of a programme: the same list as worksheet 1.2, where its tasks, hours
 * and disciplines are filled in. Leads add colleagues with an account (which gives them access)
 * and take them off again.
 */
export function TeamPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const manage = programme.permissions.manage;
  const directory = useDirectory(manage);
  const add = useAddMember(programme.id);
  const remove = useRemoveMember(programme.id);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const candidates = (directory.data ?? []).filter((u) => !programme.team.some((m) => m.userId === u.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { userId, teamRole },
      {
        onSuccess: () => {
          setUserId('');
          setTeamRole('');
        },
      },
    );
  };
  const roleOf = (m: TeamMember) => m.role || l(TEAM_POSITION_LABELS[m.position]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-title">
      <Title order={2} size="h4" id="team-title" mb="xs">
        {t('navigator.teamTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('navigator.teamIntro')}
      </Text>
      <List spacing="xs" mb="sm">
        {programme.team.map((m) => (
          <List.Item key={m.id}>
            <Group gap="xs">
              <Text size="sm">
                {m.name || t('worksheets.unnamed')} · {roleOf(m)}
                {m.userId === null ? ` · ${t('navigator.noAccount')}` : ''}
              </Text>
              {manage && m.userId !== null && (
                <Button size="compact-xs" variant="default" onClick={() => remove.mutate(m.userId!)} aria-label={t('navigator.removeMember', { name: m.name })}>
                  {t('navigator.remove')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="sm" mb="md">
        <Anchor component={Link} to={`/programmes/${programme.id}/substeps/1.2`}>
          {t('navigator.teamWorksheet')}
        </Anchor>
      </Text>
      <ErrorAlert error={remove.error} />
      {manage && directory.isSuccess && candidates.length === 0 && <NobodyToAdd />}
      {manage && candidates.length > 0 && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={add.error} />
            <NativeSelect
              label={t('navigator.addWho')}
              description={t('navigator.addWhoHint')}
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={[{ value: '', label: t('navigator.choosePerson') }, ...candidates.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))]}
              error={fieldError(add.error, 'userId')}
            />
            <TextInput
              label={t('navigator.teamRole')}
              description={t('navigator.teamRoleHint')}
              value={teamRole}
              onChange={(e) => setTeamRole(e.currentTarget.value)}
              error={fieldError(add.error, 'teamRole')}
            />
            <Button type="submit" disabled={!userId} loading={add.isPending}>
              {t('navigator.addMember')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

/** Nobody left to add: colleagues need an account first, which an admin gives on the users page. */
function NobodyToAdd() {
  const { t } = useTranslation();
  const mayInvite = useCan().manageUsers === true;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="sm" fw={700}>
        {t('navigator.nobodyToAdd')}
      </Text>
      <Text size="sm">{t(mayInvite ? 'navigator.nobodyToAddAdmin' : 'navigator.nobodyToAddLead')}</Text>
      {mayInvite && (
        <Anchor component={Link} to="/users#invite-title" size="sm">
          {t('navigator.inviteColleague')}
        </Anchor>
      )}
    </Paper>
  );
}

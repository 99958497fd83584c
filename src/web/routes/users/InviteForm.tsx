import { Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#core/roles.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { InviteLink } from './InviteLink.js';
import { RoleCheckboxes } from './RoleCheckboxes.js';
import { useInvite } from '../../queries/users.queries.js';

export function InviteForm() {
  const { t } = useTranslation();
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['member']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate(
      { email, name, roles },
      {
        onSuccess: () => {
          setEmail('');
          setName('');
          setRoles(['member']);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="invite-title">
      <Title order={2} size="h4" id="invite-title" mb="xs">
        {t('users.inviteTitle')}
      </Title>
      {invite.data && <InviteLink url={invite.data.inviteUrl} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={invite.error} />
          <TextInput
            label={t('auth.email')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
          />
          <TextInput label={t('users.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(invite.error, 'name')} />
          <RoleCheckboxes label={t('users.roles')} value={roles} onChange={setRoles} error={fieldError(invite.error, 'roles')} />
          <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('users.invite')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

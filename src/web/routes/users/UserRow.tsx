import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#core/roles.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { InviteLink } from './InviteLink.js';
import { RoleCheckboxes } from './RoleCheckboxes.js';
import { useReinvite, useResetTwoStep, useSetActive, useUpdateRoles, type ListedUser } from '../../queries/users.queries.js';

const STATUS_COLOR = { invited: 'yellow', active: 'green', deactivated: 'gray' } as const;

/** One account; `self` is the admin's own, whose two-step verification only its owner turns off (with a code). */
export function UserRow({ user, self }: { user: ListedUser; self: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const update = useUpdateRoles();
  const setActive = useSetActive();
  const reinvite = useReinvite();
  const resetTwoStep = useResetTwoStep();
  const error = update.error ?? setActive.error ?? reinvite.error ?? resetTwoStep.error;

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {user.name}
        </Text>
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Stack gap="xs">
            <RoleCheckboxes label={t('users.rolesOf', { name: user.name })} value={roles} onChange={setRoles} error={fieldError(update.error, 'roles')} />
            <Group gap="xs">
              <Button size="xs" onClick={() => update.mutate({ id: user.id, roles }, { onSuccess: () => setEditing(false) })}>
                {t('common.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm">{user.roles.map((r) => t(`common.roles.${r}`)).join(', ')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[user.status]} variant="dot">
          {t(`users.status.${user.status}`)}
        </Badge>
        <Text size="xs" mt={4}>
          {user.lastLoginAt ? t('users.lastLogin', { when: new Date(user.lastLoginAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL') }) : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={user.twoStepEnabled ? 'green' : 'gray'} variant="dot">
          {t(user.twoStepEnabled ? 'users.twoStepOn' : 'users.twoStepOff')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <ErrorAlert error={error} />
        {reinvite.data && <InviteLink url={reinvite.data.inviteUrl} />}
        <Group gap="xs">
          {!editing && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={t('users.editRolesOf', { name: user.name })}>
              {t('users.editRoles')}
            </Button>
          )}
          {user.status === 'invited' && (
            <Button size="xs" variant="default" onClick={() => reinvite.mutate(user.id)} aria-label={t('users.newLinkFor', { name: user.name })}>
              {t('users.newLink')}
            </Button>
          )}
          {user.status === 'deactivated' ? (
            <Button
              size="xs"
              variant="default"
              onClick={() => setActive.mutate({ id: user.id, active: true })}
              aria-label={t('users.reactivateUser', { name: user.name })}
            >
              {t('users.reactivate')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="default"
              onClick={() => setActive.mutate({ id: user.id, active: false })}
              aria-label={t('users.deactivateUser', { name: user.name })}
            >
              {t('users.deactivate')}
            </Button>
          )}
          {user.twoStepEnabled && !self && (
            <ConfirmButton
              size="xs"
              variant="default"
              color="red"
              label={t('users.resetTwoStep')}
              ariaLabel={t('users.resetTwoStepOf', { name: user.name })}
              title={t('users.resetTwoStepTitle', { name: user.name })}
              text={t('users.resetTwoStepText', { name: user.name })}
              confirmLabel={t('users.resetTwoStepConfirm')}
              onConfirm={() => resetTwoStep.mutateAsync(user.id)}
            />
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#core/roles.js';

export function RoleCheckboxes(props: { label: string; value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={props.label} value={props.value} onChange={(v) => props.onChange(v as Role[])} error={props.error}>
      <Group mt="xs">
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`common.roles.${r}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

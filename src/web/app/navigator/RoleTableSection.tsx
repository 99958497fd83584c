import { Button, Group, Stack, Table, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_ROLES, VERI, type RoleEntry, type RoleTable } from '#core/role-table.js';
import type { StepNumber } from '#core/steps.js';
import { ROLE_LABELS } from '#content/steps/roles.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { listFieldError } from '../../components/fieldError.js';
import { useLocalized } from '../../lib/localized.js';
import { useResetRoleTable, useSaveRoleTable, type StepRoleTableView } from '../../queries/programme.queries.js';

/** Known roles show in the reader's language; typed words stay as the team wrote them. */
function useRoleText() {
  const l = useLocalized();
  const label = (e: RoleEntry) => ('role' in e ? l(ROLE_LABELS[e.role]) : e.text);
  const entry = (text: string): RoleEntry => {
    const role = STEP_ROLES.find((r) => l(ROLE_LABELS[r]).toLocaleLowerCase() === text.trim().toLocaleLowerCase());
    return role ? { role } : { text: text.trim() };
  };
  return { label, entry, suggestions: STEP_ROLES.map((r) => l(ROLE_LABELS[r])) };
}

/** "Wie doet wat in deze stap": the step's VERI table, which the core team may change for its programme. */
export function RoleTableSection(props: { programmeId: string; step: StepNumber; view: StepRoleTableView | undefined; canWork: boolean }) {
  const { t } = useTranslation();
  const { label } = useRoleText();
  const [editing, setEditing] = useState(false);
  // Controlled, so the table stays in view after a save closes the form.
  const [open, setOpen] = useState(false);
  const { view } = props;

  return (
    <details style={{ marginTop: 12 }} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('navigator.rolesTitle')}</summary>
      {!view ? null : editing ? (
        <RoleTableForm programmeId={props.programmeId} step={props.step} view={view} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs" mt="xs">
          <Table fz="sm">
            <Table.Tbody>
              {VERI.map((column) => (
                <Table.Tr key={column}>
                  <Table.Th scope="row">{t(`navigator.veri.${column}`)}</Table.Th>
                  <Table.Td>{view.table[column].map(label).join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs">{t(view.custom ? 'navigator.rolesCustom' : 'navigator.rolesDefault')}</Text>
          {props.canWork && (
            <Group>
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t('navigator.rolesEdit', { number: props.step })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </details>
  );
}

function RoleTableForm(props: { programmeId: string; step: StepNumber; view: StepRoleTableView; onDone: () => void }) {
  const { t } = useTranslation();
  const { label, entry, suggestions } = useRoleText();
  const [values, setValues] = useState(
    () => Object.fromEntries(VERI.map((c) => [c, props.view.table[c].map(label)])) as Record<(typeof VERI)[number], string[]>,
  );
  const save = useSaveRoleTable(props.programmeId, props.step);
  const reset = useResetRoleTable(props.programmeId, props.step);
  const table = Object.fromEntries(VERI.map((c) => [c, values[c].filter((v) => v.trim()).map(entry)])) as RoleTable;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(table, { onSuccess: props.onDone });
      }}
    >
      <Stack gap="xs" mt="xs">
        <Text size="sm">{t('navigator.rolesFormIntro')}</Text>
        {VERI.map((column) => (
          <TagsInput
            key={column}
            label={t(`navigator.veri.${column}`)}
            description={t(`navigator.veriHint.${column}`)}
            data={suggestions}
            value={values[column]}
            onChange={(v) => setValues((before) => ({ ...before, [column]: v }))}
            clearable={false}
            acceptValueOnBlur
            // The dozen roles fit without a scroll area, which axe would flag as a region keyboards cannot reach.
            withScrollArea={false}
            maxTags={12}
            error={listFieldError(save.error, column)}
          />
        ))}
        <ErrorAlert error={save.error ?? reset.error} />
        <Group>
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('navigator.rolesSave')}
          </Button>
          <Button variant="default" size="xs" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          {props.view.custom && (
            <Button variant="subtle" size="xs" loading={reset.isPending} onClick={() => reset.mutate(undefined, { onSuccess: props.onDone })}>
              {t('navigator.rolesReset')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

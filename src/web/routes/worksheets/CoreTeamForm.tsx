import { Alert, Button, Group, List, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEAM_POSITION_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import {
  DISCIPLINES,
  TEAM_POSITIONS,
  accessChanges,
  coordinatorsOf,
  leadTaskSplit,
  membersWithoutAccess,
  missingDisciplines,
  totalHours,
  type CoreTeam,
  type CoreTeamMember,
  type Discipline,
  type TeamPosition,
} from '#core/worksheets/core-team.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { teamAccounts, useDirectory } from '../../queries/programme.queries.js';
import { RemoveRowButton, WRAPPING_BUTTON } from '../../components/RemoveRowButton.js';
import type { WorksheetFormProps } from './types.js';

/** The usual tasks of a programme's lead (keys of worksheets.team.suggested), added in the interface language. */
const SUGGESTED_TASKS = ['chair', 'worksheets', 'board', 'communication', 'analysis', 'actions'] as const;

/**
 * 1.2: the core team with its disciplines, and how the coordinators (often a duo) split the lead
 * tasks. It is the programme's one core-team list: saving gives the colleagues linked to an account
 * access and takes it from those no longer on it, which only a lead may do.
 */
export function CoreTeamForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'1.2'>) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const directory = useDirectory(!readOnly);
  const set = (patch: Partial<CoreTeam>) => onChange({ ...value, ...patch });
  const updateMember = (id: string, patch: Partial<CoreTeamMember>) => set({ members: updateRow(value.members, id, patch) });
  const err = (path: string) => fieldError(error, `fields.${path}`);
  const gaps = missingDisciplines(value);
  const coordinators = coordinatorsOf(value);
  const split = leadTaskSplit(value);
  const manage = programme.permissions.manage;
  const access = teamAccounts(programme.team).map((m) => ({ id: m.userId, name: m.name, email: m.email ?? '' }));
  // What saving will change: who gains access, who loses it.
  const withoutAccess = membersWithoutAccess(
    value,
    access.map((u) => u.id),
  );
  const { removed } = accessChanges(
    value,
    access.map((u) => u.id),
  );
  const losingAccess = access.filter((u) => removed.includes(u.id));
  const memberName = (m: CoreTeamMember) => m.name.trim() || t('worksheets.unnamed');
  const hours = totalHours(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });

  // The organisation's users when the directory can be read, else the programme's own team.
  const people = directory.data ?? access;
  const accountOptions = (m: CoreTeamMember) => {
    // An account is on the list once: those linked on other rows are not offered again.
    const options = people
      .filter((u) => u.id === m.userId || !value.members.some((other) => other.userId === u.id))
      .map((u) => ({ value: u.id, label: u.email ? `${u.name} (${u.email})` : u.name }));
    // A linked colleague outside the list (read-only view, or no longer in the directory) still shows as linked.
    if (m.userId && !people.some((u) => u.id === m.userId)) options.unshift({ value: m.userId, label: memberName(m) });
    return [{ value: '', label: t('worksheets.team.noAccount') }, ...options];
  };

  const setPosition = (m: CoreTeamMember, position: TeamPosition) =>
    set({
      members: updateRow(value.members, m.id, { position }),
      // Only coordinators own lead tasks: a member who stops being one hands theirs back.
      leadTasks: position === 'coordinator' ? value.leadTasks : value.leadTasks.map((tk) => (tk.ownerId === m.id ? { ...tk, ownerId: null } : tk)),
    });

  const presentTasks = new Set(value.leadTasks.map((tk) => tk.task.trim().toLowerCase()));
  const suggestions = SUGGESTED_TASKS.map((k) => t(`worksheets.team.suggested.${k}`)).filter((task) => !presentTasks.has(task.toLowerCase()));

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.team.intro')}</Text>
      <PatientDataWarning id="team-warning" />
      {value.members.map((m, i) => (
        <Paper key={m.id} withBorder p="sm" component="fieldset">
          <Text component="legend" fw={700}>
            {t('worksheets.team.memberN', { n: i + 1 })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('worksheets.team.account')}
              description={t('worksheets.team.accountHint')}
              value={m.userId ?? ''}
              disabled={readOnly || !manage}
              onChange={(e) => {
                const user = people.find((u) => u.id === e.currentTarget.value);
                updateMember(m.id, { userId: user?.id ?? null, ...(user ? { name: user.name } : {}) });
              }}
              data={accountOptions(m)}
              error={err(`members.${i}.userId`)}
            />
            {/* A linked row shows the account's name: the server stores no other next to that account. */}
            <TextInput
              label={t('worksheets.team.name')}
              description={m.userId ? t('worksheets.team.nameFromAccount') : undefined}
              value={m.name}
              onChange={(e) => updateMember(m.id, { name: e.currentTarget.value })}
              readOnly={readOnly || m.userId !== null}
              error={err(`members.${i}.name`)}
            />
            <NativeSelect
              label={t('worksheets.team.position')}
              value={m.position}
              disabled={readOnly}
              onChange={(e) => setPosition(m, e.currentTarget.value as TeamPosition)}
              data={TEAM_POSITIONS.map((p) => ({ value: p, label: l(TEAM_POSITION_LABELS[p]) }))}
              error={err(`members.${i}.position`)}
            />
            <NativeSelect
              label={t('worksheets.team.discipline')}
              value={m.discipline}
              disabled={readOnly}
              onChange={(e) => updateMember(m.id, { discipline: e.currentTarget.value as Discipline })}
              data={DISCIPLINES.map((d) => ({ value: d, label: t(`worksheets.team.disciplines.${d}`) }))}
              error={err(`members.${i}.discipline`)}
            />
            <TextInput
              label={t('worksheets.team.role')}
              placeholder={t('worksheets.team.rolePlaceholder')}
              value={m.role}
              onChange={(e) => updateMember(m.id, { role: e.currentTarget.value })}
              readOnly={readOnly}
              error={err(`members.${i}.role`)}
            />
            <TextInput
              label={t('worksheets.team.department')}
              value={m.department}
              onChange={(e) => updateMember(m.id, { department: e.currentTarget.value })}
              readOnly={readOnly}
              error={err(`members.${i}.department`)}
            />
            <Textarea
              label={t('worksheets.team.tasks')}
              autosize
              minRows={2}
              value={m.tasks}
              onChange={(e) => updateMember(m.id, { tasks: e.currentTarget.value })}
              readOnly={readOnly}
              aria-describedby="team-warning"
              error={err(`members.${i}.tasks`)}
            />
            <NumberInput
              label={t('worksheets.team.hours')}
              min={0}
              max={40}
              step={0.5}
              decimalScale={1}
              value={m.hoursPerWeek ?? ''}
              onChange={(v) => updateMember(m.id, { hoursPerWeek: typeof v === 'number' ? v : null })}
              readOnly={readOnly}
              error={err(`members.${i}.hoursPerWeek`)}
            />
          </SimpleGrid>
          {!readOnly && (manage || m.userId === null) && (
            <Group justify="flex-end" mt="xs">
              <RemoveRowButton
                name={m.name}
                onRemove={() =>
                  set({
                    members: removeRow(value.members, m.id),
                    leadTasks: value.leadTasks.map((tk) => (tk.ownerId === m.id ? { ...tk, ownerId: null } : tk)),
                  })
                }
              />
            </Group>
          )}
        </Paper>
      ))}
      {value.members.length === 0 && <Text size="sm">{t('worksheets.team.noMembers')}</Text>}
      {err('members') && (
        <Text size="sm" c="red" role="alert">
          {err('members')}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              set({
                members: [
                  ...value.members,
                  {
                    id: newId(),
                    userId: null,
                    name: '',
                    position: value.members.length === 0 ? 'coordinator' : 'member',
                    discipline: 'care_practice',
                    role: '',
                    department: '',
                    tasks: '',
                    hoursPerWeek: null,
                  },
                ],
              })
            }
          >
            {t('worksheets.team.add')}
          </Button>
        </Group>
      )}

      <Paper withBorder p="sm" component="section" aria-labelledby="team-gaps">
        <Title order={3} size="h5" id="team-gaps">
          {t('worksheets.team.gapsTitle')}
        </Title>
        {gaps.length === 0 ? (
          <Text size="sm">{t('worksheets.team.gapsNone')}</Text>
        ) : (
          <>
            <Text size="sm">{t('worksheets.team.gapsMissing')}</Text>
            <List size="sm">
              {gaps.map((d) => (
                <List.Item key={d}>{t(`worksheets.team.disciplines.${d}`)}</List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="sm" mt="xs">
          {t('worksheets.team.totalHours', { hours })}
        </Text>
      </Paper>
      {withoutAccess.length > 0 && (
        <Alert color="blue" variant="light" p="sm" title={t('worksheets.team.noAccessTitle')}>
          <List size="sm">
            {withoutAccess.map((m) => (
              <List.Item key={m.id}>{memberName(m)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('worksheets.team.noAccess')}
          </Text>
        </Alert>
      )}
      {losingAccess.length > 0 && (
        <Alert color="yellow" variant="light" p="sm" title={t('worksheets.team.loseAccessTitle')}>
          <List size="sm">
            {losingAccess.map((u) => (
              <List.Item key={u.id}>{u.name}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('worksheets.team.loseAccess')}
          </Text>
        </Alert>
      )}

      <Paper withBorder p="sm" component="section" aria-labelledby="lead-tasks">
        <Title order={3} size="h5" id="lead-tasks">
          {t('worksheets.team.leadTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('worksheets.team.leadIntro')}
        </Text>
        {coordinators.length === 0 && (
          <Text size="sm" mb="xs">
            {t('worksheets.team.noCoordinators')}
          </Text>
        )}
        <Stack gap="xs">
          {value.leadTasks.map((task, i) => (
            <Paper key={task.id} withBorder p="xs" role="group" aria-label={t('worksheets.team.taskN', { n: i + 1 })}>
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={t('worksheets.team.task')}
                  value={task.task}
                  onChange={(e) => set({ leadTasks: updateRow(value.leadTasks, task.id, { task: e.currentTarget.value }) })}
                  readOnly={readOnly}
                  error={err(`leadTasks.${i}.task`)}
                  style={{ flex: '2 1 14rem' }}
                />
                <NativeSelect
                  label={t('worksheets.team.owner')}
                  value={task.ownerId && coordinators.some((c) => c.id === task.ownerId) ? task.ownerId : ''}
                  disabled={readOnly}
                  onChange={(e) => set({ leadTasks: updateRow(value.leadTasks, task.id, { ownerId: e.currentTarget.value || null }) })}
                  data={[{ value: '', label: t('worksheets.team.nobody') }, ...coordinators.map((c) => ({ value: c.id, label: memberName(c) }))]}
                  error={err(`leadTasks.${i}.ownerId`)}
                  style={{ flex: '1 1 10rem' }}
                />
                {!readOnly && <RemoveRowButton name={task.task} onRemove={() => set({ leadTasks: removeRow(value.leadTasks, task.id) })} />}
              </Group>
            </Paper>
          ))}
          {err('leadTasks') && (
            <Text size="sm" c="red" role="alert">
              {err('leadTasks')}
            </Text>
          )}
          {!readOnly && (
            <Group>
              <Button variant="default" size="xs" onClick={() => set({ leadTasks: [...value.leadTasks, { id: newId(), task: '', ownerId: null }] })}>
                {t('worksheets.team.addTask')}
              </Button>
              <Button
                variant="default"
                size="xs"
                styles={WRAPPING_BUTTON}
                disabled={suggestions.length === 0}
                onClick={() => set({ leadTasks: [...value.leadTasks, ...suggestions.map((task) => ({ id: newId(), task, ownerId: null }))] })}
              >
                {t('worksheets.team.addSuggested')}
              </Button>
            </Group>
          )}
        </Stack>
        {value.leadTasks.length > 0 && (
          <>
            <Title order={4} size="h6" mt="sm">
              {t('worksheets.team.splitTitle')}
            </Title>
            <List size="sm" spacing={4}>
              {split.byCoordinator.map(({ member, tasks }) => (
                <List.Item key={member.id}>
                  <Text span size="sm" fw={700}>
                    {t('worksheets.team.ownerTasks', { name: memberName(member), count: tasks.length })}
                  </Text>
                  {tasks.length > 0 && ` ${tasks.map((tk) => tk.task.trim() || t('worksheets.unnamed')).join('; ')}`}
                </List.Item>
              ))}
              {split.unassigned.length > 0 && (
                <List.Item>
                  <Text span size="sm" fw={700}>
                    {t('worksheets.team.unassigned', { count: split.unassigned.length })}
                  </Text>{' '}
                  {split.unassigned.map((tk) => tk.task.trim() || t('worksheets.unnamed')).join('; ')}
                </List.Item>
              )}
            </List>
          </>
        )}
      </Paper>
    </Stack>
  );
}

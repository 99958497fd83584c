import { Button, Group, Input, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { fieldError } from '#web/components/fieldError.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { useProposeSubgroups, useSaveSubgroups, type AssignmentView } from '#web/queries/masterclass-assignments.queries.js';

/** A subgroup being edited; `key` stays while names and places change, so the API's messages find their input. */
interface Draft {
  key: number;
  name: string;
  participationIds: string[];
}

/** How many organisations a proposed subgroup takes: the route's range (2 to 8). */
const SIZES = [2, 3, 4, 5, 6, 7, 8];

/**
 * The trainer forms the subgroups of one assignment: from a proposal that mixes organisations or by
 * hand, by choosing a subgroup per organisation (a select, not dragging: it works by keyboard and
 * screen reader). Empty subgroups are not saved.
 */
export function SubgroupsEditor({ cohort, view }: { cohort: CohortDetail; view: AssignmentView }) {
  const { t } = useTranslation();
  const assignmentId = view.assignment.id;
  const propose = useProposeSubgroups(cohort.id, assignmentId);
  const save = useSaveSubgroups(cohort.id, assignmentId);
  const next = useRef(view.subgroups.length);
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    view.subgroups.map((g, i) => ({ key: i, name: g.name, participationIds: g.members.map((m) => m.participationId) })),
  );
  const [size, setSize] = useState('3');
  const [proposed, setProposed] = useState(false);
  /** The draft each sent subgroup came from, by its place in the request: the API names fields by that place. */
  const [sent, setSent] = useState<number[]>([]);
  const captionId = `mc-subgroups-${assignmentId}`;

  const nameOf = (draft: Draft, i: number) => draft.name.trim() || t('mcAssignments.subgroups.numbered', { number: i + 1 });
  const change = (update: (current: Draft[]) => Draft[]) => {
    setProposed(false);
    setDrafts(update);
  };
  const move = (participationId: string, to: number | null) =>
    change((current) =>
      current.map((d) => {
        const without = d.participationIds.filter((id) => id !== participationId);
        return d.key === to ? { ...d, participationIds: [...without, participationId] } : { ...d, participationIds: without };
      }),
    );
  const add = () =>
    change((current) => [
      ...current,
      { key: next.current++, name: t('mcAssignments.subgroups.numbered', { number: current.length + 1 }), participationIds: [] },
    ]);
  const remove = (key: number) => change((current) => current.filter((d) => d.key !== key));
  const rename = (key: number, name: string) => change((current) => current.map((d) => (d.key === key ? { ...d, name } : d)));

  const loadProposal = () =>
    propose.mutate(Number(size), {
      onSuccess: (proposal) => {
        setDrafts(proposal.subgroups.map((g) => ({ key: next.current++, name: g.name, participationIds: g.participationIds })));
        setProposed(true);
      },
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const filled = drafts.filter((d) => d.participationIds.length > 0);
    setSent(filled.map((d) => d.key));
    save.mutate({ subgroups: filled.map((d) => ({ name: d.name, participationIds: d.participationIds })) });
  };

  // The API names a field by the subgroup's place in the request; these find the input it belongs to.
  const place = (key: number) => sent.indexOf(key);
  const groupError = (key: number) =>
    place(key) < 0 ? undefined : (fieldError(save.error, `subgroups.${place(key)}.name`) ?? fieldError(save.error, `subgroups.${place(key)}.participationIds`));
  const memberError = (participationId: string) => {
    const draft = drafts.find((d) => d.participationIds.includes(participationId));
    if (!draft || place(draft.key) < 0) return undefined;
    return fieldError(save.error, `subgroups.${place(draft.key)}.participationIds.${draft.participationIds.indexOf(participationId)}`);
  };
  const groupOf = (participationId: string) => drafts.find((d) => d.participationIds.includes(participationId))?.key;
  const options = [{ value: '', label: t('mcAssignments.subgroups.noSubgroup') }, ...drafts.map((d, i) => ({ value: String(d.key), label: nameOf(d, i) }))];

  return (
    <Stack gap="md">
      <Text size="sm" maw={820}>
        {t('mcAssignments.subgroups.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('mcAssignments.subgroups.size')}
          value={size}
          onChange={(e) => setSize(e.currentTarget.value)}
          data={SIZES.map((n) => ({ value: String(n), label: String(n) }))}
          w={240}
        />
        <Button variant="default" onClick={loadProposal} loading={propose.isPending}>
          {t('mcAssignments.subgroups.propose')}
        </Button>
      </Group>
      <ErrorAlert error={propose.error} />
      <div role="status">{proposed && <Text size="sm">{t('mcAssignments.subgroups.proposed')}</Text>}</div>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {drafts.length === 0 && <Text size="sm">{t('mcAssignments.subgroups.emptyDraft')}</Text>}
          {drafts.map((draft, i) => (
            <Group key={draft.key} align="flex-start" gap="sm">
              <TextInput
                label={t('mcAssignments.subgroups.name', { number: i + 1 })}
                required
                value={draft.name}
                onChange={(e) => rename(draft.key, e.currentTarget.value)}
                error={groupError(draft.key)}
                w={320}
                maw="100%"
              />
              {/* Level with the input, below its label; on a phone they wrap below it. */}
              <Text size="sm" mt={{ base: 0, xs: 32 }}>
                {t('mcAssignments.subgroups.members', { count: draft.participationIds.length })}
              </Text>
              <Button
                variant="subtle"
                color="red"
                mt={{ base: 0, xs: 24 }}
                onClick={() => remove(draft.key)}
                aria-label={t('mcAssignments.subgroups.removeFor', { name: nameOf(draft, i) })}
              >
                {t('mcAssignments.subgroups.remove')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button variant="default" onClick={add}>
              {t('mcAssignments.subgroups.add')}
            </Button>
          </Group>
          {fieldError(save.error, 'subgroups') && <Input.Error>{fieldError(save.error, 'subgroups')}</Input.Error>}
          <ScrollRegion labelledBy={captionId}>
            <Table captionSide="top" maw={720}>
              <Table.Caption id={captionId} style={{ textAlign: 'start' }}>
                {t('mcAssignments.subgroups.caption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('mcAssignments.subgroups.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('mcAssignments.subgroups.subgroup')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cohort.members.map((member) => (
                  <Table.Tr key={member.participationId}>
                    <Table.Th scope="row" fw={400}>
                      {member.organisationName}
                    </Table.Th>
                    <Table.Td>
                      <NativeSelect
                        aria-label={t('mcAssignments.subgroups.subgroupOf', { organisation: member.organisationName })}
                        value={String(groupOf(member.participationId) ?? '')}
                        onChange={(e) => move(member.participationId, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
                        data={options}
                        error={memberError(member.participationId)}
                        miw={130}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('mcAssignments.subgroups.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

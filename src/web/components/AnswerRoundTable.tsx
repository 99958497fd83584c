import { Badge, Button, Group, Table } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAnswerCount, type AnswerCount } from '../lib/live-count.js';
import { ConfirmButton } from './ConfirmButton.js';
import { ErrorAlert } from './ErrorAlert.js';

/**
 * Staff surveys and knowledge checks go the same way: drafted, opened for answers, closed for
 * results. This is their list, with per row what its status allows, and the view that is open.
 */
export type RoundStatus = 'draft' | 'open' | 'closed';
export interface AnswerRound extends AnswerCount {
  id: string;
  title: string;
  status: RoundStatus;
}
export type RoundView = { kind: 'new' } | { kind: 'edit' | 'distribute' | 'results'; id: string } | null;

const STATUS_COLOURS: Record<RoundStatus, string> = { draft: 'gray', open: 'green', closed: 'blue' };

/** Opening or deleting one round by its id. */
interface RoundMutation {
  mutateAsync(id: string): Promise<unknown>;
  error: Error | null;
}

/** The view that is open and the round it is about (none for a new one, or once it is gone). */
export function useRoundView<T extends AnswerRound>(rounds: T[] | undefined) {
  const [view, setView] = useState<RoundView>(null);
  const selected = view && view.kind !== 'new' ? rounds?.find((r) => r.id === view.id) : undefined;
  return { view, setView, selected };
}

/**
 * The texts live under `texts` (`surveys`, `knowledge`): `listCaption`, `actionFor`, `columns.*`,
 * `status.*`, `actions.*`, `confirmOpen.*` and `confirmDelete.*`.
 */
export function AnswerRoundTable<T extends AnswerRound>(props: {
  texts: 'surveys' | 'knowledge';
  rounds: T[];
  canManage: boolean;
  onView: (view: RoundView) => void;
  open: RoundMutation;
  remove: RoundMutation;
  /** A column after the status, such as the programme a check belongs to. */
  extraColumn?: { header: string; cell: (round: T) => ReactNode };
  /** A first action in a round's row, for everyone who sees the list (such as a survey's preview). */
  extraAction?: (round: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { texts, canManage, onView, open, remove, extraColumn, extraAction } = props;
  const named = (action: 'edit' | 'distribute' | 'results' | 'open' | 'delete', r: T) =>
    t(`${texts}.actionFor`, { action: t(`${texts}.actions.${action}`), title: r.title });
  const viewButton = (r: T, kind: 'edit' | 'distribute' | 'results') => (
    <Button size="xs" variant="default" aria-label={named(kind, r)} onClick={() => onView({ kind, id: r.id })}>
      {t(`${texts}.actions.${kind}`)}
    </Button>
  );

  return (
    <>
      <Table.ScrollContainer minWidth={extraColumn ? 640 : 560}>
        <Table striped captionSide="top">
          <Table.Caption>{t(`${texts}.listCaption`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${texts}.columns.title`)}</Table.Th>
              <Table.Th scope="col">{t(`${texts}.columns.status`)}</Table.Th>
              {extraColumn && <Table.Th scope="col">{extraColumn.header}</Table.Th>}
              <Table.Th scope="col">{t(`${texts}.columns.responses`)}</Table.Th>
              <Table.Th scope="col">{t(`${texts}.columns.actions`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rounds.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={500}>
                  {r.title}
                </Table.Th>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[r.status]} variant="dot">
                    {t(`${texts}.status.${r.status}`)}
                  </Badge>
                </Table.Td>
                {extraColumn && <Table.Td>{extraColumn.cell(r)}</Table.Td>}
                <Table.Td>{formatAnswerCount(t, r)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {extraAction?.(r)}
                    {r.status === 'draft' && canManage && (
                      <>
                        {viewButton(r, 'edit')}
                        <ConfirmButton
                          size="xs"
                          label={t(`${texts}.actions.open`)}
                          ariaLabel={named('open', r)}
                          title={t(`${texts}.confirmOpen.title`)}
                          text={t(`${texts}.confirmOpen.text`)}
                          confirmLabel={t(`${texts}.confirmOpen.confirm`)}
                          onConfirm={async () => {
                            await open.mutateAsync(r.id);
                            onView({ kind: 'distribute', id: r.id });
                          }}
                        />
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          color="red"
                          label={t(`${texts}.actions.delete`)}
                          ariaLabel={named('delete', r)}
                          title={t(`${texts}.confirmDelete.title`)}
                          text={t(`${texts}.confirmDelete.text`, { title: r.title })}
                          confirmLabel={t(`${texts}.confirmDelete.confirm`)}
                          onConfirm={async () => {
                            await remove.mutateAsync(r.id);
                            onView(null);
                          }}
                        />
                      </>
                    )}
                    {r.status === 'open' && viewButton(r, 'distribute')}
                    {r.status === 'closed' && viewButton(r, 'results')}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={open.error ?? remove.error} />
    </>
  );
}

import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextsWith } from '../i18n/keys.js';
import { ConfirmButton } from './ConfirmButton.js';

/**
 * The texts of both live under one i18n prefix: `remove`, `removeFor`, `removeTitle`, `removeText`
 * and, for editing, `edit` and `editFor`. `subject` fills the `…For` names ("Remove action X"), so
 * each button in a list says which row it is about.
 */
interface RemoveTexts {
  texts: TextsWith<'remove'> & TextsWith<'removeFor'> & TextsWith<'removeTitle'> & TextsWith<'removeText'>;
  /** Named as the texts' placeholder ({{title}}, {{name}}, …): a closed list, as an open record would also stand for `t`'s own options (`context`). */
  subject: Partial<Record<'audience' | 'date' | 'description' | 'name' | 'title', string>>;
}

/** Removes one row after a confirmation dialog. */
export function RemoveButton({ texts, subject, onRemove }: RemoveTexts & { onRemove: () => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      size="xs"
      variant="subtle"
      color="red"
      label={t(`${texts}.remove`)}
      ariaLabel={t(`${texts}.removeFor`, subject)}
      title={t(`${texts}.removeTitle`)}
      text={t(`${texts}.removeText`, subject)}
      confirmLabel={t(`${texts}.remove`)}
      onConfirm={onRemove}
    />
  );
}

/** Edit and remove for one row of a list, with any further buttons of the row first. */
export function RowActions(
  props: RemoveTexts & { texts: TextsWith<'edit'> & TextsWith<'editFor'> } & { onEdit: () => void; onRemove: () => Promise<unknown>; children?: ReactNode },
) {
  const { t } = useTranslation();
  return (
    // The buttons may stack in a narrow column rather than make the whole table scroll sideways.
    <Group gap="xs">
      {props.children}
      <Button size="xs" variant="default" onClick={props.onEdit} aria-label={t(`${props.texts}.editFor`, props.subject)}>
        {t(`${props.texts}.edit`)}
      </Button>
      <RemoveButton texts={props.texts} subject={props.subject} onRemove={props.onRemove} />
    </Group>
  );
}

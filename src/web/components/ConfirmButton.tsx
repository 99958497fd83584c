import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that asks first, in a dialog that explains what happens. Confirming runs `onConfirm`;
 * the dialog closes when it resolves.
 */
export function ConfirmButton(props: {
  label: string;
  /** The accessible name, when the visible label alone does not say which survey it is about. */
  ariaLabel?: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } catch {
      // The caller shows the error (its mutation keeps it).
    } finally {
      setBusy(false);
      setOpened(false);
    }
  };
  return (
    <>
      <Button color={props.color} variant={props.variant} size={props.size} onClick={() => setOpened(true)} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={props.title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text mb="md">{props.text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button color={props.color} loading={busy} onClick={() => void confirm()}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

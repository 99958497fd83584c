import { Button, type ButtonProps } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';

/** Loaded when a dialog first opens (issue 18, weight). */
const ConfirmDialog = lazy(async () => ({ default: (await import('./ConfirmDialog.js')).ConfirmDialog }));

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
  const [opened, setOpened] = useState(false);
  // Stays mounted once opened, so the dialog can close with its transition.
  const [wanted, setWanted] = useState(false);
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
      <Button
        color={props.color}
        variant={props.variant}
        size={props.size}
        onClick={() => {
          setWanted(true);
          setOpened(true);
        }}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <ConfirmDialog
            opened={opened}
            onClose={() => setOpened(false)}
            onConfirm={() => void confirm()}
            busy={busy}
            title={props.title}
            text={props.text}
            confirmLabel={props.confirmLabel}
            color={props.color}
          />
        </Suspense>
      )}
    </>
  );
}

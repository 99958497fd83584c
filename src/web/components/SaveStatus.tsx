import { Paper } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** What the save status says when the change succeeds: 'removed' for a delete; false when the page says it itself. */
      feedback?: 'saved' | 'removed' | false;
    };
  }
}

/** How long the message stays in view. */
const SHOWN_MS = 5_000;

/**
 * "Opgeslagen" after every change that succeeds, wherever it was made (issue 18): one polite status
 * at the bottom of the screen that takes no focus. A mutation opts out with `meta: { feedback: false }`.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState<{ kind: 'saved' | 'removed'; serial: number } | null>(null);

  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const kind = event.mutation.meta?.feedback ?? 'saved';
        if (kind !== false) setMessage((old) => ({ kind, serial: (old?.serial ?? 0) + 1 }));
      }),
    [client],
  );
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message]);

  // The live region is always there, so a screen reader hears each new message; a new element per
  // save makes a second "Opgeslagen" in a row heard too.
  return (
    <div role="status" style={{ position: 'fixed', insetInline: 0, bottom: 16, display: 'flex', justifyContent: 'center', pointerEvents: 'none', zIndex: 400 }}>
      {message && (
        <Paper key={message.serial} shadow="md" radius="xl" px="lg" py="xs" bg="dark.7" c="white" fw={600}>
          {t(`common.${message.kind}`)}
        </Paper>
      )}
    </div>
  );
}

import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled panel of a page, named by its heading for assistive technology. The heading takes the
 * focus when a link points at it (a page index), so keyboard users continue from there.
 */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs" tabIndex={-1}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Short facts as a definition list ("Wanneer: …"), each on its own line. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl style={{ margin: 0, display: 'grid', gap: 2 }}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 6 }}>
      <Text component="dt" size="sm" fw={700}>
        {label}:
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

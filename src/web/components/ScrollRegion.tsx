import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways on a narrow screen. The region takes keyboard focus, so
 * people without a mouse can scroll it too, and is named after its section's heading.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div role="region" tabIndex={0} aria-labelledby={labelledBy} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

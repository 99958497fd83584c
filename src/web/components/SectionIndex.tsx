import { Anchor, Box, Flex, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A Section of the page: its heading's id and its (short) name in the index. */
export interface IndexEntry {
  id: string;
  label: string;
}

/**
 * A long page with an index of its sections: plain links to the Section headings, which take the
 * focus, so keyboard and screen-reader users land where they asked. From 1200 px wide the index stays
 * in view beside the content; narrower it is a few lines of links above it.
 */
export function SectionIndex({ label, entries, children }: { label: string; entries: IndexEntry[]; children: ReactNode }) {
  return (
    <Flex direction={{ base: 'column', lg: 'row-reverse' }} gap="lg" align={{ base: 'stretch', lg: 'flex-start' }}>
      {/* 80 px: the fixed header is 64 px high. */}
      <Box component="nav" aria-label={label} w={{ lg: 200 }} pos={{ lg: 'sticky' }} top={{ lg: 80 }} style={{ flexShrink: 0 }}>
        <Text size="sm" fw={700} mb={4}>
          {label}
        </Text>
        <Flex component="ul" direction={{ base: 'row', lg: 'column' }} wrap="wrap" rowGap={4} columnGap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Anchor href={`#${entry.id}`} size="sm">
                {entry.label}
              </Anchor>
            </li>
          ))}
        </Flex>
      </Box>
      {/* min-width 0: wide tables scroll inside their panel instead of widening the page. */}
      <Box style={{ flex: 1, minWidth: 0 }}>{children}</Box>
    </Flex>
  );
}

import { Anchor, Box, Button, Flex, Text } from '@mantine/core';
import { useId, useRef, useState, type ReactNode } from 'react';

/** A Section of the page: its heading's id and its (short) name in the index. */
export interface IndexEntry {
  id: string;
  label: string;
}

/**
 * A long page with an index of its sections: plain links to the Section headings, which take the
 * focus, so keyboard and screen-reader users land where they asked. From 1200 px wide the index stays
 * in view beside the content; narrower it is a few lines of links above it, or with `menu`, a
 * button under the page header that opens them, which stays in view while the page scrolls (for a
 * page whose sections are too many or too long to scroll back for the index).
 */
export function SectionIndex({ label, entries, menu = false, children }: { label: string; entries: IndexEntry[]; menu?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <Flex direction={{ base: 'column', lg: 'row-reverse' }} gap="lg" align={{ base: 'stretch', lg: 'flex-start' }}>
      {/* 64 px: the fixed header's height; 80 px leaves some air beside the content. */}
      <Box
        component="nav"
        aria-label={label}
        w={{ lg: 200 }}
        pos={menu ? 'sticky' : { lg: 'sticky' }}
        top={menu ? { base: 64, lg: 80 } : { lg: 80 }}
        pt={menu ? { base: 'xs', lg: 0 } : undefined}
        bg={menu ? 'var(--mantine-color-body)' : undefined}
        style={{ flexShrink: 0, zIndex: menu ? 2 : undefined }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {menu && (
          <Button
            ref={toggle}
            hiddenFrom="lg"
            variant="default"
            size="sm"
            fullWidth
            justify="space-between"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
            rightSection={<span aria-hidden>{open ? '▴' : '▾'}</span>}
          >
            {label}
          </Button>
        )}
        <Text size="sm" fw={700} mb={4} visibleFrom={menu ? 'lg' : undefined}>
          {label}
        </Text>
        <Flex
          component="ul"
          id={listId}
          direction={{ base: menu ? 'column' : 'row', lg: 'column' }}
          display={menu ? { base: open ? 'flex' : 'none', lg: 'flex' } : undefined}
          wrap="wrap"
          rowGap={menu ? { base: 'xs', lg: 4 } : 4}
          columnGap="md"
          m={0}
          mt={menu ? { base: 'xs', lg: 0 } : 0}
          p={0}
          style={{ listStyle: 'none' }}
          // A link followed closes the menu, so the section it leads to is not hidden under it.
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) setOpen(false);
          }}
        >
          {entries.map((entry) => (
            <li key={entry.id}>
              <Anchor href={`#${entry.id}`} size="sm">
                {entry.label}
              </Anchor>
            </li>
          ))}
        </Flex>
        {/* Where the menu ends and the page scrolling under it begins. */}
        {menu && <Box hiddenFrom="lg" mt="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }} />}
      </Box>
      {/* min-width 0: wide tables scroll inside their panel instead of widening the page. */}
      <Box style={{ flex: 1, minWidth: 0 }}>{children}</Box>
    </Flex>
  );
}

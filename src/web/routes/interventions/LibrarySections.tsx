import { Button, SimpleGrid, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterventionFunction } from '#core/interventions/functions.js';
import { SectionIndex } from '../../components/SectionIndex.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { groupByMainFunction } from './libraryFilter.js';
import type { LibraryItem } from '../../queries/interventions.queries.js';

/**
 * How many cards a section shows on a phone until "Toon alle" is pressed: one gives an idea of the
 * section, and the phone page stays under half its length (issue 18, point 4).
 */
const PHONE_PREVIEW = 1;

/** Space for the index menu that stays under the header on a phone, so a heading jumped to is not hidden under it. */
const UNDER_MENU = 56;

/**
 * The library as sections, one per main intervention function, with an index that stays in view. On
 * a phone a section shows its first cards and "Toon alle N"; a search or filter shows every match,
 * so nothing stays out of reach of who searches. `card` renders one intervention (a list item, its title a level-4 heading).
 */
export function LibrarySections({ items, showAll, card }: { items: LibraryItem[]; showAll: boolean; card: (item: LibraryItem) => ReactNode }) {
  const { t } = useTranslation();
  const { fnName } = useInterventionText();
  const theme = useMantineTheme();
  const onPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  const prefix = useId();
  const groups = groupByMainFunction(items);
  const headingId = (fn: InterventionFunction) => `${prefix}-${fn}`;

  return (
    <SectionIndex
      menu
      label={t('library.sections.label')}
      entries={groups.map((g) => ({ id: headingId(g.fn), label: t('library.sections.entry', { name: fnName(g.fn), count: g.items.length }) }))}
    >
      <Stack gap="lg">
        <Text size="sm">{t('library.sections.intro')}</Text>
        {groups.map((g) => (
          <FunctionSection key={g.fn} id={headingId(g.fn)} name={fnName(g.fn)} items={g.items} compact={onPhone && !showAll} card={card} />
        ))}
      </Stack>
    </SectionIndex>
  );
}

function FunctionSection({
  id,
  name,
  items,
  compact,
  card,
}: {
  id: string;
  name: string;
  items: LibraryItem[];
  compact: boolean;
  card: (item: LibraryItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // A button that would bring one card into view takes about as much room as the card.
  const hidden = compact && !expanded && items.length > PHONE_PREVIEW + 1 ? items.length - PHONE_PREVIEW : 0;
  const shown = hidden > 0 ? items.slice(0, PHONE_PREVIEW) : items;
  /** After "Toon alle", the focus goes to the first card that came into view, where reading continues. */
  const [focusFirstNew, setFocusFirstNew] = useState(false);
  useEffect(() => {
    if (!focusFirstNew) return;
    document.getElementById(listId)?.children[PHONE_PREVIEW]?.querySelector<HTMLElement>('button')?.focus();
    setFocusFirstNew(false);
  }, [focusFirstNew, listId]);

  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} tabIndex={-1} mb="xs" style={{ scrollMarginTop: UNDER_MENU }}>
        {t('library.sections.entry', { name, count: items.length })}
      </Title>
      <SimpleGrid
        component="ul"
        id={listId}
        aria-labelledby={id}
        cols={{ base: 1, lg: 2 }}
        spacing="xs"
        verticalSpacing="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none', alignItems: 'start' }}
      >
        {shown.map(card)}
      </SimpleGrid>
      {hidden > 0 && (
        <Button
          variant="default"
          size="xs"
          mt="xs"
          aria-label={t('library.sections.showAllFor', { count: items.length, name })}
          onClick={() => {
            setExpanded(true);
            setFocusFirstNew(true);
          }}
        >
          {t('library.sections.showAll', { count: items.length })}
        </Button>
      )}
    </section>
  );
}

import { Badge, Box, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS } from '#core/comb.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { EFFORTS, TARGET_BEHAVIOURS } from '#core/interventions/library.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useCombText } from '../../lib/combText.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { EMPTY_LIBRARY_FILTER, filterLibrary, type LibraryFilter } from './libraryFilter.js';
import { useLibrary, type LibraryItem } from '../../queries/interventions.queries.js';
import { LibrarySections } from './LibrarySections.js';
import { FunctionBadges } from './TagLine.js';

/**
 * The intervention library (built-in and the organisation's own) with filters. `action` adds a
 * control to every card (e.g. "add as idea" in 4.2); `renderOwnActions` to every card, meant for
 * the organisation's own interventions (edit, remove): it decides itself what to show. `sections`
 * groups the cards per intervention function with an index, for the library's own page.
 */
export function LibraryBrowser(props: { action?: (item: LibraryItem) => ReactNode; renderOwnActions?: (item: LibraryItem) => ReactNode; sections?: boolean }) {
  const { t } = useTranslation();
  const { fnName, behaviour, effort } = useInterventionText();
  const { factorName } = useCombText();
  const library = useLibrary();
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_LIBRARY_FILTER);
  const set =
    <K extends keyof LibraryFilter>(key: K) =>
    (value: string) =>
      setFilter((old) => ({ ...old, [key]: value as LibraryFilter[K] }));
  const all = useMemo(() => library.data?.interventions ?? [], [library.data]);
  const shown = useMemo(() => filterLibrary(all, filter), [all, filter]);
  const filtered = Object.values(filter).some((v) => v !== '');
  const prefix = useId();
  const card = (item: LibraryItem, headingOrder: 3 | 4) => (
    <LibraryCard
      key={item.id}
      item={item}
      headingId={`${prefix}-${item.id}`}
      headingOrder={headingOrder}
      action={props.action}
      renderOwnActions={props.renderOwnActions}
    />
  );

  const options = <T extends string>(allLabel: string, values: readonly T[], label: (v: T) => string) => [
    { value: '', label: allLabel },
    ...values.map((v) => ({ value: v, label: label(v) })),
  ];

  return (
    <Stack gap="sm">
      <Box component="form" role="search" aria-label={t('library.filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <NativeSelect
            label={t('library.filters.function')}
            value={filter.fn}
            onChange={(e) => set('fn')(e.currentTarget.value)}
            data={options(t('library.filters.allFunctions'), INTERVENTION_FUNCTIONS, fnName)}
          />
          <NativeSelect
            label={t('library.filters.factor')}
            value={filter.factor}
            onChange={(e) => set('factor')(e.currentTarget.value)}
            data={options(t('library.filters.allFactors'), COMB_FACTORS, factorName)}
          />
          <NativeSelect
            label={t('library.filters.behaviour')}
            value={filter.behaviour}
            onChange={(e) => set('behaviour')(e.currentTarget.value)}
            data={options(t('library.filters.allBehaviours'), TARGET_BEHAVIOURS, behaviour)}
          />
          <NativeSelect
            label={t('library.filters.effort')}
            value={filter.effort}
            onChange={(e) => set('effort')(e.currentTarget.value)}
            data={options(t('library.filters.allEfforts'), EFFORTS, effort)}
          />
          <TextInput
            type="search"
            label={t('library.filters.search')}
            description={t('library.filters.searchHint')}
            value={filter.query}
            onChange={(e) => set('query')(e.currentTarget.value)}
          />
        </SimpleGrid>
      </Box>
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" fw={600} role="status" aria-live="polite">
          {library.data ? t('library.count', { shown: shown.length, count: all.length }) : library.isPending ? t('common.loading') : ''}
        </Text>
        {filtered && (
          <Button variant="subtle" size="xs" onClick={() => setFilter(EMPTY_LIBRARY_FILTER)}>
            {t('library.filters.reset')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={library.error} />
      {library.data && shown.length === 0 && <Text>{t('library.empty')}</Text>}
      {shown.length > 0 &&
        (props.sections ? (
          <LibrarySections items={shown} showAll={filtered} card={(item) => card(item, 4)} />
        ) : (
          <SimpleGrid
            component="ul"
            cols={{ base: 1, lg: 2 }}
            spacing="xs"
            verticalSpacing="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none', alignItems: 'start' }}
            aria-label={t('library.listLabel')}
          >
            {shown.map((item) => card(item, 3))}
          </SimpleGrid>
        ))}
    </Stack>
  );
}

/**
 * One intervention, compact: its title, one line of description and its functions and effort. The
 * title unfolds the rest (the example, factors, behaviours and techniques), as a disclosure button.
 */
function LibraryCard({
  item,
  headingId,
  headingOrder,
  action,
  renderOwnActions,
}: {
  item: LibraryItem;
  headingId: string;
  headingOrder: 3 | 4;
  action?: (item: LibraryItem) => ReactNode;
  renderOwnActions?: (item: LibraryItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const { behaviour, effort, bct } = useInterventionText();
  const { factorName } = useCombText();
  const [open, setOpen] = useState(false);
  const actions = action?.(item);
  const ownActions = renderOwnActions?.(item);
  const detailsId = `${headingId}-details`;

  return (
    <Paper component="li" withBorder px="sm" py="xs" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs" align="center">
            <Title order={headingOrder} size="h6" id={headingId}>
              <UnstyledButton aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)} fw={700} fz="inherit" style={{ textAlign: 'left' }}>
                <span aria-hidden>{open ? '▾' : '▸'} </span>
                {item.title}
              </UnstyledButton>
            </Title>
            {item.source === 'own' && (
              <Badge color="grape" variant="light" tt="none" title={t('library.ownHint')}>
                {t('library.own')}
              </Badge>
            )}
          </Group>
          {actions != null && (
            <Group gap="xs" style={{ flexShrink: 0 }}>
              {actions}
            </Group>
          )}
        </Group>
        {item.description && (
          <Text size="sm" lineClamp={open ? undefined : 1}>
            {item.description}
          </Text>
        )}
        <Group gap="xs">
          <FunctionBadges functions={item.functions} />
          <Tags label={t('library.effort')} values={[effort(item.effort)]} />
        </Group>
        {open && (
          <Stack gap={4} id={detailsId}>
            {item.example && (
              <Text size="sm">
                <Text span fw={600} inherit>
                  {t('library.example')}
                </Text>{' '}
                {item.example}
              </Text>
            )}
            <Tags label={t('library.factors')} values={item.factors.map(factorName)} />
            <Tags label={t('library.fits')} values={item.fits.map(behaviour)} />
            <Tags label={t('library.techniques')} values={item.bcts.map(bct)} />
          </Stack>
        )}
        {ownActions}
      </Stack>
    </Paper>
  );
}

/** "Label: a, b, c" in small print; nothing when there are no values. */
function Tags({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Text size="sm">
      <Text span fw={600} inherit>
        {label}
      </Text>{' '}
      {values.join(', ')}
    </Text>
  );
}

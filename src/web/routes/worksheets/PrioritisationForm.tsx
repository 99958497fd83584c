import { Anchor, Checkbox, Loader, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { emptyBehaviourList, type BehaviourList } from '#core/worksheets/behaviours.js';
import { PRIORITY_CRITERIA, rankBehaviours, type BehaviourRating, type PriorityCriterion } from '#core/worksheets/prioritisation.js';
import { fieldError } from '../../components/fieldError.js';
import { QuadrantChart } from '../../components/QuadrantChart.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { useSubstep } from '../../queries/programme.queries.js';
import type { WorksheetFormProps } from './types.js';

const NO_RATING: BehaviourRating = { impact: null, changeability: null, measurability: null };
const MAX_CHOSEN = 5;

/** 2.2: the behaviours of 2.1 rated on impact, changeability and measurability; the target behaviour chosen. */
export function PrioritisationForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'2.2'>) {
  const { t } = useTranslation();
  const listStep = useSubstep(programme.id, '2.1');
  if (listStep.isPending) return <Loader aria-label={t('common.loading')} />;
  const list = (listStep.data?.worksheet?.fields as BehaviourList | null) ?? emptyBehaviourList();
  if (list.behaviours.length === 0) {
    return (
      <Text size="sm">
        {t('worksheets.priorities.noBehaviours')}{' '}
        <Anchor component={Link} to={`/programmes/${programme.id}/substeps/2.1`}>
          {t('worksheets.priorities.toList')}
        </Anchor>
      </Text>
    );
  }
  const ranked = rankBehaviours(list, value);
  const rate = (id: string, patch: Partial<BehaviourRating>) =>
    onChange({ ...value, ratings: { ...value.ratings, [id]: { ...(value.ratings[id] ?? NO_RATING), ...patch } } });
  // Choices of behaviours since removed from 2.1 are dropped with the next change.
  const choose = (ids: string[]) => onChange({ ...value, chosenIds: ids.filter((id) => list.behaviours.some((b) => b.id === id)) });
  const criterion = (c: PriorityCriterion) => t(`worksheets.priorities.criteria.${c}`);

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.priorities.intro')}</Text>
      <Text size="sm">{t('worksheets.ratingScale')}</Text>
      {list.behaviours.map((b, i) => (
        <Paper key={b.id} withBorder p="sm" component="fieldset">
          <Text component="legend" fw={700}>
            {i + 1}. {b.description || t('worksheets.unnamed')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {PRIORITY_CRITERIA.map((c) => (
              <RatingSelect
                key={c}
                label={criterion(c)}
                value={value.ratings[b.id]?.[c]}
                onChange={(rating) => rate(b.id, { [c]: rating })}
                readOnly={readOnly}
                error={fieldError(error, `fields.ratings.${b.id}.${c}`)}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ))}

      <section aria-labelledby="priority-title">
        <Title order={3} size="h5" id="priority-title" mb="xs">
          {t('worksheets.priorities.rankingTitle')}
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('worksheets.priorities.behaviour')}</Table.Th>
                {PRIORITY_CRITERIA.map((c) => (
                  <Table.Th scope="col" key={c}>
                    {criterion(c)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('worksheets.priorities.priority')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ranked.map((r) => (
                <Table.Tr key={r.behaviour.id}>
                  <Table.Td>{r.behaviour.description || t('worksheets.unnamed')}</Table.Td>
                  {PRIORITY_CRITERIA.map((c) => (
                    <Table.Td key={c}>{r.rating[c] ?? '–'}</Table.Td>
                  ))}
                  <Table.Td>{r.priority?.toLocaleString() ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <QuadrantChart
        title={t('worksheets.priorities.chartLabel')}
        xLabel={criterion('changeability')}
        yLabel={criterion('impact')}
        quadrants={[
          t('worksheets.priorities.quadrants.topLeft'),
          t('worksheets.priorities.quadrants.topRight'),
          t('worksheets.priorities.quadrants.bottomLeft'),
          t('worksheets.priorities.quadrants.bottomRight'),
        ]}
        points={ranked
          .filter((r) => r.rating.impact != null && r.rating.changeability != null)
          .map((r) => ({ id: r.behaviour.id, label: r.behaviour.description, x: r.rating.changeability!, y: r.rating.impact!, highlighted: r.chosen }))}
      />

      <Paper withBorder p="sm">
        <Checkbox.Group label={t('worksheets.priorities.choose')} value={value.chosenIds} onChange={choose} error={fieldError(error, 'fields.chosenIds')}>
          <Stack gap="xs" mt="xs">
            {ranked.map((r) => (
              <Checkbox
                key={r.behaviour.id}
                value={r.behaviour.id}
                label={r.behaviour.description || t('worksheets.unnamed')}
                disabled={readOnly || (!r.chosen && value.chosenIds.length >= MAX_CHOSEN)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          mt="sm"
          label={t('worksheets.priorities.rationale')}
          autosize
          minRows={2}
          value={value.rationale}
          onChange={(e) => onChange({ ...value, rationale: e.currentTarget.value })}
          readOnly={readOnly}
          error={fieldError(error, 'fields.rationale')}
        />
      </Paper>
    </Stack>
  );
}

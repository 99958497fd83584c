import { Accordion, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEM_SOURCE_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { PROBLEM_SOURCES, type CandidateProblem, type Criterion, type ProblemSource, type RankedProblem } from '#core/worksheets/problem-inventory.js';
import { fieldError, listFieldError } from '../../components/fieldError.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';

/** The id of a problem's first field, to move the focus there when the problem is added. */
const problemTitleId = (problemId: string) => `problem-${problemId}-title`;

/**
 * Which problems are unfolded. A new problem opens with the focus in its first field, so typing can
 * start at once; a refused save opens the problems it has a message for (only a new error does).
 */
export function useProblemFolding(problems: CandidateProblem[], error: unknown) {
  const [open, setOpen] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!added) return;
    document.getElementById(problemTitleId(added))?.focus();
    setAdded(null);
  }, [added]);
  useEffect(() => {
    const refused = problems.filter((_, i) => listFieldError(error, `fields.problems.${i}`)).map((p) => p.id);
    if (refused.length > 0) setOpen((old) => [...new Set([...old, ...refused])]);
    // Only a new refusal unfolds problems, not every keystroke that changes the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  const unfoldNew = (id: string) => {
    setOpen((old) => [...old, id]);
    setAdded(id);
  };
  return { open, setOpen, unfoldNew };
}

interface ProblemListProps {
  problems: CandidateProblem[];
  criteria: Criterion[];
  ranked: RankedProblem[];
  criterionName: (c: Criterion) => string;
  formatScore: (score: number) => string;
  /** The problems shown unfolded. */
  open: string[];
  onOpenChange: (open: string[]) => void;
  onUpdate: (id: string, patch: Partial<CandidateProblem>) => void;
  onRemove: (id: string) => void;
  readOnly: boolean;
  error: unknown;
}

/**
 * 1.1's candidate problems as a short list: each its title and one line (source and score), unfolded
 * to read or edit the rest. Three or four problems fit on one screen this way.
 */
export function ProblemList(props: ProblemListProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { problems, ranked, formatScore } = props;
  const rankOf = new Map(ranked.map((r) => [r.problem.id, r]));
  const summary = (p: CandidateProblem) => {
    const source = p.source === 'other' && p.sourceOther.trim() ? p.sourceOther : l(PROBLEM_SOURCE_LABELS[p.source]);
    const r = rankOf.get(p.id);
    if (!r || r.score === null) return t('worksheets.problems.summaryUnscored', { source });
    const state = r.complete ? t('worksheets.problems.scored') : t('worksheets.problems.partly');
    return t('worksheets.problems.summary', { source, score: formatScore(r.score), state: state.toLocaleLowerCase() });
  };

  return (
    <Accordion multiple value={props.open} onChange={props.onOpenChange} order={4} variant="separated">
      {problems.map((p, i) => (
        <Accordion.Item key={p.id} value={p.id}>
          <Accordion.Control>
            <Text size="sm" fw={600} component="span" display="block">
              {p.title.trim() || t('worksheets.problems.problemN', { n: i + 1 })}
            </Text>
            <Text size="xs" component="span" display="block" lineClamp={1}>
              {summary(p)}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <ProblemFields {...props} problem={p} index={i} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ProblemFields({
  problem: p,
  index: i,
  criteria,
  criterionName,
  onUpdate,
  onRemove,
  readOnly,
  error,
}: ProblemListProps & { problem: CandidateProblem; index: number }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const err = (field: string) => fieldError(error, `fields.problems.${i}.${field}`);
  const update = (patch: Partial<CandidateProblem>) => onUpdate(p.id, patch);
  return (
    <Stack gap="xs">
      <TextInput
        id={problemTitleId(p.id)}
        label={t('worksheets.problems.title')}
        value={p.title}
        onChange={(e) => update({ title: e.currentTarget.value })}
        readOnly={readOnly}
        error={err('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('worksheets.problems.source')}
          value={p.source}
          onChange={(e) => update({ source: e.currentTarget.value as ProblemSource })}
          disabled={readOnly}
          data={PROBLEM_SOURCES.map((s) => ({ value: s, label: l(PROBLEM_SOURCE_LABELS[s]) }))}
        />
        {p.source === 'other' && (
          <TextInput
            label={t('worksheets.problems.sourceOther')}
            value={p.sourceOther}
            onChange={(e) => update({ sourceOther: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('sourceOther')}
          />
        )}
      </SimpleGrid>
      <Textarea
        label={t('worksheets.problems.description')}
        description={t('worksheets.problems.descriptionHint')}
        autosize
        minRows={2}
        value={p.description}
        onChange={(e) => update({ description: e.currentTarget.value })}
        readOnly={readOnly}
        aria-describedby="problems-warning"
        error={err('description')}
      />
      <Textarea
        label={t('worksheets.problems.whyItMatters')}
        autosize
        minRows={1}
        value={p.whyItMatters}
        onChange={(e) => update({ whyItMatters: e.currentTarget.value })}
        readOnly={readOnly}
        error={err('whyItMatters')}
      />
      <Textarea
        label={t('worksheets.problems.behaviour')}
        autosize
        minRows={1}
        value={p.behaviour}
        onChange={(e) => update({ behaviour: e.currentTarget.value })}
        readOnly={readOnly}
        error={err('behaviour')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {criteria.map((c) => (
          <RatingSelect
            key={c.id}
            label={t('worksheets.problems.score', { criterion: criterionName(c) })}
            value={p.scores[c.id]}
            onChange={(rating) => update({ scores: { ...p.scores, [c.id]: rating } })}
            readOnly={readOnly}
          />
        ))}
      </SimpleGrid>
      {!readOnly && (
        <Group justify="flex-end">
          <RemoveRowButton name={p.title} onRemove={() => onRemove(p.id)} />
        </Group>
      )}
    </Stack>
  );
}

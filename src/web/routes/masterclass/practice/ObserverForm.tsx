import { Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import { OBSERVER_CRITERIA, type ObserverCriterion, type ObserverScore } from '#core/masterclass/roleplay.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { fieldError, listFieldError } from '#web/components/fieldError.js';
import { PatientDataWarning } from '#web/components/PatientDataWarning.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { useSaveScores, type ObserverScoresInput, type RoundView } from '#web/queries/masterclass-roleplay.queries.js';

type Row = { score: ObserverScore | null; note: string };

/** What the observer saved before, to change it; empty for a first scoring. */
function initial(round: RoundView): { rows: Record<ObserverCriterion, Row>; factors: CombFactor[]; notes: string } {
  const saved = round.scores;
  const rows = Object.fromEntries(
    OBSERVER_CRITERIA.map((criterion) => {
      const c = saved?.summary.perCriterion.find((p) => p.criterion === criterion);
      return [criterion, { score: c?.score ?? null, note: c?.note ?? '' }];
    }),
  ) as Record<ObserverCriterion, Row>;
  return { rows, factors: saved?.factorsCovered ?? [], notes: saved?.notes ?? '' };
}

/**
 * The observer's checklist (texts from src/content/masterclass/observer-checklist.ts, as the round
 * view gives them): per point a score 0, 1 or 2 and a note; which factors the interviewer asked
 * about, beside "all six factors"; general notes. Saving again replaces the scores.
 */
export function ObserverForm({ cohort, round, onSaved, onCancel }: { cohort: CohortDetail; round: RoundView; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const save = useSaveScores(cohort.id, round.id);
  const [state, setState] = useState(() => initial(round));
  const checklist = round.checklist ?? [];
  const scale = round.scale ?? [];
  const factors = round.factors ?? [];
  const error = save.error;

  const setRow = (criterion: ObserverCriterion, change: Partial<Row>) =>
    setState((current) => ({ ...current, rows: { ...current.rows, [criterion]: { ...current.rows[criterion], ...change } } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A point without a score is left out, so the API names it as missing.
    const scores = Object.fromEntries(
      OBSERVER_CRITERIA.flatMap((criterion) => {
        const { score, note } = state.rows[criterion];
        return score === null ? [] : [[criterion, note.trim() ? { score, note } : { score }]];
      }),
    ) as ObserverScoresInput['scores'];
    save.mutate({ scores, factorsCovered: COMB_FACTORS.filter((f) => state.factors.includes(f)), notes: state.notes }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={820}>
        <Text size="sm">{t('mcPractice.checklist.intro')}</Text>
        <PatientDataWarning id="checklist-warning" />
        {checklist.map((item) => {
          const row = state.rows[item.criterion];
          return (
            <Paper key={item.criterion} withBorder p="sm">
              <Stack gap="xs">
                <Radio.Group
                  label={item.label}
                  description={item.lookFor}
                  required
                  value={row.score === null ? '' : String(row.score)}
                  onChange={(value) => setRow(item.criterion, { score: Number(value) as ObserverScore })}
                  error={fieldError(error, `scores.${item.criterion}`) ?? fieldError(error, `scores.${item.criterion}.score`)}
                >
                  <Group gap="lg" mt="xs">
                    {scale.map((s) => (
                      <Radio key={s.score} value={String(s.score)} label={`${s.label} (${s.score})`} />
                    ))}
                  </Group>
                </Radio.Group>
                {item.criterion === 'coversFactors' && (
                  <Checkbox.Group
                    label={t('mcPractice.checklist.factors')}
                    description={t('mcPractice.checklist.factorsHint')}
                    value={state.factors}
                    onChange={(value) => setState((current) => ({ ...current, factors: value as CombFactor[] }))}
                    error={listFieldError(error, 'factorsCovered')}
                  >
                    <Stack gap={6} mt="xs">
                      {factors.map((f) => (
                        <Checkbox key={f.factor} value={f.factor} label={f.name} description={f.lookFor} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
                <Textarea
                  label={t('mcPractice.checklist.note', { criterion: item.label })}
                  autosize
                  minRows={1}
                  maxLength={600}
                  value={row.note}
                  onChange={(e) => setRow(item.criterion, { note: e.currentTarget.value })}
                  error={fieldError(error, `scores.${item.criterion}.note`)}
                  aria-describedby="checklist-warning"
                />
              </Stack>
            </Paper>
          );
        })}
        <Textarea
          label={t('mcPractice.checklist.notes')}
          description={t('mcPractice.checklist.notesHint')}
          autosize
          minRows={3}
          maxLength={2000}
          value={state.notes}
          onChange={(e) => {
            const notes = e.currentTarget.value;
            setState((current) => ({ ...current, notes }));
          }}
          error={fieldError(error, 'notes')}
        />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('mcPractice.checklist.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('mcPractice.checklist.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

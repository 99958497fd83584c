import { Checkbox, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RESEARCH_METHOD_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { RESEARCH_METHODS, type FactorResearch, type ResearchMethod } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';

/** 3.2 b: the ways of testing the hypotheses, each with its pros and cons. */
export function ResearchMethods(props: {
  methods: ResearchMethod[];
  notes: string;
  onChange: (patch: Partial<Pick<FactorResearch, 'methods' | 'methodNotes'>>) => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { methods, notes, onChange, readOnly, error } = props;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="methods-title">
      <Title order={3} size="h5" id="methods-title" mb="xs">
        {t('worksheets.research.methodsTitle')}
      </Title>
      <Checkbox.Group
        label={t('worksheets.research.methodsIntro')}
        // Kept in the method's order, whatever order they were ticked in.
        value={methods}
        onChange={(v) => onChange({ methods: RESEARCH_METHODS.filter((m) => v.includes(m)) })}
        error={fieldError(error, 'fields.methods')}
      >
        <Stack gap="xs" mt="xs">
          {RESEARCH_METHODS.map((m) => (
            <Checkbox key={m} value={m} label={l(RESEARCH_METHOD_LABELS[m])} description={t(`worksheets.research.methodHints.${m}`)} disabled={readOnly} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        mt="sm"
        label={t('worksheets.research.methodNotes')}
        description={t('worksheets.research.methodNotesHint')}
        autosize
        minRows={2}
        value={notes}
        onChange={(e) => onChange({ methodNotes: e.currentTarget.value })}
        readOnly={readOnly}
        error={fieldError(error, 'fields.methodNotes')}
      />
    </Paper>
  );
}

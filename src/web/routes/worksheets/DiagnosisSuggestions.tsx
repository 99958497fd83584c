import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FINDING_KIND_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMB_FACTORS } from '#core/comb.js';
import { inSentence } from '#core/locale.js';
import type { DiagnosisSuggestion, DiagnosisSuggestions as SuggestionsAnswer } from '#contract/research.js';
import type { DiagnosisEntry } from '#core/research/diagnosis.js';
import { get } from '../../lib/api.js';
import { newId } from '../../lib/rows.js';
import { numberLocale, useCombText } from '../../lib/combText.js';
import { WRAPPING_BUTTON } from '../../components/RemoveRowButton.js';

/** The API may not offer suggestions (yet): any failure shows a hint, and is not retried. */
const useSuggestions = (programmeId: string) =>
  useQuery({
    queryKey: ['programme', programmeId, 'diagnosis-suggestions'],
    queryFn: () => get<SuggestionsAnswer>(`/api/programmes/${programmeId}/diagnosis/suggestions`),
    retry: false,
  });

/** A description must fit on a line (the schema allows 300 characters). */
const asLine = (text: string) => {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
};

/** 3.4 a: barriers and enablers the interviews and the survey point at, to take over into the diagnosis. */
export function DiagnosisSuggestions(props: { programmeId: string; entries: DiagnosisEntry[]; onAdd: (entry: DiagnosisEntry) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { locale, factorName, tdfName } = useCombText();
  const query = useSuggestions(props.programmeId);
  const decimal = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const suggestions = Array.isArray(query.data?.suggestions) ? query.data.suggestions : [];
  const surveyTitle = query.data?.survey?.title ?? null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  /**
   * How a survey score is worded: a TDF domain's by the domain, so it reads apart from its factor's;
   * a factor's without a suggested domain's statements says which it leaves out.
   */
  const wordingOf = (s: DiagnosisSuggestion) => {
    if (s.tdf) return { key: 'surveyDomain' as const, name: { domain: tdfName(s.tdf) } };
    const without = s.survey?.without ?? [];
    if (without.length > 0)
      return { key: 'surveyRest' as const, name: { factor: factorName(s.factor), domain: list.format(without.map((d) => inSentence(tdfName(d)))) } };
    return { key: 'survey' as const, name: { factor: factorName(s.factor) } };
  };

  /** The suggestion as an entry of the diagnosis, worded in the interface language. */
  const toEntry = (s: DiagnosisSuggestion): DiagnosisEntry => {
    const score = s.survey ? { mean: decimal.format(s.survey.mean), scale: s.survey.scale, n: s.survey.n } : null;
    const scored = wordingOf(s);
    const description = s.text !== null ? asLine(s.text) : t(`worksheets.diagnosis.${scored.key}Description.${s.kind}`, scored.name);
    const evidence = score
      ? surveyTitle
        ? t(`worksheets.diagnosis.${scored.key}EvidenceTitled`, { ...scored.name, ...score, title: surveyTitle })
        : t(`worksheets.diagnosis.${scored.key}Evidence`, { ...scored.name, ...score })
      : t('worksheets.diagnosis.interviewEvidence', { count: s.interviews });
    const weight = Math.min(5, Math.max(1, Math.round(s.weight)));
    return { id: newId(), factor: s.factor, tdf: s.tdf, kind: s.kind, description, evidence, sources: [s.source], weight, mustChange: '' };
  };
  const isAdded = (entry: DiagnosisEntry) =>
    props.entries.some((e) => e.factor === entry.factor && e.kind === entry.kind && e.description.trim().toLowerCase() === entry.description.toLowerCase());

  let body;
  if (query.isPending) body = <Loader size="sm" aria-label={t('common.loading')} />;
  else if (query.isError) body = <Text size="sm">{t('worksheets.diagnosis.suggestionsUnavailable')}</Text>;
  else if (suggestions.length === 0) body = <Text size="sm">{t('worksheets.diagnosis.suggestionsNone')}</Text>;
  else {
    body = (
      <Stack gap="xs">
        {surveyTitle && <Text size="sm">{t('worksheets.diagnosis.surveyFrom', { title: surveyTitle })}</Text>}
        {COMB_FACTORS.filter((f) => suggestions.some((s) => s.factor === f)).map((factor) => (
          <div key={factor}>
            <Title order={4} size="h6">
              {factorName(factor)}
            </Title>
            <List size="sm" spacing={6} listStyleType="none" ml={0} pl={0}>
              {suggestions
                .filter((s) => s.factor === factor)
                .map((s, i) => {
                  const entry = toEntry(s);
                  const scored = wordingOf(s);
                  const shown = s.survey
                    ? t(`worksheets.diagnosis.${scored.key}Score`, { ...scored.name, mean: decimal.format(s.survey.mean), scale: s.survey.scale })
                    : `${s.text ?? ''} (${t('worksheets.diagnosis.inInterviews', { count: s.interviews })})`;
                  return (
                    <List.Item key={`${s.source}-${s.kind}-${i}`}>
                      <Group gap="xs" justify="space-between" wrap="wrap">
                        <Text size="sm" style={{ flex: '1 1 16rem' }}>
                          <Text span fw={700} size="sm">
                            {l(FINDING_KIND_LABELS[s.kind])}:{' '}
                          </Text>
                          {shown}
                        </Text>
                        {isAdded(entry) ? (
                          <Text size="sm" fs="italic">
                            {t('worksheets.diagnosis.added')}
                          </Text>
                        ) : (
                          !props.readOnly && (
                            <Button
                              variant="default"
                              size="xs"
                              styles={WRAPPING_BUTTON}
                              onClick={() => props.onAdd(entry)}
                              aria-label={t('worksheets.diagnosis.addNamed', { name: entry.description })}
                            >
                              {t('worksheets.diagnosis.add')}
                            </Button>
                          )
                        )}
                      </Group>
                    </List.Item>
                  );
                })}
            </List>
          </div>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="suggestions-title">
      <Title order={3} size="h5" id="suggestions-title" mb="xs">
        {t('worksheets.diagnosis.suggestionsTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('worksheets.diagnosis.suggestionsIntro')}
      </Text>
      {body}
    </Paper>
  );
}

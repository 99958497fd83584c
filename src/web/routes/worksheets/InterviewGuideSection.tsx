import { Anchor, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS } from '#core/comb.js';
import { generateInterviewGuide, interviewScripts, type FactorResearch } from '#core/research/interviews.js';
import type { TargetBehaviour } from '#core/worksheets/target-behaviour.js';
import { interviewGuideTemplates } from '#content/comb.js';
import { fieldError } from '../../components/fieldError.js';
import { useSector } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { useSubstep, type ProgrammeDetail } from '../../queries/programme.queries.js';
import { useCombText } from '../../lib/combText.js';
import { RemoveRowButton, WRAPPING_BUTTON } from '../../components/RemoveRowButton.js';

type Guide = FactorResearch['guide'];

/** 3.2 c: the interview guide, generated from the target behaviour and then edited. */
export function InterviewGuideSection(props: {
  programme: ProgrammeDetail;
  guide: Guide;
  onChange: (guide: Guide) => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  const templates = interviewGuideTemplates(locale, useSector());
  const { programme, guide, onChange, readOnly, error } = props;
  const target = useSubstep(programme.id, '2.3').data?.worksheet?.fields as TargetBehaviour | null | undefined;
  // The whole-verb form reads in the questions ("om … te doen"); the finite "doet wat?" of 2.3 only where it is missing.
  const suggestion = target?.infinitive?.trim() || target?.action.trim() || '';
  const behaviour = guide.behaviour.trim() || suggestion;
  const err = (path: string) => fieldError(error, `fields.guide.${path}`);
  const set = (patch: Partial<Guide>) => onChange({ ...guide, ...patch });

  const generate = () => {
    if (guide.questions.length > 0 && !window.confirm(t('worksheets.research.generateConfirm'))) return;
    onChange(generateInterviewGuide(templates, behaviour));
  };
  // A guide saved before there were scripts, or one whose scripts were cleared: fill only what is empty.
  const fillScripts = () => {
    const scripts = interviewScripts(templates, behaviour);
    set({ opening: guide.opening.trim() || scripts.opening, closing: guide.closing.trim() || scripts.closing });
  };
  const scriptsMissing = !guide.opening.trim() || !guide.closing.trim();

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="guide-title">
      <Title order={3} size="h5" id="guide-title" mb="xs">
        {t('worksheets.research.guideTitle')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('worksheets.research.guideIntro')}</Text>
        {programme.targetBehaviour && <Text size="sm">{t('worksheets.research.targetBehaviour', { summary: programme.targetBehaviour })}</Text>}
        <TextInput
          label={t('worksheets.research.behaviour')}
          description={t('worksheets.research.behaviourHint')}
          placeholder={suggestion || undefined}
          value={guide.behaviour}
          onChange={(e) => set({ behaviour: e.currentTarget.value })}
          readOnly={readOnly}
          error={err('behaviour')}
        />
        {!readOnly && (
          <Group>
            <Button
              variant="default"
              styles={WRAPPING_BUTTON}
              onClick={generate}
              disabled={!behaviour}
              aria-describedby={behaviour ? undefined : 'guide-need-behaviour'}
            >
              {t('worksheets.research.generate')}
            </Button>
            {!behaviour && (
              <Text size="sm" id="guide-need-behaviour">
                {t('worksheets.research.needBehaviour')}
              </Text>
            )}
          </Group>
        )}

        <Paper withBorder p="xs" component="fieldset">
          <Text component="legend" fw={700} size="sm">
            {t('worksheets.research.scriptsTitle')}
          </Text>
          <Stack gap="xs">
            <Text size="sm">{t('worksheets.research.scriptsIntro')}</Text>
            <Textarea
              label={t('worksheets.research.opening')}
              autosize
              minRows={3}
              value={guide.opening}
              onChange={(e) => set({ opening: e.currentTarget.value })}
              readOnly={readOnly}
              error={err('opening')}
            />
            <Textarea
              label={t('worksheets.research.closing')}
              autosize
              minRows={3}
              value={guide.closing}
              onChange={(e) => set({ closing: e.currentTarget.value })}
              readOnly={readOnly}
              error={err('closing')}
            />
            {!readOnly && scriptsMissing && (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  styles={WRAPPING_BUTTON}
                  onClick={fillScripts}
                  disabled={!behaviour}
                  aria-describedby={behaviour ? undefined : 'guide-need-behaviour'}
                >
                  {t('worksheets.research.fillScripts')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>

        <Title order={4} size="h6">
          {t('worksheets.research.questionsTitle')}
        </Title>
        {COMB_FACTORS.map((factor) => {
          const name = factorName(factor);
          const own = guide.questions.map((q, index) => ({ q, index })).filter(({ q }) => q.factor === factor);
          return (
            <Paper key={factor} withBorder p="xs" component="fieldset">
              <Text component="legend" fw={700} size="sm">
                {name}
              </Text>
              <Stack gap="xs">
                {own.length === 0 && <Text size="sm">{t('worksheets.research.noQuestions')}</Text>}
                {own.map(({ q, index }, n) => {
                  const label = t('worksheets.research.questionN', { n: n + 1, factor: name });
                  return (
                    <Group key={q.id} align="flex-end" gap="xs" wrap="nowrap">
                      <TextInput
                        label={label}
                        value={q.text}
                        onChange={(e) => set({ questions: updateRow(guide.questions, q.id, { text: e.currentTarget.value }) })}
                        readOnly={readOnly}
                        error={err(`questions.${index}.text`)}
                        style={{ flex: 1 }}
                      />
                      {!readOnly && <RemoveRowButton name={q.text || label} onRemove={() => set({ questions: removeRow(guide.questions, q.id) })} />}
                    </Group>
                  );
                })}
                {!readOnly && (
                  <Group>
                    <Button
                      variant="default"
                      size="xs"
                      styles={WRAPPING_BUTTON}
                      onClick={() => set({ questions: [...guide.questions, { id: newId(), factor, text: '' }] })}
                    >
                      {t('worksheets.research.addQuestion', { factor: name })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}

        <Paper withBorder p="xs" component="fieldset">
          <Text component="legend" fw={700} size="sm">
            {t('worksheets.research.tipsTitle')}
          </Text>
          <Stack gap="xs">
            {guide.tips.map((tip, i) => {
              const label = t('worksheets.research.tipN', { n: i + 1 });
              return (
                <Group key={tip.id} align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    label={label}
                    value={tip.text}
                    onChange={(e) => set({ tips: updateRow(guide.tips, tip.id, { text: e.currentTarget.value }) })}
                    readOnly={readOnly}
                    error={err(`tips.${i}.text`)}
                    style={{ flex: 1 }}
                  />
                  {!readOnly && <RemoveRowButton name={tip.text || label} onRemove={() => set({ tips: removeRow(guide.tips, tip.id) })} />}
                </Group>
              );
            })}
            {!readOnly && (
              <Group>
                <Button variant="default" size="xs" onClick={() => set({ tips: [...guide.tips, { id: newId(), text: '' }] })}>
                  {t('worksheets.research.addTip')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>

        <div>
          <Title order={4} size="h6">
            {t('worksheets.research.downloadTitle')}
          </Title>
          <Text size="sm" id="guide-download-hint">
            {t('worksheets.research.downloadHint')}
          </Text>
          <Group gap="md" mt={4}>
            <Anchor href={`/api/programmes/${programme.id}/interview-guide.docx`} download aria-describedby="guide-download-hint">
              {t('worksheets.research.downloadDocx')}
            </Anchor>
            <Anchor href={`/api/programmes/${programme.id}/interview-guide.pdf`} download aria-describedby="guide-download-hint">
              {t('worksheets.research.downloadPdf')}
            </Anchor>
          </Group>
        </div>
      </Stack>
    </Paper>
  );
}

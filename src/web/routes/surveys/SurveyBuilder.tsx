import { Button, Center, Checkbox, Group, List, Loader, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import i18n, { type TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inLocale } from '#core/survey/definition.js';
import type { BehaviourPhrases } from '#core/survey/phrases.js';
import type { TargetBehaviour } from '#core/worksheets/target-behaviour.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { useSector } from '../../lib/localized.js';
import { useSubstep, type ProgrammeDetail } from '../../queries/programme.queries.js';
import { useLocale } from '../../lib/combText.js';
import { BankFieldsets } from './BankFieldsets.js';
import { bankItem, departmentLines, inputOf, modelOf, newModel, setPhrase, type BuilderModel } from './builderModel.js';
import { GroupingFields } from './GroupingFields.js';
import { OwnStatements } from './OwnStatements.js';
import { useCreateSurvey, useUpdateSurvey, type Survey } from '../../queries/surveys.queries.js';

/** What the server would refuse (or what makes no sense to send), in words for the form. */
function problemsOf(model: BuilderModel, t: TFunction) {
  // Bank statements need both Dutch forms: each takes one of them.
  const bank = model.items.some((i) => bankItem(i.bankId));
  return {
    phrase: bank && !model.phrases.nl.trim() ? t('surveys.builder.phraseRequired') : undefined,
    phraseTe: bank && !model.phrases.nlTe.trim() ? t('surveys.builder.phraseTeRequired') : undefined,
    items: model.items.length === 0 ? t('surveys.builder.noItems') : undefined,
    departments: model.department.enabled && departmentLines(model.department.text).length < 2 ? t('surveys.builder.departmentsTooFew') : undefined,
  };
}

interface Props {
  programme: ProgrammeDetail;
  /** The draft to edit; null for a new survey. */
  survey: Survey | null;
  onDone: () => void;
}

/** Creates or edits a draft survey. A new one starts from the target behaviour of 2.3, when there is one. */
export function SurveyBuilder(props: Props) {
  const { t } = useTranslation();
  const target = useSubstep(props.programme.id, '2.3');
  if (!props.survey && target.isPending)
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  const fields = target.data?.worksheet?.fields as TargetBehaviour | null | undefined;
  const suggestion = { nl: fields?.infinitive?.trim() ?? '', nlTe: fields?.teInfinitive?.trim() ?? '' };
  return <BuilderForm {...props} suggestion={suggestion} />;
}

function BuilderForm({ programme, survey, onDone, suggestion }: Props & { suggestion: Pick<BehaviourPhrases, 'nl' | 'nlTe'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const create = useCreateSurvey(programme.id);
  const update = useUpdateSurvey(programme.id);
  const sector = useSector();
  const [model, setModel] = useState<BuilderModel>(() =>
    survey
      ? modelOf(survey, sector)
      : newModel(
          suggestion,
          {
            nl: i18n.getFixedT('nl')('surveys.builder.defaultIntro'),
            en: i18n.getFixedT('en')('surveys.builder.defaultIntro'),
          },
          sector,
        ),
  );
  // Checked here too, so the team hears at once; shown after the first try, and kept up to date after it.
  const [tried, setTried] = useState(false);
  const problems: Partial<ReturnType<typeof problemsOf>> = tried ? problemsOf(model, t) : {};
  const error = survey ? update.error : create.error;
  const err = (path: string) => fieldError(error, `definition.${path}`);
  const set = (patch: Partial<BuilderModel>) => setModel((m) => ({ ...m, ...patch }));
  const heading = survey ? t('surveys.builder.titleEdit') : t('surveys.builder.titleNew');
  const suggested = (key: 'nl' | 'nlTe') =>
    !survey && suggestion[key] && model.phrases[key] === suggestion[key] ? ` ${t('surveys.builder.phraseSuggested')}` : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(problemsOf(model, t)).some(Boolean)) return;
    const input = inputOf(model);
    if (survey) update.mutate({ id: survey.id, ...input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="survey-builder-title">
      <Title order={3} size="h4" id="survey-builder-title" mb="sm">
        {heading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('surveys.builder.name')}
            description={t('surveys.builder.nameHint')}
            required
            value={model.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={fieldError(error, 'title')}
          />
          <Paper withBorder p="sm" component="fieldset">
            <Title order={4} size="h5" component="legend">
              {t('surveys.builder.phraseLegend')}
            </Title>
            <Text size="sm" mb="xs">
              {t('surveys.builder.phraseIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('surveys.builder.phraseNl')}
                description={t('surveys.builder.phraseNlHint') + suggested('nl')}
                required
                value={model.phrases.nl}
                onChange={(e) => setModel(setPhrase(model, 'nl', e.currentTarget.value))}
                error={problems.phrase ?? err('behaviour')}
              />
              <TextInput
                label={t('surveys.builder.phraseNlTe')}
                description={t('surveys.builder.phraseNlTeHint') + suggested('nlTe')}
                required
                value={model.phrases.nlTe}
                onChange={(e) => setModel(setPhrase(model, 'nlTe', e.currentTarget.value))}
                error={problems.phraseTe ?? err('behaviourTe')}
              />
              <TextInput
                label={t('surveys.builder.phraseEn')}
                description={t('surveys.builder.phraseEnHint')}
                value={model.phrases.en}
                onChange={(e) => setModel(setPhrase(model, 'en', e.currentTarget.value))}
                error={err('behaviourEn')}
              />
            </SimpleGrid>
          </Paper>
          <Radio.Group
            label={t('surveys.builder.scale')}
            description={t('surveys.builder.scaleHint')}
            value={String(model.scale)}
            onChange={(v) => set({ scale: v === '7' ? 7 : 5 })}
            error={err('scale')}
          >
            <Group mt="xs">
              <Radio value="5" label={t('surveys.builder.scale5')} />
              <Radio value="7" label={t('surveys.builder.scale7')} />
            </Group>
          </Radio.Group>
          <BankFieldsets model={model} onChange={(items) => set({ items })} err={(p) => (p === 'items' ? (problems.items ?? err(p)) : err(p))} />
          <OwnStatements model={model} onChange={(items) => set({ items })} err={err} />
          <GroupingFields model={model} onChange={set} err={err} departmentsProblem={problems.departments} />
          <Paper withBorder p="sm" component="fieldset">
            <Title order={4} size="h5" component="legend">
              {t('surveys.builder.introTitle')}
            </Title>
            <Text size="sm" mb="xs">
              {t('surveys.builder.introHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t('surveys.builder.introNl')}
                autosize
                minRows={3}
                value={model.intro.nl}
                onChange={(e) => set({ intro: { ...model.intro, nl: e.currentTarget.value } })}
                error={err('intro.nl')}
              />
              <Textarea
                label={t('surveys.builder.introEn')}
                autosize
                minRows={3}
                value={model.intro.en}
                onChange={(e) => set({ intro: { ...model.intro, en: e.currentTarget.value } })}
                error={err('intro.en')}
              />
            </SimpleGrid>
          </Paper>
          <Checkbox
            label={t('surveys.builder.linkEnabled')}
            description={t('surveys.builder.linkEnabledHint')}
            checked={model.linkEnabled}
            onChange={(e) => set({ linkEnabled: e.currentTarget.checked })}
          />
          <section aria-labelledby="survey-preview-title">
            <Title order={4} size="h5" id="survey-preview-title" mb="xs">
              {t('surveys.builder.previewTitle')}
            </Title>
            {model.items.length === 0 ? (
              <Text size="sm">{t('surveys.builder.previewEmpty')}</Text>
            ) : (
              <List type="ordered" size="sm" spacing={4}>
                {model.items.map((item) => (
                  <List.Item key={item.id}>{inLocale(item.text, locale) || '…'}</List.Item>
                ))}
              </List>
            )}
          </section>
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('surveys.builder.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('surveys.builder.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFERED_SCENARIOS } from '#content/knowledge-scenarios.js';
import { SCENARIO_KINDS, type ScenarioKind } from '#core/knowledge/definition.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useLocalized } from '../../lib/localized.js';
import { useProgrammes } from '../../queries/programmes.queries.js';
import { useCreateCheck, useUpdateCheck, type CheckInput, type KnowledgeCheck } from '../../queries/knowledge.queries.js';

const isOffered = (key: string) => OFFERED_SCENARIOS.some((s) => s.key === key);

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Creates or edits a draft check: a title, an optional programme, scenarios from the set, optional departments. */
export function CheckBuilder({ check, onDone }: { check: KnowledgeCheck | null; onDone: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const programmes = useProgrammes();
  const create = useCreateCheck();
  const update = useUpdateCheck();
  const [title, setTitle] = useState(check?.title ?? '');
  const [programmeId, setProgrammeId] = useState(check?.programmeId ?? '');
  // A draft from before a scenario was withdrawn may hold it; it is not offered, so saving drops it.
  const drafted = check?.definition.scenarios ?? [];
  const withdrawn = drafted.filter((key) => !isOffered(key)).length;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(drafted.filter(isOffered)));
  const [departments, setDepartments] = useState(() => check?.definition.departments.map((d) => d.name).join('\n') ?? '');
  const [kind, setKind] = useState<ScenarioKind | ''>('');
  const [tried, setTried] = useState(false);
  const error = check ? update.error : create.error;

  const shown = OFFERED_SCENARIOS.filter((s) => kind === '' || s.kind === kind);
  const problems = {
    scenarios: chosen.size === 0 ? t('knowledge.builder.noScenarios') : undefined,
    departments: lines(departments).length === 1 ? t('knowledge.builder.departmentsTooFew') : undefined,
  };
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.scenarios || problems.departments) return;
    const input: CheckInput = {
      title,
      programmeId: programmeId || null,
      definition: {
        // In the order of the set, so related situations stay together.
        scenarios: OFFERED_SCENARIOS.filter((s) => chosen.has(s.key)).map((s) => s.key),
        departments: lines(departments).map((name, i) => ({ id: `d${i + 1}`, name })),
      },
    };
    if (check) update.mutate({ id: check.id, ...input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  };

  const programmeOptions = [
    { value: '', label: t('knowledge.noProgramme') },
    ...(programmes.data ?? []).filter((p) => p.status === 'active' || p.id === check?.programmeId).map((p) => ({ value: p.id, label: p.title })),
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-builder-title">
      <Title order={2} size="h4" id="check-builder-title" mb="sm">
        {check ? t('knowledge.builder.titleEdit') : t('knowledge.builder.titleNew')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PatientDataWarning id="check-warning" />
          <TextInput
            label={t('knowledge.builder.name')}
            description={t('knowledge.builder.nameHint')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(error, 'title')}
          />
          <NativeSelect
            label={t('knowledge.builder.programme')}
            description={t('knowledge.builder.programmeHint')}
            value={programmeId}
            onChange={(e) => setProgrammeId(e.currentTarget.value)}
            data={programmeOptions}
            error={fieldError(error, 'programmeId')}
            style={{ maxWidth: 480 }}
          />
          <Paper withBorder p="sm" component="fieldset" aria-describedby="check-scenarios-count">
            <Title order={3} size="h5" component="legend">
              {t('knowledge.builder.scenariosLegend')}
            </Title>
            <Stack gap="sm">
              <Text size="sm">{t('knowledge.builder.scenariosIntro')}</Text>
              {withdrawn > 0 && <Text size="sm">{t('knowledge.builder.withdrawn', { count: withdrawn })}</Text>}
              <Group align="flex-end" gap="sm">
                <NativeSelect
                  label={t('knowledge.builder.filter')}
                  value={kind}
                  onChange={(e) => setKind(e.currentTarget.value as ScenarioKind | '')}
                  data={[
                    { value: '', label: t('knowledge.builder.filterAll') },
                    ...SCENARIO_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) })),
                  ]}
                />
                <Button variant="default" onClick={() => setChosen((c) => new Set([...c, ...shown.map((s) => s.key)]))}>
                  {t('knowledge.builder.selectShown')}
                </Button>
                <Button variant="subtle" onClick={() => setChosen(new Set())}>
                  {t('knowledge.builder.clear')}
                </Button>
              </Group>
              <Text id="check-scenarios-count" fw={700} size="sm" aria-live="polite">
                {t('knowledge.builder.chosen', { count: chosen.size })}
              </Text>
              {tried && (problems.scenarios ?? fieldError(error, 'definition.scenarios')) && (
                <Text c="#c92a2a" size="sm" fw={600} role="alert">
                  {problems.scenarios ?? fieldError(error, 'definition.scenarios')}
                </Text>
              )}
              {shown.map((s) => (
                <Checkbox
                  key={s.key}
                  checked={chosen.has(s.key)}
                  onChange={(e) => toggle(s.key, e.currentTarget.checked)}
                  label={local(s.situation)}
                  description={t('knowledge.builder.scenarioMeta', { kind: t(`knowledge.kinds.${s.kind}`), setting: t(`knowledge.settings.${s.setting}`) })}
                />
              ))}
            </Stack>
          </Paper>
          <Textarea
            label={t('knowledge.builder.departments')}
            description={t('knowledge.builder.departmentsHint')}
            autosize
            minRows={3}
            value={departments}
            onChange={(e) => setDepartments(e.currentTarget.value)}
            error={(tried && problems.departments) || fieldError(error, 'definition.departments')}
            style={{ maxWidth: 480 }}
          />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('knowledge.builder.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('knowledge.builder.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

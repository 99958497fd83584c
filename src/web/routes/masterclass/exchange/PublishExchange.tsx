import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import { INTERVENTION_FUNCTIONS, type InterventionFunction } from '#core/interventions/functions.js';
import { TARGET_BEHAVIOURS, type Effort, type TargetBehaviourTag } from '#core/interventions/library.js';
import { SECTORS, type Sector } from '#core/sector.js';
import { EffortChoice } from '#web/components/EffortChoice.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { fieldError, listFieldError } from '#web/components/fieldError.js';
import { PatientDataWarning } from '#web/components/PatientDataWarning.js';
import { useCombText } from '#web/lib/combText.js';
import { useInterventionText } from '#web/lib/interventionText.js';
import { useSector } from '#web/lib/localized.js';
import { decimalSeparator } from '#web/lib/measurement-format.js';
import { Section } from '#web/components/Section.js';
import { usePublishExchange, type ExchangeInput } from '#web/queries/masterclass-exchange.queries.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';

/** The form as typed: a choice not made yet is '', a number not typed null; the server names what is missing. */
interface Draft {
  title: string;
  setting: Sector;
  targetBehaviour: TargetBehaviourTag | '';
  behaviour: string;
  barrier: CombFactor | '';
  whatWeDid: string;
  functions: InterventionFunction[];
  effort: Effort | '';
  measured: boolean;
  measure: string;
  before: number | null;
  after: number | null;
  unit: string;
}

const empty = (setting: Sector): Draft => ({
  title: '',
  setting,
  targetBehaviour: '',
  behaviour: '',
  barrier: '',
  whatWeDid: '',
  functions: [],
  effort: '',
  measured: false,
  measure: '',
  before: null,
  after: null,
  unit: '',
});

/**
 * What is sent: a choice or number left open is left out, so the server answers "required" next to
 * that field (its ExchangeInput is the one check); no measured effect is null.
 */
const inputOf = (d: Draft) =>
  ({
    title: d.title,
    setting: d.setting,
    targetBehaviour: d.targetBehaviour || undefined,
    behaviour: d.behaviour,
    barrier: d.barrier || undefined,
    whatWeDid: d.whatWeDid,
    functions: d.functions,
    effort: d.effort || undefined,
    effect: d.measured ? { measure: d.measure, before: d.before ?? undefined, after: d.after ?? undefined, unit: d.unit } : null,
  }) as ExchangeInput;

/**
 * The duo shares an intervention with the whole masterclass: its context (sector, target behaviour,
 * the barrier, what they did, the effort) and, when measured, its effect as their own 0- and 1-meting.
 * Says plainly that publishing shows it to everyone in the masterclass at once.
 */
export function PublishExchange({ cohort, canPublish }: { cohort: CohortDetail; canPublish: boolean }) {
  const { t } = useTranslation();
  const sector = useSector();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const everyone = (
    <Alert color="blue" variant="light" p="sm" maw={820}>
      {t('mcExchange.publish.everyone')}
    </Alert>
  );
  return (
    <Section id="exchange-publish" title={t('mcExchange.publish.title')}>
      {!canPublish ? (
        <Text size="sm">{t('mcExchange.publish.closed')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" maw={820}>
            {t('mcExchange.publish.intro')}
          </Text>
          <div role="status">{done && <Alert color="green">{t('mcExchange.publish.done')}</Alert>}</div>
          {open ? (
            <PublishForm
              cohortId={cohort.id}
              sector={sector}
              everyone={everyone}
              onDone={(published) => {
                setOpen(false);
                setDone(published);
              }}
            />
          ) : (
            <>
              {everyone}
              <Group>
                <Button
                  onClick={() => {
                    setDone(false);
                    setOpen(true);
                  }}
                >
                  {t('mcExchange.publish.open')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Section>
  );
}

function PublishForm({ cohortId, sector, everyone, onDone }: { cohortId: string; sector: Sector; everyone: ReactNode; onDone: (published: boolean) => void }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const { fnName, behaviour, locale } = useInterventionText();
  const publish = usePublishExchange(cohortId);
  const error = publish.error;
  const [draft, setDraft] = useState(() => empty(sector));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((old) => ({ ...old, [key]: value }));
  const number = (v: number | string) => (typeof v === 'number' ? v : null);
  const choose = { value: '', label: t('mcExchange.publish.choose') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    publish.mutate(inputOf(draft), { onSuccess: () => onDone(true) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="exchange-publish">
      <Stack gap="sm" maw={720}>
        <TextInput
          label={t('mcExchange.publish.name')}
          description={t('mcExchange.publish.nameHint')}
          required
          autoFocus
          value={draft.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError(error, 'title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('mcExchange.publish.setting')}
            description={t('mcExchange.publish.settingHint')}
            required
            value={draft.setting}
            onChange={(e) => set('setting', e.currentTarget.value as Sector)}
            data={SECTORS.map((s) => ({ value: s, label: t(`common.sector.options.${s}`) }))}
            error={fieldError(error, 'setting')}
          />
          <NativeSelect
            label={t('mcExchange.publish.targetBehaviour')}
            required
            value={draft.targetBehaviour}
            onChange={(e) => set('targetBehaviour', e.currentTarget.value as TargetBehaviourTag | '')}
            data={[choose, ...TARGET_BEHAVIOURS.map((b) => ({ value: b, label: behaviour(b) }))]}
            error={fieldError(error, 'targetBehaviour')}
          />
        </SimpleGrid>
        <TextInput
          label={t('mcExchange.publish.behaviour')}
          description={t('mcExchange.publish.behaviourHint')}
          required
          value={draft.behaviour}
          onChange={(e) => set('behaviour', e.currentTarget.value)}
          error={fieldError(error, 'behaviour')}
        />
        <NativeSelect
          label={t('mcExchange.publish.barrier')}
          description={t('mcExchange.publish.barrierHint')}
          required
          value={draft.barrier}
          onChange={(e) => set('barrier', e.currentTarget.value as CombFactor | '')}
          data={[choose, ...COMB_FACTORS.map((f) => ({ value: f, label: factorName(f) }))]}
          error={fieldError(error, 'barrier')}
        />
        <div>
          <PatientDataWarning />
          <Textarea
            label={t('mcExchange.publish.whatWeDid')}
            description={t('mcExchange.publish.whatWeDidHint')}
            required
            autosize
            minRows={3}
            value={draft.whatWeDid}
            onChange={(e) => set('whatWeDid', e.currentTarget.value)}
            error={fieldError(error, 'whatWeDid')}
          />
        </div>
        <Checkbox.Group
          label={t('mcExchange.publish.functions')}
          withAsterisk
          value={draft.functions}
          onChange={(v) => set('functions', v as InterventionFunction[])}
          error={listFieldError(error, 'functions')}
        >
          <Group gap="sm" mt={4}>
            {INTERVENTION_FUNCTIONS.map((f) => (
              <Checkbox key={f} value={f} label={fnName(f)} />
            ))}
          </Group>
        </Checkbox.Group>
        <EffortChoice label={t('mcExchange.publish.effort')} value={draft.effort} onChange={(v) => set('effort', v)} error={fieldError(error, 'effort')} />
        <Fieldset legend={t('mcExchange.publish.effect')}>
          <Stack gap="sm">
            <Text size="sm">{t('mcExchange.publish.effectHint')}</Text>
            <Checkbox label={t('mcExchange.publish.measured')} checked={draft.measured} onChange={(e) => set('measured', e.currentTarget.checked)} />
            {fieldError(error, 'effect') && (
              <Text size="sm" c="red.8">
                {fieldError(error, 'effect')}
              </Text>
            )}
            {draft.measured && (
              <>
                <TextInput
                  label={t('mcExchange.publish.measure')}
                  description={t('mcExchange.publish.measureHint')}
                  required
                  value={draft.measure}
                  onChange={(e) => set('measure', e.currentTarget.value)}
                  error={fieldError(error, 'effect.measure')}
                />
                <SimpleGrid cols={{ base: 1, xs: 3 }}>
                  <NumberInput
                    label={t('mcExchange.publish.before')}
                    required
                    hideControls
                    decimalSeparator={decimalSeparator(locale)}
                    value={draft.before ?? ''}
                    onChange={(v) => set('before', number(v))}
                    error={fieldError(error, 'effect.before')}
                  />
                  <NumberInput
                    label={t('mcExchange.publish.after')}
                    required
                    hideControls
                    decimalSeparator={decimalSeparator(locale)}
                    value={draft.after ?? ''}
                    onChange={(v) => set('after', number(v))}
                    error={fieldError(error, 'effect.after')}
                  />
                  <TextInput
                    label={t('mcExchange.publish.unit')}
                    description={t('mcExchange.publish.unitHint')}
                    value={draft.unit}
                    onChange={(e) => set('unit', e.currentTarget.value)}
                    error={fieldError(error, 'effect.unit')}
                  />
                </SimpleGrid>
              </>
            )}
          </Stack>
        </Fieldset>
        {everyone}
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={publish.isPending}>
            {t('mcExchange.publish.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('mcExchange.publish.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

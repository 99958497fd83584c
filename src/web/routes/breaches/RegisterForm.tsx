import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_LOSS_LABELS,
  BREACH_NATURE_LABELS,
  CONSEQUENCE_SEVERITY_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_CONSEQUENCE_LABELS,
  EASE_OF_IDENTIFICATION_LABELS,
  INCIDENT_KIND_LABELS,
  INFORM_MEANS_LABELS,
  OTHER_SUPERVISOR_LABELS,
  PEOPLE_CONSEQUENCE_LABELS,
  PROTECTION_LABELS,
  RECIPIENTS_LABELS,
  SPECIAL_CATEGORY_LABELS,
  SUBJECT_GROUP_LABELS,
} from '../../../content/breach.js';
import {
  AVAILABILITY_LOSSES,
  BREACH_NATURES,
  CONSEQUENCE_SEVERITIES,
  DATA_CATEGORIES,
  DATA_CONSEQUENCES,
  EASE_OF_IDENTIFICATION,
  INFORM_MEANS,
  OTHER_SUPERVISORS,
  PEOPLE_CONSEQUENCES,
  PROTECTIONS,
  RECIPIENTS,
  SPECIAL_CATEGORIES,
  SUBJECT_GROUPS,
  type BreachRegister,
} from '../../../core/breach/register.js';
import { INCIDENT_KINDS } from '../../../core/breach/report.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { fromWallClockInput, toWallClockInput } from './format.js';
import { useSaveRegister, type BreachDetail } from './queries.js';
import { ChoiceGroup, CountInput, FreeText, OneOf, YesNo } from './RegisterFields.js';

const NATURE_NAMES = Object.fromEntries(BREACH_NATURES.map((n) => [n, BREACH_NATURE_LABELS[n].name])) as Record<(typeof BREACH_NATURES)[number], { nl: string; en: string }>;

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The officer's facts for the register (art. 33(5)) and the AP form: kept as one document, saved in
 * one go. Starts from what the report says until the officer saves.
 */
export function RegisterForm({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const warningId = useId();
  const save = useSaveRegister(detail.breach.id);
  const [value, setValue] = useState<BreachRegister>(detail.register);
  const set = <K extends keyof BreachRegister>(key: K) => (v: BreachRegister[K]) => setValue((old) => ({ ...old, [key]: v }));
  const label = (field: string) => t(`breaches.register.fields.${field}`);
  const error = (field: string) => fieldError(save.error, field);
  const editable = detail.permissions.handle && detail.breach.status !== 'closed';
  const moment = (field: 'startedAt' | 'endedAt') => (
    <TextInput
      type="datetime-local"
      label={label(field)}
      description={t('breaches.timeZoneHint')}
      value={value[field] ? toWallClockInput(value[field]!) : ''}
      onChange={(e) => set(field)(fromWallClockInput(e.currentTarget.value) ?? null)}
      error={error(field)}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(value);
  };

  return (
    <Section id="breach-register" title={t('breaches.register.title')}>
      <Text size="sm" mb="sm">
        {detail.registerRecorded ? t('breaches.register.recorded') : t('breaches.register.derived')}
      </Text>
      <form onSubmit={submit} noValidate aria-label={t('breaches.register.title')}>
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="lg">
            <PatientDataWarning id={warningId} />
            <Part title={t('breaches.register.parts.breach')}>
              <ChoiceGroup label={label('classification')} keys={BREACH_NATURES} labels={NATURE_NAMES} value={value.classification} onChange={set('classification')} error={error('classification')} />
              {value.classification.includes('availability') && (
                <OneOf label={label('availabilityLoss')} keys={AVAILABILITY_LOSSES} labels={AVAILABILITY_LOSS_LABELS} value={value.availabilityLoss} onChange={set('availabilityLoss')} error={error('availabilityLoss')} />
              )}
              <OneOf label={label('incidentKind')} keys={INCIDENT_KINDS} labels={INCIDENT_KIND_LABELS} value={value.incidentKind} onChange={set('incidentKind')} error={error('incidentKind')} />
              <FreeText label={label('summary')} value={value.summary} onChange={set('summary')} warningId={warningId} error={error('summary')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {moment('startedAt')}
                {moment('endedAt')}
              </SimpleGrid>
              <FreeText label={label('discoveredHow')} value={value.discoveredHow} onChange={set('discoveredHow')} warningId={warningId} error={error('discoveredHow')} />
            </Part>
            <Part title={t('breaches.register.parts.data')}>
              <ChoiceGroup label={label('dataCategories')} keys={DATA_CATEGORIES} labels={DATA_CATEGORY_LABELS} value={value.dataCategories} onChange={set('dataCategories')} error={error('dataCategories')} />
              <ChoiceGroup
                label={label('specialCategories')}
                description={t('breaches.register.specialHint')}
                keys={SPECIAL_CATEGORIES}
                labels={SPECIAL_CATEGORY_LABELS}
                value={value.specialCategories}
                onChange={set('specialCategories')}
                error={error('specialCategories')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CountInput label={label('records')} value={value.records} onChange={set('records')} error={error('records')} />
                <FreeText line label={label('recordsExplanation')} value={value.recordsExplanation} onChange={set('recordsExplanation')} warningId={warningId} error={error('recordsExplanation')} />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.people')}>
              <ChoiceGroup
                label={label('subjectGroups')}
                description={t('breaches.register.vulnerableHint')}
                keys={SUBJECT_GROUPS}
                labels={SUBJECT_GROUP_LABELS}
                value={value.subjectGroups}
                onChange={set('subjectGroups')}
                error={error('subjectGroups')}
              />
              <FreeText label={label('subjectDescription')} value={value.subjectDescription} onChange={set('subjectDescription')} warningId={warningId} error={error('subjectDescription')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CountInput label={label('peopleMin')} value={value.people?.min ?? null} onChange={(min) => set('people')(min === null ? null : { min, max: value.people?.max ?? null })} error={error('people.min') ?? error('people')} />
                <CountInput label={label('peopleMax')} value={value.people?.max ?? null} onChange={(max) => set('people')({ min: value.people?.min ?? 0, max })} error={error('people.max')} />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.protection')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OneOf label={label('protection')} keys={PROTECTIONS} labels={PROTECTION_LABELS} value={value.protection} onChange={set('protection')} error={error('protection')} />
                <YesNo label={label('keyCompromised')} value={value.keyCompromised} onChange={set('keyCompromised')} error={error('keyCompromised')} />
              </SimpleGrid>
              <FreeText line label={label('protectionTechnique')} value={value.protectionTechnique} onChange={set('protectionTechnique')} warningId={warningId} error={error('protectionTechnique')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OneOf label={label('recipients')} keys={RECIPIENTS} labels={RECIPIENTS_LABELS} value={value.recipients} onChange={set('recipients')} error={error('recipients')} />
                <YesNo label={label('recipientTrusted')} value={value.recipientTrusted} onChange={set('recipientTrusted')} error={error('recipientTrusted')} />
                <YesNo label={label('dataRecovered')} value={value.dataRecovered} onChange={set('dataRecovered')} error={error('dataRecovered')} />
                <YesNo label={label('malicious')} value={value.malicious} onChange={set('malicious')} error={error('malicious')} />
              </SimpleGrid>
              <FreeText label={label('cause')} value={value.cause} onChange={set('cause')} warningId={warningId} error={error('cause')} />
            </Part>
            <Part title={t('breaches.register.parts.consequences')}>
              <ChoiceGroup label={label('dataConsequences')} keys={DATA_CONSEQUENCES} labels={DATA_CONSEQUENCE_LABELS} value={value.dataConsequences} onChange={set('dataConsequences')} error={error('dataConsequences')} />
              <ChoiceGroup label={label('peopleConsequences')} keys={PEOPLE_CONSEQUENCES} labels={PEOPLE_CONSEQUENCE_LABELS} value={value.peopleConsequences} onChange={set('peopleConsequences')} error={error('peopleConsequences')} />
              <OneOf label={label('consequenceSeverity')} keys={CONSEQUENCE_SEVERITIES} labels={CONSEQUENCE_SEVERITY_LABELS} value={value.consequenceSeverity} onChange={set('consequenceSeverity')} error={error('consequenceSeverity')} />
              <FreeText label={label('consequencesDescription')} value={value.consequencesDescription} onChange={set('consequencesDescription')} warningId={warningId} error={error('consequencesDescription')} />
            </Part>
            <Part title={t('breaches.register.parts.measures')}>
              <FreeText label={label('measuresTaken')} value={value.measuresTaken} onChange={set('measuresTaken')} warningId={warningId} error={error('measuresTaken')} />
              <FreeText label={label('measuresPlanned')} value={value.measuresPlanned} onChange={set('measuresPlanned')} warningId={warningId} error={error('measuresPlanned')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <YesNo label={label('highRiskRemoved')} value={value.highRiskRemoved} onChange={set('highRiskRemoved')} error={error('highRiskRemoved')} />
                <YesNo label={label('informingDisproportionate')} value={value.informingDisproportionate} onChange={set('informingDisproportionate')} error={error('informingDisproportionate')} />
                <CountInput label={label('subjectsInformedCount')} value={value.subjectsInformedCount} onChange={set('subjectsInformedCount')} error={error('subjectsInformedCount')} />
              </SimpleGrid>
              <ChoiceGroup label={label('informMeans')} keys={INFORM_MEANS} labels={INFORM_MEANS_LABELS} value={value.informMeans} onChange={set('informMeans')} error={error('informMeans')} />
              <FreeText label={label('notInformedReason')} value={value.notInformedReason} onChange={set('notInformedReason')} warningId={warningId} error={error('notInformedReason')} />
            </Part>
            <Part title={t('breaches.register.parts.context')}>
              <ChoiceGroup label={label('otherSupervisors')} keys={OTHER_SUPERVISORS} labels={OTHER_SUPERVISOR_LABELS} value={value.otherSupervisors} onChange={set('otherSupervisors')} error={error('otherSupervisors')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <YesNo label={label('crossBorder')} value={value.crossBorder} onChange={set('crossBorder')} error={error('crossBorder')} />
                <FreeText line label={label('otherOrganisations')} value={value.otherOrganisations} onChange={set('otherOrganisations')} warningId={warningId} error={error('otherOrganisations')} />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.enisa')}>
              <Text size="sm">{t('breaches.register.enisaHint')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={label('enisaDpc')}
                  value={value.enisa.dpc === null ? '' : String(value.enisa.dpc)}
                  onChange={(e) => set('enisa')({ ...value.enisa, dpc: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
                  data={[{ value: '', label: t('breaches.register.derivedValue') }, ...['1', '2', '3', '4']]}
                  error={error('enisa.dpc')}
                />
                <OneOf
                  label={label('enisaEase')}
                  keys={EASE_OF_IDENTIFICATION}
                  labels={EASE_OF_IDENTIFICATION_LABELS}
                  emptyLabel={t('breaches.register.derivedValue')}
                  value={value.enisa.easeOfIdentification}
                  onChange={(easeOfIdentification) => set('enisa')({ ...value.enisa, easeOfIdentification })}
                  error={error('enisa.easeOfIdentification')}
                />
              </SimpleGrid>
            </Part>
            <ErrorAlert error={save.error} />
            {editable && (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('breaches.register.save')}
                </Button>
                {save.isSuccess && !save.isPending && (
                  <Text size="sm" role="status">
                    {t('breaches.register.saved')}
                  </Text>
                )}
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </Section>
  );
}

import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_LOSS_LABELS,
  BREACH_NATURE_LABELS,
  CONSEQUENCE_SEVERITY_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_CONSEQUENCE_LABELS,
  INCIDENT_KIND_LABELS,
  INFORM_MEANS_LABELS,
  OTHER_SUPERVISOR_LABELS,
  PEOPLE_CONSEQUENCE_LABELS,
  PROTECTION_LABELS,
  RECIPIENTS_LABELS,
  SPECIAL_CATEGORY_LABELS,
  SUBJECT_GROUP_LABELS,
} from '#content/breach.js';
import { BACKUP_STATE_LABELS, CREDENTIAL_SYSTEM_LABELS, EASE_OF_IDENTIFICATION_LABELS, RECIPIENT_INTENT_LABELS } from '#content/breach-advice.js';
import {
  AVAILABILITY_LOSSES,
  BACKUP_STATES,
  BREACH_NATURES,
  CREDENTIAL_SYSTEMS,
  RECIPIENT_INTENTS,
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
} from '#core/breach/register.js';
import { INCIDENT_KINDS } from '#core/breach/report.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { ApFormFields } from './ApFormFields.js';
import { CareDutyFields } from './CareDutyFields.js';
import { useFieldLabel } from './format.js';
import { useSaveRegister, type BreachDetail } from '../../queries/breaches.queries.js';
import { ChoiceGroup, CountInput, FreeText, MomentInput, OneOf, registerFieldId, YesNo } from './RegisterFields.js';

/** Inputs that stand for a register field under another name. */
const FIELD_OF: Record<string, string> = { peopleMin: 'people', peopleMax: 'peopleMax', enisaDpc: 'enisa', enisaEase: 'enisaEase', enisaReason: 'enisaReason' };

const NATURE_NAMES = Object.fromEntries(BREACH_NATURES.map((n) => [n, BREACH_NATURE_LABELS[n].name])) as Record<
  (typeof BREACH_NATURES)[number],
  { nl: string; en: string }
>;

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
  const set =
    <K extends keyof BreachRegister>(key: K) =>
    (v: BreachRegister[K]) =>
      setValue((old) => ({ ...old, [key]: v }));
  const label = useFieldLabel();
  /** Label and id; the id lets the proposal's reasons link to the field (inputs for one fact share its id's prefix). */
  const named = (field: string) => ({ id: registerFieldId(FIELD_OF[field] ?? field), label: label(field) });
  const error = (field: string) => fieldError(save.error, field);
  const editable = detail.permissions.handle && detail.breach.status !== 'closed';
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
              <YesNo
                {...named('personalDataInvolved')}
                description={t('breaches.register.personalDataHint')}
                value={value.personalDataInvolved}
                onChange={set('personalDataInvolved')}
                error={error('personalDataInvolved')}
              />
              <ChoiceGroup
                {...named('classification')}
                keys={BREACH_NATURES}
                labels={NATURE_NAMES}
                value={value.classification}
                onChange={set('classification')}
                error={error('classification')}
              />
              {value.classification.includes('availability') && (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <OneOf
                    {...named('availabilityLoss')}
                    keys={AVAILABILITY_LOSSES}
                    labels={AVAILABILITY_LOSS_LABELS}
                    value={value.availabilityLoss}
                    onChange={set('availabilityLoss')}
                    error={error('availabilityLoss')}
                  />
                  <OneOf
                    {...named('backup')}
                    keys={BACKUP_STATES}
                    labels={BACKUP_STATE_LABELS}
                    value={value.backup}
                    onChange={set('backup')}
                    error={error('backup')}
                  />
                  <CountInput
                    {...named('unavailableHours')}
                    value={value.unavailableHours}
                    onChange={set('unavailableHours')}
                    error={error('unavailableHours')}
                  />
                </SimpleGrid>
              )}
              {value.classification.includes('availability') && (
                <YesNo
                  {...named('careHeldUp')}
                  description={t('breaches.register.careHeldUpHint')}
                  value={value.careHeldUp}
                  onChange={set('careHeldUp')}
                  error={error('careHeldUp')}
                />
              )}
              {value.classification.includes('integrity') && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <YesNo
                    {...named('integrityCorrectedBeforeUse')}
                    value={value.integrityCorrectedBeforeUse}
                    onChange={set('integrityCorrectedBeforeUse')}
                    error={error('integrityCorrectedBeforeUse')}
                  />
                  <YesNo
                    {...named('integrityCorrected')}
                    value={value.integrityCorrected}
                    onChange={set('integrityCorrected')}
                    error={error('integrityCorrected')}
                  />
                </SimpleGrid>
              )}
              {value.classification.length > 0 && !value.classification.includes('confidentiality') && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <YesNo
                    {...named('confidentialityExcluded')}
                    description={t('breaches.register.confidentialityExcludedHint')}
                    value={value.confidentialityExcluded}
                    onChange={set('confidentialityExcluded')}
                    error={error('confidentialityExcluded')}
                  />
                  {value.confidentialityExcluded === true && (
                    <FreeText
                      {...named('confidentialityExcludedBasis')}
                      value={value.confidentialityExcludedBasis}
                      onChange={set('confidentialityExcludedBasis')}
                      warningId={warningId}
                      error={error('confidentialityExcludedBasis')}
                    />
                  )}
                </SimpleGrid>
              )}
              <OneOf
                {...named('incidentKind')}
                keys={INCIDENT_KINDS}
                labels={INCIDENT_KIND_LABELS}
                value={value.incidentKind}
                onChange={set('incidentKind')}
                error={error('incidentKind')}
              />
              <FreeText {...named('summary')} value={value.summary} onChange={set('summary')} warningId={warningId} error={error('summary')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MomentInput {...named('startedAt')} value={value.startedAt} onChange={set('startedAt')} error={error('startedAt')} />
                <MomentInput {...named('endedAt')} value={value.endedAt} onChange={set('endedAt')} error={error('endedAt')} />
              </SimpleGrid>
              <FreeText
                {...named('discoveredHow')}
                value={value.discoveredHow}
                onChange={set('discoveredHow')}
                warningId={warningId}
                error={error('discoveredHow')}
              />
            </Part>
            <Part title={t('breaches.register.parts.data')}>
              <ChoiceGroup
                {...named('dataCategories')}
                keys={DATA_CATEGORIES}
                labels={DATA_CATEGORY_LABELS}
                value={value.dataCategories}
                onChange={set('dataCategories')}
                error={error('dataCategories')}
              />
              {value.dataCategories.includes('credentials') && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <OneOf
                    {...named('credentialsSystem')}
                    description={t('breaches.register.credentialsSystemHint')}
                    keys={CREDENTIAL_SYSTEMS}
                    labels={CREDENTIAL_SYSTEM_LABELS}
                    value={value.credentialsSystem}
                    onChange={set('credentialsSystem')}
                    error={error('credentialsSystem')}
                  />
                  <YesNo
                    {...named('credentialsUsed')}
                    description={t('breaches.register.credentialsUsedHint')}
                    value={value.credentialsUsed}
                    onChange={set('credentialsUsed')}
                    error={error('credentialsUsed')}
                  />
                </SimpleGrid>
              )}
              <ChoiceGroup
                {...named('specialCategories')}
                description={t('breaches.register.specialHint')}
                keys={SPECIAL_CATEGORIES}
                labels={SPECIAL_CATEGORY_LABELS}
                value={value.specialCategories}
                onChange={set('specialCategories')}
                error={error('specialCategories')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CountInput {...named('records')} value={value.records} onChange={set('records')} error={error('records')} />
                <FreeText
                  line
                  {...named('recordsExplanation')}
                  value={value.recordsExplanation}
                  onChange={set('recordsExplanation')}
                  warningId={warningId}
                  error={error('recordsExplanation')}
                />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.people')}>
              <ChoiceGroup
                {...named('subjectGroups')}
                description={t('breaches.register.vulnerableHint')}
                keys={SUBJECT_GROUPS}
                labels={SUBJECT_GROUP_LABELS}
                value={value.subjectGroups}
                onChange={set('subjectGroups')}
                error={error('subjectGroups')}
              />
              <YesNo
                {...named('revealsCareRelationship')}
                description={t('breaches.register.careRelationshipHint')}
                value={value.revealsCareRelationship}
                onChange={set('revealsCareRelationship')}
                error={error('revealsCareRelationship')}
              />
              <FreeText
                {...named('subjectDescription')}
                value={value.subjectDescription}
                onChange={set('subjectDescription')}
                warningId={warningId}
                error={error('subjectDescription')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CountInput
                  {...named('peopleMin')}
                  value={value.people?.min ?? null}
                  onChange={(min) => set('people')(min === null ? null : { min, max: value.people?.max ?? null })}
                  error={error('people.min') ?? error('people')}
                />
                <CountInput
                  {...named('peopleMax')}
                  value={value.people?.max ?? null}
                  onChange={(max) => set('people')({ min: value.people?.min ?? 0, max })}
                  error={error('people.max')}
                />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.protection')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OneOf
                  {...named('protection')}
                  keys={PROTECTIONS}
                  labels={PROTECTION_LABELS}
                  value={value.protection}
                  onChange={set('protection')}
                  error={error('protection')}
                />
                <YesNo {...named('keyCompromised')} value={value.keyCompromised} onChange={set('keyCompromised')} error={error('keyCompromised')} />
              </SimpleGrid>
              {value.protection !== null && value.protection !== 'none' && value.protection !== 'unknown' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <YesNo
                    {...named('protectionStateOfTheArt')}
                    description={t('breaches.register.stateOfTheArtHint')}
                    value={value.protectionStateOfTheArt}
                    onChange={set('protectionStateOfTheArt')}
                    error={error('protectionStateOfTheArt')}
                  />
                  <YesNo
                    {...named('protectionCoversAll')}
                    description={t('breaches.register.coversAllHint')}
                    value={value.protectionCoversAll}
                    onChange={set('protectionCoversAll')}
                    error={error('protectionCoversAll')}
                  />
                </SimpleGrid>
              )}
              <FreeText
                line
                {...named('protectionTechnique')}
                value={value.protectionTechnique}
                onChange={set('protectionTechnique')}
                warningId={warningId}
                error={error('protectionTechnique')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OneOf
                  {...named('recipients')}
                  keys={RECIPIENTS}
                  labels={RECIPIENTS_LABELS}
                  value={value.recipients}
                  // The intent belongs to a known recipient only; it goes when the recipients change.
                  onChange={(recipients) => setValue((old) => ({ ...old, recipients, recipientIntent: recipients === 'known' ? old.recipientIntent : null }))}
                  error={error('recipients')}
                />
                {value.recipients === 'known' && (
                  <OneOf
                    {...named('recipientIntent')}
                    keys={RECIPIENT_INTENTS}
                    labels={RECIPIENT_INTENT_LABELS}
                    value={value.recipientIntent}
                    onChange={set('recipientIntent')}
                    error={error('recipientIntent')}
                  />
                )}
                {value.recipients === 'known' && (
                  <CountInput {...named('recipientCount')} value={value.recipientCount} onChange={set('recipientCount')} error={error('recipientCount')} />
                )}
                {value.recipients === 'none' && (
                  <FreeText
                    {...named('containedEvidence')}
                    value={value.containedEvidence}
                    onChange={set('containedEvidence')}
                    warningId={warningId}
                    error={error('containedEvidence')}
                  />
                )}
                <YesNo
                  {...named('recipientTrusted')}
                  description={t('breaches.register.trustedHint')}
                  value={value.recipientTrusted}
                  onChange={set('recipientTrusted')}
                  error={error('recipientTrusted')}
                />
                <YesNo {...named('dataRecovered')} value={value.dataRecovered} onChange={set('dataRecovered')} error={error('dataRecovered')} />
                <YesNo {...named('malicious')} value={value.malicious} onChange={set('malicious')} error={error('malicious')} />
              </SimpleGrid>
              <FreeText {...named('cause')} value={value.cause} onChange={set('cause')} warningId={warningId} error={error('cause')} />
            </Part>
            <Part title={t('breaches.register.parts.consequences')}>
              <ChoiceGroup
                {...named('dataConsequences')}
                keys={DATA_CONSEQUENCES}
                labels={DATA_CONSEQUENCE_LABELS}
                value={value.dataConsequences}
                onChange={set('dataConsequences')}
                error={error('dataConsequences')}
              />
              <ChoiceGroup
                {...named('peopleConsequences')}
                keys={PEOPLE_CONSEQUENCES}
                labels={PEOPLE_CONSEQUENCE_LABELS}
                value={value.peopleConsequences}
                onChange={set('peopleConsequences')}
                error={error('peopleConsequences')}
              />
              <OneOf
                {...named('consequenceSeverity')}
                keys={CONSEQUENCE_SEVERITIES}
                labels={CONSEQUENCE_SEVERITY_LABELS}
                value={value.consequenceSeverity}
                onChange={set('consequenceSeverity')}
                error={error('consequenceSeverity')}
              />
              <FreeText
                {...named('consequencesDescription')}
                value={value.consequencesDescription}
                onChange={set('consequencesDescription')}
                warningId={warningId}
                error={error('consequencesDescription')}
              />
            </Part>
            <Part title={t('breaches.register.parts.measures')}>
              <FreeText
                {...named('measuresTaken')}
                value={value.measuresTaken}
                onChange={set('measuresTaken')}
                warningId={warningId}
                error={error('measuresTaken')}
              />
              <FreeText
                {...named('measuresPlanned')}
                value={value.measuresPlanned}
                onChange={set('measuresPlanned')}
                warningId={warningId}
                error={error('measuresPlanned')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <YesNo {...named('highRiskRemoved')} value={value.highRiskRemoved} onChange={set('highRiskRemoved')} error={error('highRiskRemoved')} />
                <YesNo
                  {...named('informingDisproportionate')}
                  value={value.informingDisproportionate}
                  onChange={set('informingDisproportionate')}
                  error={error('informingDisproportionate')}
                />
                <CountInput
                  {...named('subjectsInformedCount')}
                  value={value.subjectsInformedCount}
                  onChange={set('subjectsInformedCount')}
                  error={error('subjectsInformedCount')}
                />
              </SimpleGrid>
              {value.highRiskRemoved === true && (
                <FreeText
                  {...named('highRiskRemovedGround')}
                  value={value.highRiskRemovedGround}
                  onChange={set('highRiskRemovedGround')}
                  warningId={warningId}
                  error={error('highRiskRemovedGround')}
                />
              )}
              {value.informingDisproportionate === true && (
                <FreeText
                  {...named('publicCommunication')}
                  value={value.publicCommunication}
                  onChange={set('publicCommunication')}
                  warningId={warningId}
                  error={error('publicCommunication')}
                />
              )}
              <ChoiceGroup
                {...named('informMeans')}
                keys={INFORM_MEANS}
                labels={INFORM_MEANS_LABELS}
                value={value.informMeans}
                onChange={set('informMeans')}
                error={error('informMeans')}
              />
              <FreeText
                {...named('notInformedReason')}
                value={value.notInformedReason}
                onChange={set('notInformedReason')}
                warningId={warningId}
                error={error('notInformedReason')}
              />
            </Part>
            <Part title={t('breaches.register.parts.apForm')}>
              <ApFormFields value={value} set={set} error={error} warningId={warningId} />
            </Part>
            <Part title={t('breaches.register.parts.careDuties')}>
              <CareDutyFields value={value} set={set} error={error} cbwApplies={detail.cbwApplies} />
            </Part>
            <Part title={t('breaches.register.parts.context')}>
              <ChoiceGroup
                {...named('otherSupervisors')}
                keys={OTHER_SUPERVISORS}
                labels={OTHER_SUPERVISOR_LABELS}
                value={value.otherSupervisors}
                onChange={set('otherSupervisors')}
                error={error('otherSupervisors')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <YesNo {...named('crossBorder')} value={value.crossBorder} onChange={set('crossBorder')} error={error('crossBorder')} />
                <FreeText
                  line
                  {...named('otherOrganisations')}
                  value={value.otherOrganisations}
                  onChange={set('otherOrganisations')}
                  warningId={warningId}
                  error={error('otherOrganisations')}
                />
              </SimpleGrid>
            </Part>
            <Part title={t('breaches.register.parts.enisa')}>
              <Text size="sm">{t('breaches.register.enisaHint')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  {...named('enisaDpc')}
                  value={value.enisa.dpc === null ? '' : String(value.enisa.dpc)}
                  onChange={(e) => set('enisa')({ ...value.enisa, dpc: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
                  data={[{ value: '', label: t('breaches.register.derivedValue') }, ...['1', '2', '3', '4']]}
                  error={error('enisa.dpc')}
                />
                <OneOf
                  {...named('enisaEase')}
                  keys={EASE_OF_IDENTIFICATION}
                  labels={EASE_OF_IDENTIFICATION_LABELS}
                  emptyLabel={t('breaches.register.derivedValue')}
                  value={value.enisa.easeOfIdentification}
                  onChange={(easeOfIdentification) => set('enisa')({ ...value.enisa, easeOfIdentification })}
                  error={error('enisa.easeOfIdentification')}
                />
              </SimpleGrid>
              {(value.enisa.dpc !== null || value.enisa.easeOfIdentification !== null) && (
                <FreeText
                  {...named('enisaReason')}
                  value={value.enisa.reason}
                  onChange={(reason) => set('enisa')({ ...value.enisa, reason })}
                  warningId={warningId}
                  error={error('enisa.reason')}
                />
              )}
            </Part>
            <ErrorAlert error={save.error} />
            {editable && (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('breaches.register.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </Section>
  );
}

import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CB_BASIS_LABELS,
  CREDENTIAL_SYSTEM_LABELS,
  DPC_ADJUSTMENT_LABELS,
  EASE_OF_IDENTIFICATION_LABELS,
  EI_BASIS_LABELS,
  ENISA_DATA_TYPE_LABELS,
  pivotText,
  reasonText,
  SEVERITY_LEVEL_LABELS,
} from '#content/breach-advice.js';
import type { NotificationProposal, ProposalReason, RegisterField } from '#core/breach/assessment.js';
import { Section } from '../../components/Section.js';
import { useBreachLocale, useFieldLabel } from './format.js';
import { registerFieldId } from './RegisterFields.js';

const CIRCUMSTANCES = ['confidentiality', 'integrity', 'availability', 'malicious'] as const;

/** Moves to a register field and gives it the focus; a field the form does not show now leads to the form. */
function goToField(field: RegisterField) {
  const target = document.getElementById(registerFieldId(field)) ?? document.getElementById('breach-register');
  const input = target?.matches('input, select, textarea, h2') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
  target?.scrollIntoView({ block: 'center' });
  (input as HTMLElement | null | undefined)?.focus({ preventScroll: true });
}

/** The register fields a reason rests on, each a link to the field. */
function Facts({ facts }: { facts: RegisterField[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  if (facts.length === 0) return null;
  return (
    <Text component="span" size="xs" c="dimmed" display="block">
      {t('breaches.proposal.facts')}{' '}
      {facts.map((field, i) => (
        <span key={field}>
          {i > 0 && ', '}
          <Anchor
            href={`#${registerFieldId(field)}`}
            size="xs"
            aria-label={t('breaches.proposal.factsLink', { field: label(field) })}
            onClick={(e) => {
              e.preventDefault();
              goToField(field);
            }}
          >
            {label(field)}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}

function Reasons({ reasons }: { reasons: ProposalReason[] }) {
  const { locale } = useBreachLocale();
  return (
    <List size="sm" spacing={6}>
      {reasons.map((r, i) => (
        <List.Item key={`${r.key}-${i}`}>
          {reasonText(r, locale)}
          <Facts facts={r.facts} />
        </List.Item>
      ))}
    </List>
  );
}

/**
 * What the method proposes, and why: ENISA's severity (DPC × EI + CB, then the number of people), the
 * two stages of art. 33 and 34 with their reasons, each linked to its facts, and the single facts that
 * would change the proposal.
 */
export function ProposalPanel({ proposal }: { proposal: NotificationProposal }) {
  const { t } = useTranslation();
  const { locale, text } = useBreachLocale();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
  const s = proposal.severity;
  const yesNo = (propose: boolean) => (propose ? t('breaches.proposal.yes') : t('breaches.proposal.no'));
  const circumstance = (c: (typeof CIRCUMSTANCES)[number]) => {
    const basis = s.circumstanceBases[c];
    return `${t(`breaches.proposal.circumstances.${c}`)} ${number.format(s.circumstances[c])}${basis ? ` (${text(CB_BASIS_LABELS[basis])})` : ''}`;
  };
  return (
    <Section id="breach-proposal" title={t('breaches.proposal.title')}>
      <Stack gap="md">
        <Text size="sm">{t('breaches.proposal.intro')}</Text>
        <Text size="sm">{t('breaches.proposal.stages')}</Text>
        <Group gap="xs">
          <Text fw={700}>{t('breaches.proposal.score', { score: number.format(s.score) })}</Text>
          <Badge color={s.level === 'high' || s.level === 'veryHigh' ? '#c92a2a' : 'dark'} variant="filled" autoContrast>
            {t('breaches.proposal.level')}: {text(SEVERITY_LEVEL_LABELS[s.level])}
          </Badge>
        </Group>
        {/* Two columns of words: they wrap on a phone rather than scroll. */}
        <Table layout="fixed">
          <Table.Caption>{t('breaches.proposal.breakdown')}</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w="35%">
                {t('breaches.proposal.dpc')}
              </Table.Th>
              <Table.Td>
                {number.format(s.dpc)} ({text(ENISA_DATA_TYPE_LABELS[s.dataType])}
                {s.viaSystem && `, ${t('breaches.proposal.viaSystem', { system: text(CREDENTIAL_SYSTEM_LABELS[s.viaSystem]) })}`}
                {s.dpcAdjustments.map((a) => `; ${text(DPC_ADJUSTMENT_LABELS[a.key])} (${a.points > 0 ? '+' : ''}${a.points})`).join('')})
                {s.dpc !== s.dpcDerived && ` · ${t('breaches.proposal.officerValue', { derived: s.dpcDerived })}`}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('breaches.proposal.ei')}</Table.Th>
              <Table.Td>
                {text(EASE_OF_IDENTIFICATION_LABELS[s.easeOfIdentification])}: {text(EI_BASIS_LABELS[s.eiBasis])}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('breaches.proposal.cb')}</Table.Th>
              <Table.Td>
                {number.format(s.cb)}: {CIRCUMSTANCES.map(circumstance).join(', ')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('breaches.proposal.volume')}</Table.Th>
              <Table.Td>
                {s.volume.estimate === null ? t('breaches.proposal.volumeUnknown') : t('breaches.proposal.volumeCount', { count: s.volume.estimate })}
                {s.volume.large && ` · ${t('breaches.proposal.volumeLarge')}`}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <div>
          <Title order={3} size="h5">
            {t('breaches.proposal.notifyAp', { answer: yesNo(proposal.notifyAp.propose) })}
          </Title>
          <Reasons reasons={proposal.notifyAp.reasons} />
        </div>
        <div>
          <Title order={3} size="h5">
            {t('breaches.proposal.informSubjects', { answer: yesNo(proposal.informSubjects.propose) })}
          </Title>
          <Reasons reasons={proposal.informSubjects.reasons} />
          {proposal.informSubjects.publicCommunication && <Text size="sm">{t('breaches.proposal.publicCommunication')}</Text>}
        </div>
        <div>
          <Title order={3} size="h5">
            {t('breaches.proposal.pivotsTitle')}
          </Title>
          {proposal.pivots.length === 0 ? (
            <Text size="sm">{t('breaches.proposal.pivotsNone')}</Text>
          ) : (
            <>
              <Text size="sm">{t('breaches.proposal.pivotsIntro')}</Text>
              <List size="sm" spacing={4}>
                {proposal.pivots.map((p) => (
                  <List.Item key={p.change}>{pivotText(p, locale)}</List.Item>
                ))}
              </List>
            </>
          )}
        </div>
        <Text size="xs">{t('breaches.proposal.method')}</Text>
      </Stack>
    </Section>
  );
}

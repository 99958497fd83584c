import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DPC_ADJUSTMENT_LABELS, EASE_OF_IDENTIFICATION_LABELS, EI_BASIS_LABELS, ENISA_DATA_TYPE_LABELS, SEVERITY_LEVEL_LABELS, reasonText } from '../../../content/breach.js';
import type { NotificationProposal, ProposalReason } from '../../../core/breach/assessment.js';
import { Section } from '../../components/Section.js';
import { useBreachLocale } from './format.js';

function Reasons({ reasons }: { reasons: ProposalReason[] }) {
  const { locale } = useBreachLocale();
  return (
    <List size="sm" spacing={4}>
      {reasons.map((r, i) => (
        <List.Item key={`${r.key}-${i}`}>{reasonText(r, locale)}</List.Item>
      ))}
    </List>
  );
}

/** What the method proposes, and why: ENISA's severity (DPC × EI + CB) and the art. 33/34 proposals. */
export function ProposalPanel({ proposal }: { proposal: NotificationProposal }) {
  const { t } = useTranslation();
  const { locale, text } = useBreachLocale();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
  const s = proposal.severity;
  const yesNo = (propose: boolean) => (propose ? t('breaches.proposal.yes') : t('breaches.proposal.no'));
  return (
    <Section id="breach-proposal" title={t('breaches.proposal.title')}>
      <Stack gap="md">
        <Text size="sm">{t('breaches.proposal.intro')}</Text>
        <Group gap="xs">
          <Text fw={700}>{t('breaches.proposal.score', { score: number.format(s.score) })}</Text>
          <Badge color={s.level === 'high' || s.level === 'veryHigh' ? '#c92a2a' : 'dark'} variant="filled" autoContrast>
            {text(SEVERITY_LEVEL_LABELS[s.level])}
          </Badge>
        </Group>
        <Table>
          <Table.Caption>{t('breaches.proposal.breakdown')}</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('breaches.proposal.dpc')}</Table.Th>
              <Table.Td>
                {number.format(s.dpc)} ({text(ENISA_DATA_TYPE_LABELS[s.dataType])}
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
                {number.format(s.cb)} (
                {(['confidentiality', 'integrity', 'availability', 'malicious'] as const).map((c) => `${t(`breaches.proposal.circumstances.${c}`)} ${number.format(s.circumstances[c])}`).join(', ')})
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
      </Stack>
    </Section>
  );
}

import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.js';
import type { TextsUnder } from '../../i18n/keys.js';
import { useMoment } from './format.js';
import type { HistoryEntry } from '../../queries/breaches.queries.js';

/** The audit actions the history says in words (breaches.history.actions.*); others show as logged. */
const ACTION_TEXTS: Partial<Record<string, TextsUnder<'breaches.history.actions'>>> = {
  'breach.report': 'breach_report',
  'breach.register.update': 'breach_register_update',
  'breach.awareAt.correct': 'breach_awareAt_correct',
  'breach.decide': 'breach_decide',
  'breach.status': 'breach_status',
  'breach.apReference.record': 'breach_apReference_record',
  'breach.apFollowUp.add': 'breach_apFollowUp_add',
};

/** Who changed what and when, from the audit log: the register's history (art. 33(5)). */
export function ChangeHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const actionText = (action: string) => {
    const name = ACTION_TEXTS[action];
    return name ? t(`breaches.history.actions.${name}`) : action;
  };
  return (
    <Section id="breach-history" title={t('breaches.history.title')}>
      <Table striped>
        <Table.Caption>{t('breaches.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('breaches.history.when')}</Table.Th>
            <Table.Th scope="col">{t('breaches.history.who')}</Table.Th>
            <Table.Th scope="col">{t('breaches.history.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{moment(h.at)}</Table.Td>
              <Table.Td>{h.actorName}</Table.Td>
              <Table.Td>{actionText(h.action)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

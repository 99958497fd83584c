import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.js';
import { useMoment } from './format.js';
import type { HistoryEntry } from './queries.js';

const KNOWN_ACTIONS = ['breach.report', 'breach.register.update', 'breach.awareAt.correct', 'breach.decide', 'breach.status', 'breach.apReference.record', 'breach.apFollowUp.add'];

/** Who changed what and when, from the audit log: the register's history (art. 33(5)). */
export function ChangeHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  const moment = useMoment();
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
              <Table.Td>{KNOWN_ACTIONS.includes(h.action) ? t(`breaches.history.actions.${h.action.replace(/\./g, '_')}`) : h.action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

import { Anchor, Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isLocale } from '#core/locale.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import type { CohortSummary } from '../../queries/masterclass.queries.js';
import { sessionStart } from './format.js';

/** A list of cohorts: taught ones without the training organisation (it is the caller's own). */
export function CohortTable({
  cohorts,
  captionId,
  caption,
  showTrainer,
}: {
  cohorts: CohortSummary[];
  captionId: string;
  caption: string;
  showTrainer: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table striped captionSide="top" miw={showTrainer ? 640 : 520}>
        {/* The section's heading says the same on screen. */}
        <Table.Caption id={captionId}>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('masterclass.columns.name')}</Table.Th>
            {showTrainer && <Table.Th scope="col">{t('masterclass.columns.trainingOrganisation')}</Table.Th>}
            <Table.Th scope="col">{t('masterclass.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.columns.organisations')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.columns.nextSession')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohorts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/masterclass/${c.id}`}>
                  {c.name}
                </Anchor>
              </Table.Th>
              {showTrainer && <Table.Td>{c.trainingOrganisation}</Table.Td>}
              <Table.Td>
                <Badge color={c.running ? 'green' : 'gray'} variant="dot" style={{ flexShrink: 0 }}>
                  {t(`masterclass.status.${c.running ? 'running' : 'closed'}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{c.organisations}</Table.Td>
              <Table.Td>{c.nextSession ? sessionStart(c.nextSession, locale) : t('masterclass.noNextSession')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import type { CohortDetail, CohortMember } from '../../queries/masterclass.queries.js';
import { pageOf, useItemName } from './items.js';

/**
 * Who takes part: each organisation, its duo and what it shares with the whole cohort, each item a
 * link to read it. What it shares with the trainers alone is not here (the board, for trainers).
 */
export function MembersTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="cohort-members" title={t('masterclass.members.title')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('masterclass.places', { count: cohort.members.length, capacity: cohort.capacity })} {t('masterclass.members.note')}
          {!cohort.running && !cohort.you.trainer && ` ${t('masterclass.members.noteClosed')}`}
        </Text>
        {cohort.members.length === 0 ? (
          <Text size="sm">{t('masterclass.members.empty')}</Text>
        ) : (
          <ScrollRegion labelledBy="cohort-members-caption">
            <Table striped captionSide="top" miw={640}>
              <Table.Caption id="cohort-members-caption" style={{ textAlign: 'start' }}>
                {t('masterclass.members.caption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('masterclass.members.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('masterclass.members.sector')}</Table.Th>
                  <Table.Th scope="col">{t('masterclass.members.participants')}</Table.Th>
                  <Table.Th scope="col">{t('masterclass.members.shares')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cohort.members.map((m) => (
                  <Table.Tr key={m.participationId}>
                    <Table.Th scope="row" fw={400}>
                      {m.organisationName}
                      {m.participationId === cohort.you.participationId && ` (${t('masterclass.members.yours')})`}
                    </Table.Th>
                    <Table.Td>{t(`common.sector.options.${m.sector}`)}</Table.Td>
                    <Table.Td>{m.participants.map((p) => p.name).join(', ')}</Table.Td>
                    <Table.Td>
                      <Shares cohort={cohort} member={m} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
    </Section>
  );
}

/** What one organisation shares with the whole cohort: links to read another's, names only for the own organisation (it reads its own programme). */
function Shares({ cohort, member }: { cohort: CohortDetail; member: CohortMember }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const own = member.participationId === cohort.you.participationId;
  if (member.shared.length === 0) return <>{t('masterclass.members.sharesNothing')}</>;
  return (
    <List size="sm" spacing={2}>
      {member.shared.map((item) => {
        const page = own ? null : pageOf(item);
        return (
          <List.Item key={item}>
            {page ? (
              <Anchor component={Link} to={`/masterclass/${cohort.id}/p/${member.participationId}/${page}`} size="sm">
                {itemName(item)}
              </Anchor>
            ) : (
              itemName(item)
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

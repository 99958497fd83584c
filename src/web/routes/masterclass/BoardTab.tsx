import { Anchor, Badge, List, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { STEP_NUMBERS } from '#core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import { useDay } from '../../lib/day.js';
import { useBoard, type BoardRow, type CohortDetail } from '../../queries/masterclass.queries.js';
import { Fact, Facts } from './Facts.js';
import { toDateAndTime } from './format.js';
import { pageOf, useItemName } from './items.js';

type SubmissionState = BoardRow['submissions'][number]['state'];
/** The dot's colour only repeats what the badge's text says (WCAG 1.4.1); the text keeps the page's own colour, for contrast. */
const STATE_COLOURS: Record<SubmissionState, string> = { onTime: 'green', late: 'orange', missing: 'red', open: 'gray' };

const detailsId = (row: BoardRow) => `board-${row.participationId}`;

/** The trainers' board: per organisation only what it shares with them, and its submissions. */
export function BoardTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const board = useBoard(cohort.id);
  const rows = board.data?.rows;
  return (
    <Section id="cohort-board" title={t('masterclass.board.title')}>
      <Stack gap="md">
        <Text size="sm" maw={820}>
          {t('masterclass.board.intro')}
        </Text>
        <ErrorAlert error={board.error} />
        {board.isPending && <Loading />}
        {rows && rows.length === 0 && <Text size="sm">{t('masterclass.board.empty')}</Text>}
        {rows && rows.length > 0 && (
          <>
            <Overview rows={rows} />
            {rows.map((row) => (
              <OrganisationCard key={row.participationId} cohort={cohort} row={row} />
            ))}
          </>
        )}
      </Stack>
    </Section>
  );
}

const count = (row: BoardRow, state: SubmissionState) => row.submissions.filter((s) => s.state === state).length;

function Overview({ rows }: { rows: BoardRow[] }) {
  const { t } = useTranslation();
  const day = useDay();
  const notShared = t('masterclass.board.notShared');
  const date = (value: string | null) => (value ? day(value) : t('masterclass.board.noDate'));
  return (
    <ScrollRegion labelledBy="board-overview-caption">
      <Table striped captionSide="top" miw={760}>
        <Table.Caption id="board-overview-caption" style={{ textAlign: 'start' }}>
          {t('masterclass.board.overviewCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('masterclass.board.organisation')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.board.progress')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.board.checkins')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.board.overdue')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.board.submissions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.participationId}>
              <Table.Th scope="row" fw={400}>
                <Anchor href={`#${detailsId(row)}`}>{row.organisationName}</Anchor>
              </Table.Th>
              <Table.Td>
                {row.progress
                  ? t('masterclass.board.percentDone', { percent: row.progress.progress.overall.percent, step: row.progress.progress.currentStep })
                  : notShared}
              </Table.Td>
              <Table.Td>
                {row.checkins ? (
                  <>
                    {t('masterclass.board.last', { date: date(row.checkins.last) })}
                    <br />
                    {t('masterclass.board.next', { date: date(row.checkins.next) })}
                  </>
                ) : (
                  notShared
                )}
              </Table.Td>
              <Table.Td>{row.progress ? row.progress.overdueActions : notShared}</Table.Td>
              <Table.Td>
                {row.submissions.length === 0
                  ? t('masterclass.board.noAssignments')
                  : t('masterclass.board.submissionsCount', { onTime: count(row, 'onTime'), late: count(row, 'late'), missing: count(row, 'missing') })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function OrganisationCard({ cohort, row }: { cohort: CohortDetail; row: BoardRow }) {
  const { t } = useTranslation();
  const day = useDay();
  const itemName = useItemName();
  const organisation = row.organisationName;
  const date = (value: string | null) => (value ? day(value) : t('masterclass.board.noDate'));
  const assignmentTitle = (id: string) => cohort.assignments.find((a) => a.id === id)?.title ?? '';

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={detailsId(row)}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={detailsId(row)} tabIndex={-1}>
          {organisation}
        </Title>
        {row.participants.length > 0 && <Text size="sm">{t('masterclass.board.participants', { names: row.participants.map((p) => p.name).join(', ') })}</Text>}

        <div>
          <Title order={4} size="h6" mb={4}>
            {t('masterclass.board.progress')}
          </Title>
          {row.progress ? (
            <Stack gap="xs">
              <Progress value={row.progress.progress.overall.percent} aria-label={t('masterclass.board.progressOf', { organisation })} />
              <Text size="sm">
                {t('masterclass.board.percentDone', { percent: row.progress.progress.overall.percent, step: row.progress.progress.currentStep })}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" verticalSpacing="xs">
                {STEP_NUMBERS.map((step) => {
                  const p = row.progress!.progress.steps[step];
                  return (
                    <div key={step}>
                      <Text size="xs">{t('masterclass.board.stepProgress', { step, done: p.done, total: p.total })}</Text>
                      <Progress size="sm" value={p.percent} aria-label={t('masterclass.board.stepProgressOf', { step, organisation })} />
                    </div>
                  );
                })}
              </SimpleGrid>
              {row.progress.overdueActions > 0 && (
                <Badge color="red" variant="light" style={{ alignSelf: 'flex-start' }}>
                  {t('masterclass.board.overdueActions', { count: row.progress.overdueActions })}
                </Badge>
              )}
            </Stack>
          ) : (
            <Text size="sm">{t('masterclass.board.notShared')}</Text>
          )}
        </div>

        <div>
          <Title order={4} size="h6" mb={4}>
            {t('masterclass.board.checkins')}
          </Title>
          {row.checkins ? (
            <Facts>
              <Fact label={t('masterclass.board.lastLabel')}>{date(row.checkins.last)}</Fact>
              <Fact label={t('masterclass.board.nextLabel')}>{date(row.checkins.next)}</Fact>
            </Facts>
          ) : (
            <Text size="sm">{t('masterclass.board.notShared')}</Text>
          )}
        </div>

        <div>
          <Title order={4} size="h6" mb={4}>
            {t('masterclass.board.submissions')}
          </Title>
          {row.submissions.length === 0 ? (
            <Text size="sm">{t('masterclass.board.noAssignments')}</Text>
          ) : (
            <List size="sm" spacing={4} listStyleType="none" pl={0}>
              {row.submissions.map((s) => (
                <List.Item key={s.assignmentId}>
                  {assignmentTitle(s.assignmentId)}{' '}
                  <Badge color={STATE_COLOURS[s.state]} variant="dot" style={{ flexShrink: 0 }}>
                    {t(`masterclass.board.submissionState.${s.state}`)}
                  </Badge>
                  {s.submittedAt && ` ${t('masterclass.board.submittedOn', { date: day(toDateAndTime(s.submittedAt).date) })}`}
                </List.Item>
              ))}
            </List>
          )}
        </div>

        <div>
          <Title order={4} size="h6" mb={4}>
            {t('masterclass.board.shares')}
          </Title>
          {row.shared.length === 0 ? (
            <Text size="sm">{t('masterclass.board.sharesNothing')}</Text>
          ) : (
            <List size="sm" spacing={4}>
              {row.shared.map((item) => (
                <List.Item key={item}>
                  {pageOf(item) ? (
                    <Anchor component={Link} to={`/masterclass/${cohort.id}/p/${row.participationId}/${pageOf(item)}`} size="sm">
                      {itemName(item)}
                    </Anchor>
                  ) : (
                    itemName(item)
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

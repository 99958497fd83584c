import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isSubstepKey, type SubstepStatus } from '#core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { useDay } from '../../lib/day.js';
import { useCohort, useSharedWorksheet, useSharing, type CohortDetail } from '../../queries/masterclass.queries.js';
import { useSubstep } from '../../queries/programme.queries.js';
import { CommentThread } from './CommentThread.js';
import { FieldsView } from './FieldsView.js';
import { toDateAndTime } from './format.js';
import { isScopePage, SCOPE_PAGES, useItemName, type ScopePage } from './items.js';
import { SharedInterventionsView, SharedKpisView, SharedPlanDownloads, SharedSurveyResultsView } from './SharedScopes.js';

/**
 * One shared item of one organisation in a cohort: a worksheet (read-only, as it is shared), the plan
 * van aanpak draft (as a document), the chosen interventions, the KPIs or the released survey results
 * (SharedScopes.tsx). Worksheets and the plan have a feedback thread between the trainers and the
 * organisation. The organisation itself reads its own worksheet from its programme; others get what it
 * shares with them (trainers from the board, other participants from the members tab), or "not found".
 */
export function SharedItemPage() {
  const { t } = useTranslation();
  const { id = '', participationId = '', key = '' } = useParams<{ id: string; participationId: string; key: string }>();
  const cohort = useCohort(id);
  const data = cohort.data;
  const own = data?.you.participationId === participationId;
  const back = own ? 'sharing' : data?.you.trainer ? 'board' : 'members';
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/masterclass/${id}/${back}`} size="sm">
        {t('masterclass.shared.back')}
      </Anchor>
      <ErrorAlert error={cohort.error} />
      {cohort.isPending && <Loading />}
      {data && isScopePage(key) && <SharedScope cohort={data} participationId={participationId} page={key} />}
      {data && (isSubstepKey(key) || key === 'plan') && <SharedItem cohort={data} participationId={participationId} item={key} own={own} />}
    </Stack>
  );
}

const organisationOf = (cohort: CohortDetail, participationId: string) =>
  cohort.members.find((m) => m.participationId === participationId)?.organisationName ?? '';

/** Interventions, KPIs or survey results of another organisation: read-only, without a feedback thread. */
function SharedScope({ cohort, participationId, page }: { cohort: CohortDetail; participationId: string; page: ScopePage }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const organisation = organisationOf(cohort, participationId);
  const props = { cohortId: cohort.id, participationId, organisation };
  return (
    <>
      <PageTitle>{t('masterclass.shared.title', { item: itemName(SCOPE_PAGES[page]), organisation })}</PageTitle>
      {page === 'interventions' && <SharedInterventionsView {...props} />}
      {page === 'kpis' && <SharedKpisView {...props} />}
      {page === 'survey-results' && <SharedSurveyResultsView {...props} />}
    </>
  );
}

function SharedItem({ cohort, participationId, item, own }: { cohort: CohortDetail; participationId: string; item: string; own: boolean }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const organisation = organisationOf(cohort, participationId);
  const worksheet = item !== 'plan';
  // The thread is between the trainers and the organisation; other participants read without it.
  const thread = own || cohort.you.trainer;
  return (
    <>
      <PageTitle>{t('masterclass.shared.title', { item: itemName(item), organisation })}</PageTitle>
      {!worksheet && own && <Text size="sm">{t('masterclass.shared.planIntro')}</Text>}
      {!worksheet && !own && <SharedPlanDownloads cohortId={cohort.id} participationId={participationId} organisation={organisation} />}
      {worksheet && own && <OwnWorksheet cohortId={cohort.id} item={item} />}
      {worksheet && !own && (
        <TheirWorksheet cohortId={cohort.id} participationId={participationId} item={item} organisation={organisation} trainer={cohort.you.trainer} />
      )}
      {thread && <CommentThread cohortId={cohort.id} participationId={participationId} item={item} canWrite={cohort.running} />}
    </>
  );
}

/** Another organisation's worksheet, as it shares it. */
function TheirWorksheet(props: { cohortId: string; participationId: string; item: string; organisation: string; trainer: boolean }) {
  const { t } = useTranslation();
  const sheet = useSharedWorksheet(props.cohortId, props.participationId, props.item);
  if (sheet.isPending) return <Loading />;
  if (!sheet.data) return <ErrorAlert error={sheet.error} />;
  return (
    <>
      <Text size="sm">{props.trainer ? t('masterclass.shared.readOnly') : t('masterclass.sharedScope.readOnly', { organisation: props.organisation })}</Text>
      <WorksheetView {...sheet.data} />
    </>
  );
}

/** The organisation's own worksheet, from its own programme: what the trainers see of it while it is shared. */
function OwnWorksheet({ cohortId, item }: { cohortId: string; item: string }) {
  const { t } = useTranslation();
  const sharing = useSharing(cohortId);
  const programmeId = sharing.data?.programmeId ?? '';
  if (sharing.isPending) return <Loading />;
  if (!sharing.data) return <ErrorAlert error={sharing.error} />;
  return (
    <>
      <Text size="sm">{t('masterclass.shared.own')}</Text>
      <OwnSubstep programmeId={programmeId} item={item} />
    </>
  );
}

function OwnSubstep({ programmeId, item }: { programmeId: string; item: string }) {
  const substep = useSubstep(programmeId, item);
  if (substep.isPending) return <Loading />;
  if (!substep.data) return <ErrorAlert error={substep.error} />;
  const { status, updatedAt, worksheet } = substep.data;
  return (
    <WorksheetView
      status={status}
      updatedAt={updatedAt}
      version={worksheet?.version ?? null}
      notes={worksheet?.notes ?? ''}
      fields={worksheet?.fields ?? null}
    />
  );
}

function WorksheetView(props: { status: SubstepStatus; version: number | null; notes: string; fields: unknown; updatedAt: string | null }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shared-worksheet-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="shared-worksheet-title">
          {t('masterclass.shared.fields')}
        </Title>
        <StatusBadge status={props.status} />
      </Group>
      {props.version === null ? (
        <Text size="sm">{t('masterclass.shared.notFilled')}</Text>
      ) : (
        <Stack gap="md">
          {props.updatedAt && (
            <Text size="sm">{t('masterclass.shared.version', { version: props.version, date: day(toDateAndTime(props.updatedAt).date) })}</Text>
          )}
          {props.fields !== null && props.fields !== undefined && <FieldsView value={props.fields} />}
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('masterclass.shared.notes')}
            </Title>
            {props.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {props.notes}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('masterclass.shared.empty')}
              </Text>
            )}
          </div>
        </Stack>
      )}
    </Paper>
  );
}

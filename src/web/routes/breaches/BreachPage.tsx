import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ApFormPanel } from './ApFormPanel.js';
import { ChangeHistory } from './ChangeHistory.js';
import { DeadlinePanel } from './DeadlinePanel.js';
import { DecisionPanel } from './DecisionPanel.js';
import { LetterPanel } from './LetterPanel.js';
import { ProposalPanel } from './ProposalPanel.js';
import { useBreach } from './queries.js';
import { RegisterForm } from './RegisterForm.js';
import { ReportSummary } from './ReportSummary.js';
import { WorkflowPanel } from './WorkflowPanel.js';

/** One breach: the report as sent, the clock, the workflow, the facts, the proposal and decisions, the AP form and the letter. */
export function BreachPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const breach = useBreach(id);
  const detail = breach.data;
  return (
    <>
      <Anchor component={Link} to="/breaches" size="sm">
        {t('breaches.backToList')}
      </Anchor>
      <PageTitle>{detail ? t('breaches.detailTitle', { reference: detail.breach.reference }) : t('breaches.pageTitle')}</PageTitle>
      <ErrorAlert error={breach.error} />
      {breach.isPending && <Loading />}
      {detail && (
        <Stack gap="lg">
          <DeadlinePanel detail={detail} />
          <WorkflowPanel detail={detail} />
          <ReportSummary report={detail.breach.report} reportedAt={detail.breach.reportedAt} />
          <RegisterForm detail={detail} />
          <ProposalPanel proposal={detail.proposal} />
          <DecisionPanel key={detail.decisions.length} detail={detail} />
          <ApFormPanel breachId={detail.breach.id} />
          <LetterPanel breachId={detail.breach.id} />
          <ChangeHistory history={detail.history} />
        </Stack>
      )}
    </>
  );
}
